// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief The demo server's conversions over HLS, from prepared segments of the sample video (no encoder runs):
/// `/Videos/{itemId}/master.m3u8`, `/Videos/{itemId}/main.m3u8` and `/Videos/{itemId}/hls1/{playlistId}/{n}.ts`.
/// A request with a play session starts (or restarts) that session's conversion, as on the real server.
class HlsRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
