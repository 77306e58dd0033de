// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackevent.h"
#include "core/result.h"
#include "storage/sqlstatement.h"
#include "storage/userdatarepository.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/**
 * @brief The durable queue of this device's user-data changes for the server (state database), and the local user
 * data those changes apply to, kept consistent: record() writes both in one transaction.
 *
 * Order: rows are sent by seq, and a row never goes before an earlier row of the same item. One position per item
 * is pending at a time: a newer one replaces it at the tail, so it follows every change the user made before it.
 * Played and unplayed reset the position on the server, so they drop the item's pending position; played, unplayed
 * and favourite changes themselves are all kept, in order. A row leaves the queue only through remove() (the server
 * accepted it), removeConfirmedProgress() (a live report carried it) or a newer change from another device
 * (UserDataRepository::mergeFromServer, logged).
 */
class PlaybackQueueRepository
{
public:
    explicit PlaybackQueueRepository(QSqlDatabase db);

    [[nodiscard]] static QString kindName(PlaybackEventKind kind);
    [[nodiscard]] static std::optional<PlaybackEventKind> kindFrom(const QString &name);

    /// Applies @p event (serverId, itemId, kind, position, occurredAtMs, playCounted, nextAttemptAtMs: a hold) to
    /// the item's user data and queues it, in one transaction. Returns the new row's seq.
    Result<qint64> record(const PlaybackEvent &event);
    /// The oldest row of @p serverId that is due at @p nowMs and not behind a waiting row of the same item.
    Result<std::optional<PlaybackEvent>> nextDue(const QString &serverId, qint64 nowMs);
    /// The server accepted the row.
    bool remove(qint64 seq);
    /// The server did not take the row: one more attempt, retried at @p nextAttemptAtMs.
    bool postpone(qint64 seq, qint64 nextAttemptAtMs, const QString &error);
    /// A live report with the item's position @p positionTicks of @p occurredAtMs was accepted: that position need
    /// not be sent again. A newer position stays.
    bool removeConfirmedProgress(const QString &serverId, const QString &itemId, qint64 occurredAtMs,
                                 qint64 positionTicks);
    /// The item's rows held for a live report become due now (the report failed).
    bool releaseItem(const QString &serverId, const QString &itemId);
    /// Rows that failed before become due now (the server answers again).
    bool releaseFailed(const QString &serverId);
    /// Every row becomes due now: after a restart nothing is mid-send or waiting for a live report any more.
    bool releaseAll();
    /// How many changes for @p serverId wait; -1 on a database failure.
    [[nodiscard]] int pendingCount(const QString &serverId);
    /// Every waiting change of @p serverId, in send order.
    [[nodiscard]] QList<PlaybackEvent> pending(const QString &serverId);
    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    bool run(SqlStatement &statement);
    [[nodiscard]] UserData applied(const PlaybackEvent &event);

    QSqlDatabase m_db;
    UserDataRepository m_userData;
    SqlStatement m_insert;
    SqlStatement m_dropProgress;
    SqlStatement m_nextDue;
    SqlStatement m_remove;
    SqlStatement m_postpone;
    SqlStatement m_removeConfirmed;
    SqlStatement m_releaseItem;
    SqlStatement m_releaseFailed;
    SqlStatement m_releaseAll;
    SqlStatement m_count;
    SqlStatement m_pending;
    Error m_error;
};

} // namespace marquee
