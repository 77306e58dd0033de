// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/savedserverremoval.h"

#include "storage/sqlstatement.h"

namespace marquee {

namespace {
bool deleteRows(const QSqlDatabase &db, const QString &sql, const QString &placeholder, const QVariant &value,
                int *removed, Error *error)
{
    SqlStatement statement(db, sql);
    statement.bind(placeholder, value);
    if (!statement.exec()) {
        *error = statement.lastError();
        return false;
    }
    if (removed)
        *removed = statement.numRowsAffected();
    return true;
}
} // namespace

SavedServerRemoval::SavedServerRemoval(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<int> SavedServerRemoval::remove(qint64 serverRowId, const QString &serverId)
{
    const QString id = QStringLiteral(":server_id");
    int unsent = 0;
    Error error;
    if (!deleteRows(m_db, QStringLiteral("DELETE FROM state.playback_queue WHERE server_id = :server_id"), id,
                    serverId, &unsent, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.user_data WHERE server_id = :server_id"), id, serverId,
                       nullptr, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.series_track_preferences WHERE server_id = :server_id"),
                       id, serverId, nullptr, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.active_transcodes WHERE server_id = :server_id"), id,
                       serverId, nullptr, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.server_versions WHERE server_id = :server_id"), id,
                       serverId, nullptr, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.download_rules WHERE server_id = :server_id"), id,
                       serverId, nullptr, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM state.servers WHERE id = :id"), QStringLiteral(":id"),
                       serverRowId, nullptr, &error))
        return error;
    return unsent;
}

} // namespace marquee
