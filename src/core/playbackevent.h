// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace marquee {

/// What happened on this device that the server must learn.
enum class PlaybackEventKind {
    Progress,   ///< a new position (the latest one wins)
    Played,
    Unplayed,
    Favorite,
    Unfavorite,
};

/// One entry of the durable playback queue.
struct PlaybackEvent
{
    qint64 seq = 0;
    QString serverId;
    QString itemId;
    PlaybackEventKind kind = PlaybackEventKind::Progress;
    qint64 positionTicks = 0;
    qint64 occurredAtMs = 0;
    bool playCounted = false; ///< Played only: a live session already counted this play on the server
    int playCount = 0;        ///< Played only: the item's play count once this play is counted (sent as is)
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError;

    friend bool operator==(const PlaybackEvent &, const PlaybackEvent &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::PlaybackEvent)
