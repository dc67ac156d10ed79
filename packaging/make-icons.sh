#!/usr/bin/env bash
# Renders resources/icons/tessera.svg's four tiles as the hicolor PNG sizes the desktop needs
# (resources/desktop/icons/NxN.png). ImageMagick here has no SVG reader, so the tiles are drawn
# from the same geometry (64-unit grid: 26-unit tiles at 4 and 34, corner radius 4). Run after
# changing the SVG; the PNGs are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/resources/desktop/icons"
mkdir -p "$out"
for size in 16 22 24 32 48 64 128 256 512; do
    s() { awk -v v="$1" -v n="$size" 'BEGIN { printf "%.2f", v * n / 64 }'; }
    draw=()
    for tile in "4 4 #e6194b" "34 4 #3cb44b" "4 34 #4363d8" "34 34 #f58231"; do
        read -r x y colour <<<"$tile"
        draw+=(-fill "$colour" -draw "roundrectangle $(s "$x"),$(s "$y") $(s $((x + 26))),$(s $((y + 26))) $(s 4),$(s 4)")
    done
    convert -size "${size}x${size}" xc:none "${draw[@]}" -strip "PNG32:$out/${size}x${size}.png"
done
echo "icons: $(ls "$out" | wc -l) sizes in $out"
