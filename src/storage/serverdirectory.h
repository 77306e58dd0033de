// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "storage/serverrepository.h"
#include "storage/serverscope.h"

#include <QHash>
#include <QSqlDatabase>

namespace marquee {

class CacheConfig;

/// A saved server with the libraries its cache holds, in the server's order.
struct ServerLibraries
{
    ServerRecord server;
    bool inUse = false; ///< the server the live session talks to (the cache's active server)
    QList<Library> libraries;
};

/// A server whose rows the cache holds, as a view over every server reads it.
struct CachedServer
{
    QString serverId; ///< empty for the server in use, as on ItemSummary
    QString name;     ///< told apart where two servers share one (distinctNames)
    ServerScope scope; ///< the server in use through the active scope, so that it follows an identity change
};

/// @brief Every saved server (state database) beside the libraries cached for it (metadata cache), for the sidebar:
/// a server that is not in use is still browsable from its cache.
class ServerDirectory
{
public:
    ServerDirectory(QSqlDatabase db, const CacheConfig &config);

    /// In the order the servers were added; a server whose cache holds nothing has no libraries.
    [[nodiscard]] QList<ServerLibraries> all() const;

    /// The server in use first, then each other saved server the cache holds rows of, in the order they were added:
    /// what Home and the search over every server read.
    [[nodiscard]] static QList<CachedServer> cachedServers(QSqlDatabase db);

    /// The user's name for the server, else its own name, else its address (before it said its name).
    [[nodiscard]] static QString displayName(const ServerRecord &server);
    /// displayName() of each server by row id, with "(host:port)" after a name two of them share (two demo servers,
    /// two "Jellyfin"s), so that the sidebar, Home and the footer tell them apart.
    [[nodiscard]] static QHash<qint64, QString> distinctNames(const QList<ServerRecord> &servers);
    /// "host:port" of the server's address, or the host where the address names no port.
    [[nodiscard]] static QString hostAndPort(const ServerRecord &server);

private:
    QSqlDatabase m_db;
    const CacheConfig &m_config;
};

} // namespace marquee
