// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace marquee {

/**
 * @brief The demo server's conversions ("transcodes" served from prepared HLS segments) and what clients said about
 * them, for tests: which play sessions have one running, which were stopped, and every PlaybackInfo request.
 */
struct DemoTranscodes
{
    /// The prepared segments (resources/hls), each 2 s of the sample video.
    static constexpr qint64 SegmentTicks = 2LL * 10'000'000;
    [[nodiscard]] static const QList<QByteArray> &segments();

    /// Running conversions: play session id → item id. A playlist or segment request starts one.
    QHash<QString, QString> active;
    /// Play session ids of every DELETE /Videos/ActiveEncodings, oldest first.
    QStringList stopped;
    /// The bodies of PlaybackInfo requests, oldest first, with the item id added as "ItemId".
    QList<QJsonObject> playbackInfoRequests;
    /// Plex: the streams chosen on a part (`PUT /library/parts/{id}`), by part id: the subtitle stream's id, "0" for
    /// none. The decision converts what is chosen.
    QHash<QString, QString> plexSubtitleChoices;
    /// Plex: every decision and `start.m3u8` of the universal transcoder, oldest first: "request" ("decision" or
    /// "start"), "session" (its transcodeSessionId or X-Plex-Session-Identifier), "ratingKey", "mediaIndex", "partId"
    /// (of the version it is about) and, for a decision, "decision" (the part's).
    QList<QJsonObject> plexDecisions;
    /// Plex: requests for each media part (`/library/parts/{partId}/…`), by part id: which version was streamed.
    QHash<QString, int> plexPartRequests;
    /// Test control: conversions fail (every playlist and segment answers 500), as a broken encoder would.
    bool failing = false;
};

} // namespace marquee
