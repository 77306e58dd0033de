#!/bin/sh
# Makes sample.mp4, the one short real video the demo server streams for every playable item, looped to the item's
# runtime (DemoVideo). Keep it a faststart MP4 with one mdat and whole seconds long; runtimes are multiples of it.
# Run once by hand; the output is committed so builds never need ffmpeg.
# 10 s, 320x180 at 24 fps: SMPTE bars with a running clock, and a 440 Hz mono tone. About 87 KB.
set -e
cd "$(dirname "$0")"
ffmpeg -hide_banner -y \
  -f lavfi -i "smptebars=size=320x180:rate=24:duration=10" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=10" \
  -vf "drawtext=text='Marquee demo %{pts\\:hms}':x=10:y=10:fontcolor=white:box=1:boxcolor=black@0.6" \
  -c:v libx264 -preset veryslow -profile:v baseline -pix_fmt yuv420p -b:v 160k \
  -c:a aac -b:a 48k -ac 1 \
  -movflags +faststart -map_metadata -1 -fflags +bitexact \
  sample.mp4
