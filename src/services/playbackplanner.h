// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/canceltoken.h"
#include "core/playbackinfo.h"
#include "core/result.h"

#include <QFuture>
#include <QImage>
#include <QObject>

namespace marquee {

class Backend;

/// How one playback goes, as the server decided it: what the player opens and what the reports must say.
struct PlaybackPlan
{
    QString itemId;
    QString playSessionId;
    PlayMethod method = PlayMethod::DirectPlay;
    /// What the player opens, the credential in headers.
    StreamSource stream;
    /// The stream is a conversion the server runs for this playback (it must be stopped when playback ends).
    bool converted = false;
    /// The chosen version, its streams as the server delivers them to this player.
    PlaybackSource source;
    /// Every version the item has (the server lists them when no version is asked for).
    QList<PlaybackSource> versions;
    /// What was asked for.
    std::optional<qint64> maxBitrate;
    std::optional<int> audioStreamIndex;
    std::optional<int> subtitleStreamIndex; ///< -1: subtitles off
};

/**
 * @brief Asks the server how to play an item (PlaybackInfo with the player's capabilities and the bitrate cap) and
 * turns its decision into a PlaybackPlan; fetches what goes around a playback (segments, chapters, trickplay).
 *
 * The server decides, the planner follows: direct play when the server allows it, else its TranscodingUrl (a
 * remux counts as direct stream), else the original file as a direct stream. Lives on the GUI thread; every answer
 * comes back there.
 */
class PlaybackPlanner : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackPlanner(Backend *backend, QObject *parent = nullptr);

    void setBackend(Backend *backend) { m_backend = backend; }
    [[nodiscard]] Backend *backend() const { return m_backend; }

    /// Fails with ErrorKind::Offline when there is no server to ask.
    QFuture<Result<PlaybackPlan>> plan(const PlaybackInfoRequest &request);
    /// The address of an external subtitle stream, with the credential in headers when it is on the server.
    [[nodiscard]] StreamSource subtitleStream(const PlaybackStream &stream) const;
    /// Intro, credits …; empty when the server has none or cannot say.
    QFuture<QList<MediaSegment>> segments(const QString &itemId);
    /// Chapters and trickplay; empty when the server has none or cannot say.
    QFuture<PlaybackExtras> extras(const QString &itemId);
    /// One trickplay tile, decoded off the GUI thread.
    QFuture<Result<QImage>> trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex);

    /// Pure: the plan for @p info as answered to @p request (public for tests).
    [[nodiscard]] static Result<PlaybackPlan> planFrom(const PlaybackInfo &info, const PlaybackInfoRequest &request,
                                                       const Backend &backend);

private:
    Backend *m_backend;
};

} // namespace marquee
