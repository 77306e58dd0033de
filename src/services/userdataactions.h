// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackevent.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>

namespace marquee {

class Clock;
class MessageBroker;
class DatabaseWriter;

/// A change that playback makes to an item's user data.
struct PlaybackChange
{
    enum class Kind {
        Position, ///< the viewer is at positionTicks
        Finished, ///< played to the end (past the played share): played, position back to 0
    };

    QString itemId;
    Kind kind = Kind::Position;
    qint64 positionTicks = 0;
    qint64 occurredAtMs = 0;
    /// A live report carries this change: the sync worker leaves it alone for LiveHoldMs, until
    /// confirmLiveReport() deletes it or releaseLiveHold() hands it over.
    bool heldForLiveReport = false;
    /// Finished only: a live start report already counted this play on the server.
    bool playCounted = false;
};

/**
 * @brief What the user and the player change about an item (played, favourite, position), offline or not.
 *
 * Each change is written to the local user data and the playback queue in one transaction (on the DatabaseWriter
 * thread), then the scopes that show the item are announced on the broker so pages re-read, and queueChanged()
 * tells the sync worker there is something to send. Lives on the GUI thread; nothing here waits for the network.
 */
class UserDataActions : public QObject
{
    Q_OBJECT

public:
    /// Long enough for a live report to be answered, even by a slow server; a crash releases it at the next start.
    static constexpr qint64 LiveHoldMs = 60'000;

    UserDataActions(DatabaseWriter &writer, const Clock &clock, MessageBroker *broker, QObject *parent = nullptr);

    QFuture<Status> setPlayed(const QString &itemId, bool played);
    QFuture<Status> setFavorite(const QString &itemId, bool favorite);
    QFuture<Status> recordPlayback(const PlaybackChange &change);
    /// The server accepted a live report with the item's position @p positionTicks recorded at @p occurredAtMs.
    void confirmLiveReport(const QString &itemId, qint64 occurredAtMs, qint64 positionTicks);
    /// A live report failed: the item's held changes go to the sync worker now.
    void releaseLiveHold(const QString &itemId);

Q_SIGNALS:
    /// Something was queued or became due: the sync worker should look at the queue.
    void queueChanged();
    /// A change could not be stored; already logged.
    void failed(const marquee::Error &error);

private:
    QFuture<Status> recordNow(const QString &itemId, PlaybackEventKind kind);
    QFuture<Status> record(const PlaybackEvent &event);

    DatabaseWriter &m_writer;
    const Clock &m_clock;
    MessageBroker *m_broker;
};

} // namespace marquee
