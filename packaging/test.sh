#!/usr/bin/env bash
# The README's second command: install, build and run the whole test suite with ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/packaging/deps.sh" --test
# The tests also run YOLOv8n, whose weights (AGPL-3.0) are opt-in for users: fetched here for the
# test build only, never shipped.
TESSERA_FETCH_OPTIONS=--with-yolov8n bash "$root/packaging/build.sh" "$root/build"
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
