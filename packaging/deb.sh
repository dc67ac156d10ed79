#!/usr/bin/env bash
# Builds the Debian package end to end: installs what building it needs, builds (with the models),
# makes the screenshot the AppStream data names, runs CPack and lintian.
# Usage: deb.sh [BUILD_DIR]; prints the path of build/tessera_<version>-1_amd64.deb.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bash "$root/packaging/deps.sh" --package
bash "$root/packaging/build.sh" "$build"
cmake "$build" >/dev/null # help2man may be new: configure again so the man pages are made
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/tessera_*_amd64.deb | head -1)"
echo "deb: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
# lintian: errors fail the build; the warnings left are explained in the README.
lintian --fail-on error --suppress-tags-from-file "$root/packaging/debian/lintian-overrides" "$deb" || {
    echo "deb: lintian found errors" >&2
    exit 1
}
echo "deb: lintian passed: $deb"
