// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/userdatarepository.h"

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
          "last_played_at, server_updated_at) SELECT :server_id, :item_id, :played, :play_count, :position_ticks, "
          ":is_favorite, :last_played_at, :seen_at WHERE NOT EXISTS (SELECT 1 FROM state.playback_queue q "
          "WHERE q.server_id = :server_id AND q.item_id = :item_id) "
          "ON CONFLICT(server_id, item_id) DO UPDATE SET played = excluded.played, "
          "play_count = excluded.play_count, position_ticks = excluded.position_ticks, "
          "is_favorite = excluded.is_favorite, last_played_at = excluded.last_played_at, "
          "server_updated_at = excluded.server_updated_at"))
{
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
    bindUserData(m_merge, serverId, data);
    m_merge.bind(QStringLiteral(":seen_at"), seenAtMs);
    if (!m_merge.exec()) {
        m_error = m_merge.lastError();
        return false;
    }
    return true;
}

} // namespace marquee
