// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httprequest.h"
#include "backend/plexplaybackparser.h"
#include "core/mediasource.h"
#include "core/playbackinfo.h"

namespace marquee {

/**
 * @brief The requests of a Plex playback through the universal transcoder: the decision
 * (`/video/:/transcode/universal/decision`), the stream it decided on (`start.m3u8`, the same choices so that what
 * starts is what was decided) and its stop. What the player plays travels as a profile augmentation
 * (`X-Plex-Client-Profile-Extra` on top of the Generic profile, the official specification's §Profile Augmentations);
 * the bitrate cap as `maxVideoBitrate` in kbps; the version as `mediaIndex` (the official parameter; several `Media` of
 * one item are its versions). The transcode session id is Marquee's play session id. No `offset`:
 * the stream starts at the beginning, and the player seeks to where it resumes, as with the other servers.
 * Pure: no I/O.
 */
class PlexPlaybackRequests
{
public:
    /// The query the decision and the start share; @p mediaIndex: the version (`Media`) to play, in the item's order.
    [[nodiscard]] static QueryItems transcodeQuery(const PlaybackInfoRequest &request, const QString &sessionId,
                                                   int mediaIndex = 0);
    /// `start.m3u8?…` relative to the server, encoded, without a credential.
    [[nodiscard]] static QString startUrl(const PlaybackInfoRequest &request, const QString &sessionId,
                                          int mediaIndex = 0);
    /// Which of the item's versions (each known by its first part's key) @p mediaSourceId names: the same key, or
    /// else the same part id (the key's changestamp moves when the file changes). 0, the first, when it names none.
    [[nodiscard]] static int mediaIndexOf(const QList<MediaSource> &versions, const QString &mediaSourceId);
    /// The part id of a part key (`/library/parts/{id}/{changestamp}/file.ext`); empty when it is not one.
    [[nodiscard]] static QString partIdOf(const QString &partKey);
    [[nodiscard]] static QueryItems stopQuery(const QString &sessionId);
    /// `audioStreamID`/`subtitleStreamID` (0: subtitles off) for `PUT /library/parts/{id}`: the tracks @p request
    /// asks for, by the ids @p part lists; empty when it asks for none, or for streams the part does not have.
    [[nodiscard]] static QueryItems streamSelection(const PlaybackInfoRequest &request, const PlexPartStreams &part);
    /// `add-transcode-target(…)+add-direct-play-profile(…)`: HLS in MPEG-TS for a conversion, and every container
    /// and codec the player takes for direct play.
    [[nodiscard]] static QString profileExtra(const PlayerCapabilities &capabilities);

    /// Where the universal transcoder is, for video.
    static inline const QString DecisionPath = QStringLiteral("/video/:/transcode/universal/decision");
    static inline const QString StartPath = QStringLiteral("/video/:/transcode/universal/start.m3u8");
    static inline const QString StopPath = QStringLiteral("/video/:/transcode/universal/stop");
};

} // namespace marquee
