// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;
struct DemoItem;
struct DemoReply;
struct DemoRequest;

/// @brief `/Items/{itemId}/Images/{imageType}[/{imageIndex}]` (drawn on demand, ETag, cache
/// headers, If-None-Match) and `/Videos/{itemId}/stream` (the item's media file, with Range / 206).
class MediaRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
    /// @p item's media file (MediaFileReply) with its ETag: whole, one Range (206) or 416; what both faces stream.
    [[nodiscard]] static DemoReply videoReply(const DemoState &state, const DemoRequest &req, const DemoItem &item);
};

} // namespace marquee
