#!/usr/bin/env bash
# Makes the screenshots the AppStream metadata shows (resources/desktop/screenshots/) with the
# program itself: `tessera --screenshot` on the demo project, off screen, in English.
# Usage: make-screenshots.sh [BUILD_DIR]. Run after visible changes to the window; commit the PNGs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="$root/resources/desktop/screenshots"
bash "$root/packaging/make-demo.sh" "$build" >/dev/null
mkdir -p "$out"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
# A throwaway settings folder: the user's own language or name never shows in the pictures.
XDG_CONFIG_HOME="$config" LANGUAGE=en LANG=C.UTF-8 TESSERA_USER=annotator QT_QPA_PLATFORM=offscreen \
    "$build/app/gui/tessera" "$build/demo/demo.tessera" --screenshot "$out/main.png"
echo "screenshots: $out/main.png"
