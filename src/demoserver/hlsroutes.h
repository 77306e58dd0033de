// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace marquee {

class DemoRouter;
class DemoState;
struct DemoItem;

/// @brief The demo server's conversions over HLS, from prepared segments of the sample video (no encoder runs):
/// `/Videos/{itemId}/master.m3u8`, `/Videos/{itemId}/main.m3u8` and `/Videos/{itemId}/hls1/{playlistId}/{n}.ts`.
/// A request with a play session starts (or restarts) that session's conversion, as on the real server.
class HlsRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);

    /// Where a segment is, as the playlist names it: @p index, its start and length in ticks.
    using SegmentUri = std::function<QString(int index, qint64 startTicks, qint64 lengthTicks)>;
    /// The VOD media playlist of @p item's prepared segments (the Plex face serves the same one).
    [[nodiscard]] static QByteArray mediaPlaylist(const DemoItem &item, const SegmentUri &segmentUri);
    [[nodiscard]] static int segmentCount(const DemoItem &item);
    /// False when conversions cannot run (the test control, or no prepared segments); else notes that
    /// @p playSessionId's conversion of @p item runs (a request starts or restarts it, as on the real server).
    [[nodiscard]] static bool startConversion(DemoState &state, const DemoItem &item, const QString &playSessionId);
};

} // namespace marquee
