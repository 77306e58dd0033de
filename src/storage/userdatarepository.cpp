// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/userdatarepository.h"

#include "core/synclogging.h"

namespace marquee {

namespace {
void bindUserData(SqlStatement &statement, const QString &serverId, const UserData &data)
{
    statement.bind(QStringLiteral(":server_id"), serverId)
        .bind(QStringLiteral(":item_id"), data.itemId)
        .bind(QStringLiteral(":played"), data.played)
        .bind(QStringLiteral(":play_count"), data.playCount)
        .bind(QStringLiteral(":position_ticks"), data.positionTicks)
        .bind(QStringLiteral(":is_favorite"), data.isFavorite)
        .bind(QStringLiteral(":last_played_at"), nullable(data.lastPlayedAtMs));
}
} // namespace

UserDataRepository::UserDataRepository(QSqlDatabase db)
    : m_get(db, QStringLiteral("SELECT played, play_count, position_ticks, is_favorite, last_played_at, "
                               "server_updated_at, local_updated_at FROM state.user_data "
                               "WHERE server_id = :server_id AND item_id = :item_id"))
    , m_put(db, QStringLiteral(
          "INSERT INTO state.user_data (server_id, item_id, played, play_count, position_ticks, is_favorite, "
          "last_played_at, server_updated_at, local_updated_at) VALUES (:server_id, :item_id, :played, :play_count, "
          ":position_ticks, :is_favorite, :last_played_at, :server_updated_at, :local_updated_at) "
          "ON CONFLICT(server_id, item_id) DO UPDATE SET played = excluded.played, "
          "play_count = excluded.play_count, position_ticks = excluded.position_ticks, "
          "is_favorite = excluded.is_favorite, last_played_at = excluded.last_played_at, "
          "server_updated_at = excluded.server_updated_at, local_updated_at = excluded.local_updated_at"))
    , m_merge(db, QStringLiteral(
          "INSERT INTO state.user_data (server_id, item_id, played, play_count, position_ticks, is_favorite, "
          "last_played_at, server_updated_at) VALUES (:server_id, :item_id, :played, :play_count, :position_ticks, "
          ":is_favorite, :last_played_at, :seen_at) "
          "ON CONFLICT(server_id, item_id) DO UPDATE SET played = excluded.played, "
          "play_count = excluded.play_count, position_ticks = excluded.position_ticks, "
          "is_favorite = excluded.is_favorite, last_played_at = excluded.last_played_at, "
          "server_updated_at = excluded.server_updated_at"))
    , m_pending(db, QStringLiteral(
          "SELECT max(CASE WHEN kind IN ('progress', 'played', 'unplayed') THEN occurred_at END), "
          "coalesce(max(kind IN ('favorite', 'unfavorite')), 0) FROM state.playback_queue "
          "WHERE server_id = :server_id AND item_id = :item_id"))
    , m_dropPlayState(db, QStringLiteral("DELETE FROM state.playback_queue WHERE server_id = :server_id "
                                         "AND item_id = :item_id AND kind IN ('progress', 'played', 'unplayed')"))
{
}

bool UserDataRepository::fail(const SqlStatement &statement)
{
    m_error = statement.lastError();
    return false;
}

std::optional<PendingLocalChange> UserDataRepository::pendingChange(const QString &serverId, const QString &itemId)
{
    m_pending.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":item_id"), itemId);
    if (!m_pending.exec() || !m_pending.next()) {
        m_error = m_pending.lastError();
        return std::nullopt;
    }
    PendingLocalChange pending;
    pending.playStateChangedAtMs = optionalFrom<qint64>(m_pending.value(0));
    pending.favoriteChanged = m_pending.value(1).toBool();
    m_pending.finish();
    return pending;
}

std::optional<UserData> UserDataRepository::get(const QString &serverId, const QString &itemId)
{
    m_get.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":item_id"), itemId);
    if (!m_get.exec() || !m_get.next())
        return std::nullopt;
    UserData data;
    data.itemId = itemId;
    data.played = m_get.value(0).toBool();
    data.playCount = m_get.value(1).toInt();
    data.positionTicks = m_get.value(2).toLongLong();
    data.isFavorite = m_get.value(3).toBool();
    data.lastPlayedAtMs = optionalFrom<qint64>(m_get.value(4));
    data.serverUpdatedAtMs = optionalFrom<qint64>(m_get.value(5));
    data.localUpdatedAtMs = optionalFrom<qint64>(m_get.value(6));
    m_get.finish();
    return data;
}

bool UserDataRepository::put(const QString &serverId, const UserData &data)
{
    bindUserData(m_put, serverId, data);
    m_put.bind(QStringLiteral(":server_updated_at"), nullable(data.serverUpdatedAtMs))
        .bind(QStringLiteral(":local_updated_at"), nullable(data.localUpdatedAtMs));
    if (!m_put.exec()) {
        m_error = m_put.lastError();
        return false;
    }
    return true;
}

bool UserDataRepository::mergeFromServer(const QString &serverId, const UserData &data, qint64 seenAtMs)
{
    const std::optional<PendingLocalChange> pending = pendingChange(serverId, data.itemId);
    if (!pending)
        return false;
    if (!pending->any()) {
        bindUserData(m_merge, serverId, data);
        m_merge.bind(QStringLiteral(":seen_at"), seenAtMs);
        return m_merge.exec() || fail(m_merge);
    }
    UserData local = get(serverId, data.itemId).value_or(UserData{});
    local.itemId = data.itemId;
    UserDataConflict::Resolution resolution = UserDataConflict::resolve(local, data, *pending);
    resolution.merged.itemId = data.itemId;
    resolution.merged.serverUpdatedAtMs = seenAtMs;
    qCInfo(lcSync).noquote() << "item" << data.itemId << "changed here and on the server:" << resolution.reason;
    if (resolution.serverWinsPlayState) {
        m_dropPlayState.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":item_id"), data.itemId);
        if (!m_dropPlayState.exec())
            return fail(m_dropPlayState);
        qCInfo(lcSync).noquote() << "item" << data.itemId << ":" << m_dropPlayState.numRowsAffected()
                                 << "queued play-state change(s) superseded by the newer one from the server";
    }
    return put(serverId, resolution.merged);
}

} // namespace marquee
