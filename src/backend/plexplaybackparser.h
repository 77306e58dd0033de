// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediasource.h"
#include "core/playbackinfo.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>

namespace marquee {

/// Plex's own ids for what a decision lists: the part, and each audio and subtitle stream by Marquee's index. Choosing
/// streams for the server (`PUT /library/parts/{id}`) names them so.
struct PlexPartStreams
{
    QString partId;
    QHash<int, QString> streamIds;
};

/**
 * @brief Reads Plex's playback answers into Marquee's types: the universal transcoder's decision
 * (`mediaContainerWithDecision`) into a PlaybackInfo, and the chapters and markers of `/library/metadata/{id}`
 * (`includeChapters=1&includeMarkers=1`) into chapters and media segments, as Jellyfin's are read.
 *
 * The decision: the Part's `decision` (`directplay`, `transcode`) with the video stream's (`copy` makes it a remux,
 * Marquee's direct stream), or else the codes (`directPlayDecisionCode` 1000 is direct play, a
 * `generalDecisionCode` of 2000 and up refuses); the reasons Plex gives in words become Jellyfin's TranscodeReason
 * names, so that the player says why in the same words for both servers. Tolerant like every parser here.
 */
class PlexPlaybackParser
{
public:
    /// @p playSessionId: the transcode session the request named; @p startUrl: where its transcode starts;
    /// @p ids (when given) gets the part's and streams' Plex ids.
    [[nodiscard]] static Result<PlaybackInfo> parseDecision(const QByteArray &body, const QString &playSessionId,
                                                            const QString &startUrl, PlexPartStreams *ids = nullptr);
    /// The decision about version @p mediaIndex set among every version of the item (@p versions, each `Media` of its
    /// metadata): the decided source in its place, the others as the item lists them, undecided (choosing one asks
    /// the server again). A refusal, or versions that do not match the index, leave @p decided as it is.
    [[nodiscard]] static PlaybackInfo withVersions(PlaybackInfo decided, const QList<MediaSource> &versions,
                                                   int mediaIndex);
    /// Intro and credits markers (`Marker` with type `intro`, `credits`/`credit`, `commercial`).
    [[nodiscard]] static Result<QList<MediaSegment>> parseMarkers(const QByteArray &body);
    /// `Chapter` (`startTimeOffset` ms, `tag`). @p indexedParts (when given) gets the key of each version's first part
    /// that has preview thumbnails (`indexes` naming `sd`: a BIF at `/library/parts/{id}/indexes/sd`).
    [[nodiscard]] static Result<PlaybackExtras> parseChapters(const QByteArray &body, QStringList *indexedParts = nullptr);
    /// A decision text ("… bitrate … is higher than …") as TranscodeReason names; empty when it names none.
    [[nodiscard]] static QStringList transcodeReasons(const QString &decisionText);
};

} // namespace marquee
