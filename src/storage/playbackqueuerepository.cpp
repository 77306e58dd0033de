// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/playbackqueuerepository.h"

#include "storage/writetransaction.h"

namespace marquee {

namespace {
const QString Columns = QStringLiteral(
    "seq, item_id, kind, position_ticks, occurred_at, attempts, next_attempt_at, last_error, play_counted, play_count");

constexpr std::pair<PlaybackEventKind, const char *> KindNames[] = {
    {PlaybackEventKind::Progress, "progress"}, {PlaybackEventKind::Played, "played"},
    {PlaybackEventKind::Unplayed, "unplayed"}, {PlaybackEventKind::Favorite, "favorite"},
    {PlaybackEventKind::Unfavorite, "unfavorite"},
};

/// One row of a SELECT of Columns.
PlaybackEvent readEvent(const SqlStatement &row, const QString &serverId)
{
    PlaybackEvent event;
    event.seq = row.value(0).toLongLong();
    event.serverId = serverId;
    event.itemId = row.value(1).toString();
    event.kind = PlaybackQueueRepository::kindFrom(row.value(2).toString()).value_or(PlaybackEventKind::Progress);
    event.positionTicks = row.value(3).toLongLong();
    event.occurredAtMs = row.value(4).toLongLong();
    event.attempts = row.value(5).toInt();
    event.nextAttemptAtMs = row.value(6).toLongLong();
    event.lastError = row.value(7).toString();
    event.playCounted = row.value(8).toBool();
    event.playCount = row.value(9).toInt();
    return event;
}
} // namespace

PlaybackQueueRepository::PlaybackQueueRepository(QSqlDatabase db)
    : m_db(db)
    , m_userData(db)
    , m_insert(db, QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, position_ticks, "
                                  "occurred_at, next_attempt_at, play_counted, play_count) VALUES (:server_id, :item_id, :kind, "
                                  ":position_ticks, :occurred_at, :next_attempt_at, :play_counted, :play_count)"))
    , m_dropProgress(db, QStringLiteral("DELETE FROM state.playback_queue WHERE server_id = :server_id "
                                        "AND item_id = :item_id AND kind = 'progress'"))
    , m_nextDue(db, QStringLiteral("SELECT %1 FROM state.playback_queue q WHERE q.server_id = :server_id "
                                   "AND q.next_attempt_at <= :now AND NOT EXISTS (SELECT 1 FROM state.playback_queue p "
                                   "WHERE p.server_id = q.server_id AND p.item_id = q.item_id AND p.seq < q.seq "
                                   "AND p.next_attempt_at > :now) ORDER BY q.seq LIMIT 1")
                        .arg(Columns))
    , m_remove(db, QStringLiteral("DELETE FROM state.playback_queue WHERE seq = :seq"))
    , m_postpone(db, QStringLiteral("UPDATE state.playback_queue SET attempts = attempts + 1, "
                                    "next_attempt_at = :next_attempt_at, last_error = :error WHERE seq = :seq"))
    , m_removeConfirmed(db, QStringLiteral("DELETE FROM state.playback_queue WHERE server_id = :server_id "
                                           "AND item_id = :item_id AND kind = 'progress' AND occurred_at = :occurred_at "
                                           "AND position_ticks = :position_ticks"))
    , m_releaseItem(db, QStringLiteral("UPDATE state.playback_queue SET next_attempt_at = 0 "
                                       "WHERE server_id = :server_id AND item_id = :item_id AND attempts = 0"))
    , m_releaseFailed(db, QStringLiteral("UPDATE state.playback_queue SET next_attempt_at = 0 "
                                         "WHERE server_id = :server_id AND attempts > 0"))
    , m_releaseAll(db, QStringLiteral("UPDATE state.playback_queue SET next_attempt_at = 0 WHERE next_attempt_at > 0"))
    , m_count(db, QStringLiteral("SELECT count(*) FROM state.playback_queue WHERE server_id = :server_id"))
    , m_pending(db, QStringLiteral("SELECT %1 FROM state.playback_queue WHERE server_id = :server_id ORDER BY seq")
                        .arg(Columns))
{
}

