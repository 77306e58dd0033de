// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/Items/{itemId}/Images/{imageType}[/{imageIndex}]` (drawn on demand, ETag, cache
/// headers, If-None-Match) and `/Videos/{itemId}/stream` (the sample video, with Range / 206).
class MediaRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
