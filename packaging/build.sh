#!/usr/bin/env bash
# Configures and builds Tessera (Release, Ninja, ccache) into build/. Usage: build.sh [BUILD_DIR]
# The models and ONNX Runtime's headers are fetched first: the configure step looks for them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bash "$root/packaging/fetch-models.sh" "$build/models" "$build/onnxruntime" ${TESSERA_FETCH_OPTIONS:-}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)"
