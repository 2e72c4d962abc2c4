#!/usr/bin/env bash
# Regenerates cn-holidays.csv, the official State Council holiday and make-up working day
# schedules, from the MIT-licensed chinese-days package on the npm registry.
# Usage: resources/calendar/update-calendar.sh [VERSION]   (default: the latest version)
# Needs node and npm at development time only; commit the CSV it writes.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
version="${1:-latest}"
(cd "$tmp" && npm pack --silent "chinese-days@$version" >/dev/null && tar xzf chinese-days-*.tgz)
node "$here/chinese-days-to-csv.mjs" "$tmp/package/dist/chinese-days.json" >"$tmp/cn-holidays.csv"
mv "$tmp/cn-holidays.csv" "$here/cn-holidays.csv"
echo "cn-holidays.csv written from chinese-days $(node -p "require('$tmp/package/package.json').version")"
