// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cacheserverrepository.h"

namespace marquee {

CacheServerRepository::CacheServerRepository(QSqlDatabase db)
    : m_keyOf(db, QStringLiteral("SELECT server_key FROM cache_servers WHERE server_id = :server_id"))
    , m_add(db, QStringLiteral("INSERT INTO cache_servers (server_id) VALUES (:server_id) "
                               "ON CONFLICT(server_id) DO NOTHING"))
{
}

std::optional<qint64> CacheServerRepository::keyOf(const QString &serverId)
{
    m_keyOf.bind(QStringLiteral(":server_id"), serverId);
    if (!m_keyOf.exec() || !m_keyOf.next()) {
        m_error = m_keyOf.lastError();
        return std::nullopt;
    }
    const qint64 key = m_keyOf.value(0).toLongLong();
    m_keyOf.finish();
    return key;
}

std::optional<qint64> CacheServerRepository::ensureKey(const QString &serverId)
{
    if (serverId.isEmpty()) {
        m_error = {ErrorKind::Storage, QStringLiteral("a server without an id has no place in the cache"), {}, 0};
        return std::nullopt;
    }
    m_add.bind(QStringLiteral(":server_id"), serverId);
    if (!m_add.exec()) {
        m_error = m_add.lastError();
        return std::nullopt;
    }
    return keyOf(serverId);
}

} // namespace marquee
