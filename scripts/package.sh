#!/usr/bin/env bash
# Builds the Debian package estatedesk_VERSION_ARCH.deb from a clean tree: its own build folder
# (build-package/, emptied first), Release with Debian's hardening flags, no tests; then lintian
# checks it. Install it with: sudo apt install ./build-package/estatedesk_VERSION_ARCH.deb
# Arguments go to CMake, e.g. scripts/package.sh -DESTATEDESK_MAINTAINER="Name <address>".
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# dpkg-shlibdeps (dpkg-dev) and file compute the library dependencies; lintian checks the result.
estatedesk_install_packages "${ESTATEDESK_PACKAGES[@]}" dpkg-dev file lintian

OUT="$ESTATEDESK_ROOT/build-package"
rm -rf "$OUT"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
eval "$(dpkg-buildflags --export=sh)"
export CXXFLAGS="$CPPFLAGS $CXXFLAGS"
cmake -S "$ESTATEDESK_ROOT" -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=Release -DESTATEDESK_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr "$@"
cmake --build "$OUT" --parallel "$(nproc)"
(cd "$OUT" && cpack -G DEB)
deb="$(ls "$OUT"/estatedesk_*.deb)"
echo "== $deb"
dpkg-deb --info "$deb"
echo "== lintian"
lintian --info --display-info "$deb"
echo "== lintian: no errors"
