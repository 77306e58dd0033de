// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/Items/{itemId}/Download` (the original file, with ranges and `Last-Modified`, behind the user's
/// download permission: 403 without it) and `GET|POST /Items/{itemId}/PlaybackInfo` (the media sources with their
/// `Size` and `ETag`), as Jellyfin 10.11 answers them.
class DownloadRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
