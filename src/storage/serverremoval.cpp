// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverremoval.h"

#include "storage/sqlstatement.h"

namespace marquee {

namespace {
bool deleteRows(const QSqlDatabase &db, const QString &sql, qint64 serverKey, int *removed, Error *error)
{
    SqlStatement statement(db, sql);
    statement.bind(QStringLiteral(":server_key"), serverKey);
    if (!statement.exec()) {
        *error = statement.lastError();
        return false;
    }
    if (removed)
        *removed = statement.numRowsAffected();
    return true;
}
} // namespace

ServerRemoval::ServerRemoval(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<int> ServerRemoval::removeMetadata(qint64 serverKey)
{
    // Items first, so that the count is the server's own (the libraries would take them along, uncounted); the
    // triggers take their genres and search entries with them.
    int items = 0;
    Error error;
    if (!deleteRows(m_db, QStringLiteral("DELETE FROM items WHERE server_key = :server_key"), serverKey, &items, &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM libraries WHERE server_key = :server_key"), serverKey, nullptr,
                       &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM sync_state WHERE server_key = :server_key"), serverKey,
                       nullptr, &error))
        return error;
    return items;
}

Result<int> ServerRemoval::removeServer(qint64 serverKey)
{
    const Result<int> items = removeMetadata(serverKey);
    if (!items)
        return items;
    Error error;
    if (!deleteRows(m_db, QStringLiteral("DELETE FROM sync_runs WHERE server_key = :server_key"), serverKey, nullptr,
                    &error)
        || !deleteRows(m_db, QStringLiteral("DELETE FROM cache_servers WHERE server_key = :server_key"), serverKey,
                       nullptr, &error))
        return error;
    return items;
}

} // namespace marquee
