#!/usr/bin/env bash
# Configures and builds Tessera (Release, Ninja, ccache) into build/. Usage: build.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
bash "$root/packaging/fetch-models.sh" "$build/models"
cmake --build "$build" --parallel "$(nproc)"
