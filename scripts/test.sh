#!/usr/bin/env bash
# Installs what is missing, builds, starts a throwaway PostgreSQL 15 cluster on a loopback port,
# runs every test (each storage test on SQLite and on PostgreSQL), and stops the cluster.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
estatedesk_install_packages "${ESTATEDESK_PACKAGES[@]}" "${ESTATEDESK_TEST_PACKAGES[@]}"
# The tests' build treats every compiler warning as an error (issue 15 item 7).
ESTATEDESK_WERROR=ON estatedesk_build
estatedesk_runtime_dir

PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR="$(mktemp -d /tmp/estatedesk-pg.XXXXXX)"
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_DIR"
fi
stop_pg() {
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap stop_pg EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; exit 1; }
# A loopback port nobody uses: try a few until the server starts.
started=0
for attempt in 1 2 3 4 5 6 7 8; do
    PG_PORT=$((20000 + (RANDOM % 30000)))
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    cat "$PG_DIR/server.log"
    exit 1
fi
export ESTATEDESK_TEST_PG="host=127.0.0.1 port=$PG_PORT user=postgres"
echo "== PostgreSQL 15 test cluster on 127.0.0.1:$PG_PORT"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$ESTATEDESK_BUILD" --output-on-failure --parallel "$(nproc)" "$@"
