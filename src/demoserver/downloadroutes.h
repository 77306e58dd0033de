// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/Items/{itemId}/Download` as Jellyfin 10.11 answers it: the original file, with ranges and
/// `Last-Modified`, behind the user's download permission (403 without it). What a download checks first, the media
/// sources' `Size` and `ETag`, comes from PlaybackInfoRoutes.
class DownloadRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
