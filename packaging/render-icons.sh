#!/usr/bin/env bash
# Renders resources/icons/marquee.svg into the hicolor PNG sizes the package installs. The PNGs are kept in
# the repository, so building needs no SVG renderer; run this after changing the SVG (needs librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$root/resources/icons/hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$root/resources/icons/marquee.svg" \
    -o "$root/resources/icons/hicolor/${size}x${size}/org.marquee.Marquee.png"
done
