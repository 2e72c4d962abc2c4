#!/usr/bin/env bash
# Installs what is missing, builds, and starts EstateDesk on its default SQLite database in the
# user's data folder (or on the one given: scripts/run.sh --db FILE / --pg "host=... dbname=...").
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
estatedesk_install_packages "${ESTATEDESK_PACKAGES[@]}"
estatedesk_build estatedesk estatedesk-cli
estatedesk_runtime_dir
exec "$ESTATEDESK_BUILD/app/estatedesk" "$@"
