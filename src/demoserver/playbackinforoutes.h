// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `GET/POST /Items/{itemId}/PlaybackInfo` (decides as Jellyfin does for the client's DeviceProfile and
/// bitrate cap: direct play, direct stream, or a transcode over HLS with its TranscodingUrl) and
/// `DELETE /Videos/ActiveEncodings` (stops a play session's conversion).
class PlaybackInfoRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
