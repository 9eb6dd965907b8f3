#!/usr/bin/env bash
# Renders the Copydesk icon from its SVG sources into every file the app and the installers use:
#   png/copydesk-{16,32,48,64,128,256,512}.png   the window, the dialogs and the Linux desktop entry
#   copydesk.ico                                 Windows (16 to 256 px)
#   copydesk.icns                                macOS (16 to 512 px)
# 16 and 32 px come from copydesk-16.svg and copydesk-32.svg (the mark redrawn on the pixel grid),
# the larger sizes from copydesk.svg. The rendered files are committed; run this after changing an
# SVG. Needs rsvg-convert (librsvg2-bin), ImageMagick and png2icns (icnsutils); as root on Debian
# it installs them with apt-get.
set -euo pipefail
cd "$(dirname "$0")"

need() { command -v "$1" >/dev/null 2>&1; }
# /usr/local/bin may hold a stand-in called convert on some machines: use ImageMagick's own.
imagemagick() { for c in convert-im6.q16 magick /usr/bin/convert; do need "$c" && { echo "$c"; return; }; done; }

if ! need rsvg-convert || ! need png2icns || [ -z "$(imagemagick)" ]; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin imagemagick icnsutils >/dev/null
  else
    echo "render.sh needs rsvg-convert (librsvg2-bin), ImageMagick and png2icns (icnsutils)" >&2
    exit 1
  fi
fi
IM=$(imagemagick)

mkdir -p png
for size in 16 32 48 64 128 256 512; do
  source=copydesk.svg
  [ -f "copydesk-$size.svg" ] && source="copydesk-$size.svg"
  rsvg-convert --width "$size" --height "$size" --format png "$source" --output "png/copydesk-$size.png"
done

"$IM" png/copydesk-{16,32,48,64,128,256}.png copydesk.ico
png2icns copydesk.icns png/copydesk-{16,32,48,128,256,512}.png >/dev/null

ls -l png copydesk.ico copydesk.icns
