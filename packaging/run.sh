#!/usr/bin/env bash
# The README's first command: install, build, create the demo project and open Tessera on it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/packaging/deps.sh"
bash "$root/packaging/build.sh" "$root/build"
bash "$root/packaging/make-demo.sh" "$root/build"
app="$root/build/app/gui/tessera"
project="$root/build/demo/demo.tessera"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No screen here (a server or a container): show that it works with a screenshot instead.
    shot="$root/build/demo/screenshot.png"
    QT_QPA_PLATFORM=offscreen "$app" "$project" --screenshot "$shot"
    echo "No display found: Tessera opened the demo off screen and saved $shot"
    echo "On a desktop, run: $app $project"
    exit 0
fi
exec "$app" "$project"
