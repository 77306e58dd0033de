#!/bin/sh
# Makes hls/segment0.ts … segment4.ts: the demo server's "transcode" of sample.mp4, served as HLS when a client's
# PlaybackInfo asks for a conversion (a bitrate cap, a container or codec the client cannot play). Prepared once and
# committed, so the demo server needs no encoder at run time and builds never need ffmpeg.
# 2-second MPEG-TS segments (a key frame at every boundary), 256x144 H.264 with "Converted by the server" in the
# picture so a viewer can tell, and the sample's 440 Hz tone as AAC. About 90 KB in all.
set -e
cd "$(dirname "$0")"
mkdir -p hls
ffmpeg -hide_banner -y -i sample.mp4 \
  -vf "scale=256:144,drawtext=text='Converted by the server':x=(w-text_w)/2:y=h-th-8:fontcolor=yellow:fontsize=13:box=1:boxcolor=black@0.6" \
  -c:v libx264 -preset veryslow -profile:v baseline -pix_fmt yuv420p -b:v 40k -g 48 -keyint_min 48 -sc_threshold 0 \
  -force_key_frames "expr:gte(t,n_forced*2)" \
  -c:a aac -b:a 32k -ac 1 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -f segment -segment_time 2 -segment_format mpegts -reset_timestamps 0 \
  hls/segment%d.ts
