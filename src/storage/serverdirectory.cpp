// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverdirectory.h"

#include "storage/cachemetarepository.h"
#include "storage/cacheserverrepository.h"
#include "storage/libraryrepository.h"

#include <QUrl>

namespace marquee {

ServerDirectory::ServerDirectory(QSqlDatabase db, const CacheConfig &config)
    : m_db(std::move(db))
    , m_config(config)
{
}

QList<ServerLibraries> ServerDirectory::all() const
{
    QList<ServerLibraries> result;
    CacheServerRepository keys(m_db);
    const QString inUse = CacheMetaRepository(m_db).serverId();
    const QList<ServerRecord> servers = ServerRepository(m_db).all();
    for (const ServerRecord &server : servers) {
        ServerLibraries entry{server, server.serverId == inUse, {}};
        if (const std::optional<qint64> key = keys.keyOf(server.serverId))
            entry.libraries = LibraryRepository(m_db, m_config, ServerScope::of(*key)).all();
        result.append(entry);
    }
    return result;
}

QString ServerDirectory::displayName(const ServerRecord &server)
{
    if (!server.label.isEmpty())
        return server.label;
    return server.serverName.isEmpty() ? hostAndPort(server) : server.serverName;
}

QList<CachedServer> ServerDirectory::cachedServers(QSqlDatabase db)
{
    QList<CachedServer> result{{{}, {}, ServerScope::active()}};
    const QString inUseId = CacheMetaRepository(db).serverId();
    CacheServerRepository keys(db);
    const QList<ServerRecord> servers = ServerRepository(db).all();
    const QHash<qint64, QString> names = distinctNames(servers);
    for (const ServerRecord &server : servers) {
        if (server.serverId.isEmpty())
            continue;
        if (server.serverId == inUseId) {
            result.first().name = names.value(server.id);
            continue;
        }
        if (const std::optional<qint64> key = keys.keyOf(server.serverId))
            result.append({server.serverId, names.value(server.id), ServerScope::of(*key)});
    }
    return result;
}

QHash<qint64, QString> ServerDirectory::distinctNames(const QList<ServerRecord> &servers)
{
    QHash<QString, int> uses;
    for (const ServerRecord &server : servers)
        ++uses[displayName(server)];
    QHash<qint64, QString> names;
    for (const ServerRecord &server : servers) {
        const QString name = displayName(server);
        names.insert(server.id, uses.value(name) > 1 ? QStringLiteral("%1 (%2)").arg(name, hostAndPort(server)) : name);
    }
    return names;
}

QString ServerDirectory::hostAndPort(const ServerRecord &server)
{
    const QUrl url(server.url);
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

} // namespace marquee
