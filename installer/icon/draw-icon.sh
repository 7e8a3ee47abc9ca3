#!/usr/bin/env bash
# Draws the program's icon, khareetaty.png (256x256): seven H3-like hexagons coloured as a hotspot
# (hot centre, cooler ring) on a dark rounded square. The PNG is committed; run this again only to
# change the drawing. Needs ImageMagick 6 (Debian: apt-get install imagemagick). The Windows .ico
# .ico and the macOS .icns are made from it (png2icns: Debian's icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
im=/usr/bin/convert
[ -x "$im" ] || im=convert
# hexagon polygon (pointy top) around cx,cy with radius r, as ImageMagick draw points
hex() {
  awk -v cx="$1" -v cy="$2" -v r="$3" 'BEGIN { pi = atan2(0, -1)
    for (k = 0; k < 6; k++) { a = (-90 + 60 * k) * pi / 180; printf "%.1f,%.1f ", cx + r * cos(a), cy + r * sin(a) } }'
}
cx=128; cy=128; step=62; r=33
draw=(-fill '#16324f' -draw "roundrectangle 8,8 247,247 44,44")
colours=('#fdd49e' '#fc8d59' '#fdbb84' '#fee8c8' '#fdbb84' '#ef6548')
for k in 0 1 2 3 4 5; do
  read -r x y < <(awk -v cx=$cx -v cy=$cy -v d=$step -v k=$k 'BEGIN { pi = atan2(0, -1); a = 60 * k * pi / 180
    printf "%.1f %.1f\n", cx + d * cos(a), cy + d * sin(a) }')
  draw+=(-fill "${colours[$k]}" -stroke '#16324f' -strokewidth 3 -draw "polygon $(hex "$x" "$y" $r)")
done
draw+=(-fill '#d7301f' -stroke '#ffffff' -strokewidth 4 -draw "polygon $(hex $cx $cy $((r + 2)))")
"$im" -size 256x256 xc:none "${draw[@]}" -strip khareetaty.png
"$im" khareetaty.png -define icon:auto-resize=256,128,64,48,32,16 khareetaty.ico
"$im" khareetaty.png -resize 128x128 icns-128.png
png2icns khareetaty.icns khareetaty.png icns-128.png >/dev/null
rm icns-128.png
echo "wrote $(pwd)/khareetaty.png, khareetaty.ico and khareetaty.icns"
