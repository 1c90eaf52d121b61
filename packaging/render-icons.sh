#!/bin/sh
# Renders the application icon's PNG sizes, the Windows .ico and the macOS .icns from
# resources/icons/ielts-verifier.svg. The results are committed, so a build needs none of
# these tools; run this after changing the SVG.
#
# Debian 12: apt-get install librsvg2-bin imagemagick icnsutils
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
svg="$top/resources/icons/ielts-verifier.svg"
icons="$top/resources/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/$size.png"
    # Drop the time stamps rsvg/libpng would otherwise vary on, so re-rendering an
    # unchanged SVG leaves the files unchanged.
    /usr/bin/convert "$work/$size.png" -define png:exclude-chunks=date,time "$icons/ielts-verifier-$size.png"
done

/usr/bin/convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" \
    "$top/packaging/windows/ielts-verifier.ico"

png2icns "$top/packaging/macos/ielts-verifier.icns" \
    "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
