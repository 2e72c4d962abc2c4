# Shared by run.sh, test.sh and package.sh: install what is missing, then build. Sourced, not run.
# SPDX-License-Identifier: GPL-3.0-or-later

ESTATEDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ESTATEDESK_BUILD="${ESTATEDESK_BUILD:-$ESTATEDESK_ROOT/build}"

# Debian 12 packages that build and run EstateDesk (scripts/run.sh): compilers, Qt, the
# libraries (libxlsxwriter writes the Excel workbooks), the Qt database drivers, a Chinese font,
# and rsvg-convert, which draws the icon's sizes at build time.
ESTATEDESK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libphonenumber-dev libicu-dev libsodium-dev libsqlite3-dev libpwquality-dev cracklib-runtime libxlsxwriter-dev
    fonts-noto-cjk librsvg2-bin
)
# Only the tests need these (scripts/test.sh): the PostgreSQL server of the storage tests,
# pdftotext for printed reports, openpyxl to read the workbooks back, the validators of the
# menu entry and the metainfo, and the sqlite3 shell whose .import the benchmark's import is
# measured against, and clang-format, whose check the suite runs (tst_formatting).
ESTATEDESK_TEST_PACKAGES=(
    postgresql poppler-utils python3-openpyxl desktop-file-utils appstream sqlite3 clang-format
)

# Installs those of the given packages that are missing.
estatedesk_install_packages() {
    local missing=()
    local p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "== installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Builds everything, or only the targets given (scripts/run.sh needs just the two programs).
estatedesk_build() {
    local type="${ESTATEDESK_BUILD_TYPE:-RelWithDebInfo}"
    local configured="" configured_werror=""
    if [ -f "$ESTATEDESK_BUILD/CMakeCache.txt" ]; then
        configured="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$ESTATEDESK_BUILD/CMakeCache.txt")"
        configured_werror="$(sed -n 's/^ESTATEDESK_WERROR:BOOL=//p' "$ESTATEDESK_BUILD/CMakeCache.txt")"
    fi
    # Warnings as errors when asked (scripts/test.sh); otherwise as the build was configured, so
    # that run.sh after test.sh does not rebuild everything.
    local werror="${ESTATEDESK_WERROR:-${configured_werror:-OFF}}"
    # Configure on the first build, and again when the build type or the warnings rule asked for changed.
    if [ ! -f "$ESTATEDESK_BUILD/build.ninja" ] || [ "$configured" != "$type" ] || [ "$configured_werror" != "$werror" ]; then
        cmake -S "$ESTATEDESK_ROOT" -B "$ESTATEDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DESTATEDESK_WERROR="$werror"
    fi
    if [ $# -gt 0 ]; then
        cmake --build "$ESTATEDESK_BUILD" --parallel "$(nproc)" --target "$@"
    else
        cmake --build "$ESTATEDESK_BUILD" --parallel "$(nproc)"
    fi
}

estatedesk_runtime_dir() {
    # Qt wants a private runtime folder; without one it warns on every start.
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
        export XDG_RUNTIME_DIR="/tmp/estatedesk-runtime-$(id -u)"
        mkdir -p "$XDG_RUNTIME_DIR"
        chmod 0700 "$XDG_RUNTIME_DIR"
    fi
}
