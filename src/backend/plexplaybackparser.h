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
 * `generalDecisionCode` of 2000 and up refuses, and so does a transcode whose `transcodeDecisionCode` is an error,
 * 4000 and up); why it does not play directly comes from the codes where they say it and from the words otherwise,
 * as Jellyfin's TranscodeReason names, so that the player says why in the same words for both servers. Tolerant
 * like every parser here.
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
    /// Why the server does not play the file as it is, as TranscodeReason names: by the direct play decision's code
    /// where the specification documents one with a cause (3001, "Not enough bandwidth for direct play of this
    /// item."), else by the words of its text, then of the transcode decision's; empty when none names one.
    [[nodiscard]] static QStringList transcodeReasons(qint64 directPlayCode, const QString &directPlayText,
                                                      const QString &transcodeText);

    /// The decision codes the official specification documents (`generalDecisionCode` and the others: "1xxx are
    /// playback can succeed, 2xxx are a general error (such as insufficient bandwidth), 3xxx are errors in direct
    /// play, and 4xxx are errors in transcodes"; its examples give 1000, 1001, 3000 and 3001).
    static constexpr qint64 DirectPlayOk = 1000;
    static constexpr qint64 ConversionOk = 1001;
    static constexpr qint64 DirectPlayDisabled = 3000;
    static constexpr qint64 NotEnoughBandwidth = 3001;
};

} // namespace marquee
