#!/usr/bin/env bash
# Regenerates the hicolor icon theme files under assets/icons/ from
# assets/skydial.svg: PNGs at 16 to 512 pixels and the scalable SVG, all named
# after the application id (the name the desktop entry's Icon= uses).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin); optipng, when
# installed, makes the PNGs smaller. Usage: bash packaging/icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.skydial.Skydial
SVG=assets/skydial.svg
OUT=assets/icons/hicolor
if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
  exit 2
fi
install -Dm644 "$SVG" "$OUT/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir="$OUT/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
    --output "$dir/$APP_ID.png" "$SVG"
  if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 -strip all "$dir/$APP_ID.png"
  fi
  echo "$dir/$APP_ID.png"
done