QString PlaybackQueueRepository::kindName(PlaybackEventKind kind)
{
    for (const auto &[value, name] : KindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<PlaybackEventKind> PlaybackQueueRepository::kindFrom(const QString &name)
{
    for (const auto &[value, text] : KindNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool PlaybackQueueRepository::run(SqlStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = statement.lastError();
    return false;
}

UserData PlaybackQueueRepository::applied(const PlaybackEvent &event)
{
    UserData data = m_userData.get(event.serverId, event.itemId).value_or(UserData{});
    data.itemId = event.itemId;
    switch (event.kind) {
    case PlaybackEventKind::Progress:
        // As a real server does on a playback start: a re-watch is unplayed until it ends.
        data.positionTicks = event.positionTicks;
        data.played = false;
        data.lastPlayedAtMs = event.occurredAtMs;
        break;
    case PlaybackEventKind::Played:
        data.played = true;
        data.positionTicks = 0;
        data.playCount = event.playCounted ? std::max(data.playCount, 1) : data.playCount + 1;
        data.lastPlayedAtMs = event.occurredAtMs;
        break;
    case PlaybackEventKind::Unplayed:
        data.played = false;
        data.positionTicks = 0;
        data.playCount = 0;
        data.lastPlayedAtMs.reset();
        break;
    case PlaybackEventKind::Favorite: data.isFavorite = true; break;
    case PlaybackEventKind::Unfavorite: data.isFavorite = false; break;
    }
    data.localUpdatedAtMs = event.occurredAtMs;
    return data;
}

Result<qint64> PlaybackQueueRepository::record(const PlaybackEvent &event)
{
    if (event.serverId.isEmpty() || event.itemId.isEmpty())
        return Error{ErrorKind::Storage, QStringLiteral("a playback change needs a server and an item"), {}, 0};
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const UserData after = applied(event);
    if (!m_userData.put(event.serverId, after))
        return m_userData.lastError();
    const bool replacesPosition = event.kind == PlaybackEventKind::Progress || event.kind == PlaybackEventKind::Played
        || event.kind == PlaybackEventKind::Unplayed;
    if (replacesPosition) {
        m_dropProgress.bind(QStringLiteral(":server_id"), event.serverId).bind(QStringLiteral(":item_id"), event.itemId);
        if (!run(m_dropProgress))
            return m_error;
    }
    m_insert.bind(QStringLiteral(":server_id"), event.serverId)
        .bind(QStringLiteral(":item_id"), event.itemId)
        .bind(QStringLiteral(":kind"), kindName(event.kind))
        .bind(QStringLiteral(":position_ticks"), event.kind == PlaybackEventKind::Progress ? event.positionTicks : 0)
        .bind(QStringLiteral(":occurred_at"), event.occurredAtMs)
        .bind(QStringLiteral(":next_attempt_at"), event.nextAttemptAtMs)
        .bind(QStringLiteral(":play_counted"), event.playCounted)
        .bind(QStringLiteral(":play_count"),
              nullable(event.kind == PlaybackEventKind::Played ? std::optional(after.playCount) : std::nullopt));
    if (!run(m_insert))
        return m_error;
    const qint64 seq = m_insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return transaction.error();
    return seq;
}

Result<std::optional<PlaybackEvent>> PlaybackQueueRepository::nextDue(const QString &serverId, qint64 nowMs)
{
    m_nextDue.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":now"), nowMs);
    if (!run(m_nextDue))
        return m_error;
    std::optional<PlaybackEvent> event;
    if (m_nextDue.next())
        event = readEvent(m_nextDue, serverId);
    m_nextDue.finish();
    return event;
}

bool PlaybackQueueRepository::remove(qint64 seq)
{
    m_remove.bind(QStringLiteral(":seq"), seq);
    return run(m_remove);
}

bool PlaybackQueueRepository::postpone(qint64 seq, qint64 nextAttemptAtMs, const QString &error)
{
    m_postpone.bind(QStringLiteral(":seq"), seq)
        .bind(QStringLiteral(":next_attempt_at"), nextAttemptAtMs)
        .bind(QStringLiteral(":error"), nullIfEmpty(error));
    return run(m_postpone);
}

bool PlaybackQueueRepository::removeConfirmedProgress(const QString &serverId, const QString &itemId,
                                                      qint64 occurredAtMs, qint64 positionTicks)
{
    m_removeConfirmed.bind(QStringLiteral(":server_id"), serverId)
        .bind(QStringLiteral(":item_id"), itemId)
        .bind(QStringLiteral(":occurred_at"), occurredAtMs)
        .bind(QStringLiteral(":position_ticks"), positionTicks);
    return run(m_removeConfirmed);
}

bool PlaybackQueueRepository::releaseItem(const QString &serverId, const QString &itemId)
{
    m_releaseItem.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":item_id"), itemId);
    return run(m_releaseItem);
}

bool PlaybackQueueRepository::releaseFailed(const QString &serverId)
{
    m_releaseFailed.bind(QStringLiteral(":server_id"), serverId);
    return run(m_releaseFailed);
}

bool PlaybackQueueRepository::releaseAll()
{
    return run(m_releaseAll);
}

int PlaybackQueueRepository::pendingCount(const QString &serverId)
{
    m_count.bind(QStringLiteral(":server_id"), serverId);
    if (!run(m_count) || !m_count.next())
        return -1;
    const int count = m_count.value(0).toInt();
    m_count.finish();
    return count;
}

QList<PlaybackEvent> PlaybackQueueRepository::pending(const QString &serverId)
{
    QList<PlaybackEvent> events;
    m_pending.bind(QStringLiteral(":server_id"), serverId);
    if (!run(m_pending))
        return events;
    while (m_pending.next())
        events.append(readEvent(m_pending, serverId));
    m_pending.finish();
    return events;
}

} // namespace marquee
