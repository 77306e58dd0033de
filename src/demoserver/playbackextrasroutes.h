// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief What the player shows around a playback: `/MediaSegments/{itemId}` (intro, credits), the external
/// subtitle files of `/Videos/{itemId}/{mediaSourceId}/Subtitles/{index}/Stream.{format}` and the trickplay tiles of
/// `/Videos/{itemId}/Trickplay/{width}/{index}.jpg`, drawn on demand.
class PlaybackExtrasRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
