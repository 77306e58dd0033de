// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cachemetarepository.h"

#include "storage/cacheserverrepository.h"

namespace marquee {

CacheMetaRepository::CacheMetaRepository(QSqlDatabase db)
    : m_db(db)
    , m_get(db, QStringLiteral("SELECT value FROM cache_meta WHERE key = 'server_id'"))
    , m_set(db, QStringLiteral("INSERT INTO cache_meta (key, value) VALUES ('server_id', :value) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
{
}

QString CacheMetaRepository::serverId()
{
    if (!m_get.exec() || !m_get.next())
        return {};
    const QString id = m_get.value(0).toString();
    m_get.finish();
    return id;
}

bool CacheMetaRepository::setServerId(const QString &serverId)
{
    // The server gets its key with it: the active scope (ServerScope::active()) finds its rows through both.
    if (!serverId.isEmpty() && !CacheServerRepository(m_db).ensureKey(serverId))
        return false;
    m_set.bind(QStringLiteral(":value"), serverId);
    return m_set.exec();
}

bool CacheMetaRepository::wipeMetadata()
{
    // Every server's; items go with their libraries (ON DELETE CASCADE), the triggers keep genres and search in step.
    for (const QString &sql : {QStringLiteral("DELETE FROM items"), QStringLiteral("DELETE FROM libraries"),
                               QStringLiteral("DELETE FROM sync_state")}) {
        if (!SqlStatement::execOnce(m_db, sql))
            return false;
    }
    return true;
}

} // namespace marquee
