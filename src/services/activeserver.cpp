// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/activeserver.h"

#include "storage/cachemetarepository.h"
#include "storage/cacheserverrepository.h"

namespace marquee {

ActiveServer ActiveServer::read(QSqlDatabase db)
{
    ActiveServer server;
    server.id = CacheMetaRepository(db).serverId();
    if (server.id.isEmpty())
        return server; // no server yet: writes are refused (ItemBatchWriter), reads find nothing
    if (const std::optional<qint64> key = CacheServerRepository(db).keyOf(server.id))
        server.scope = ServerScope::of(*key);
    return server;
}

std::optional<ActiveServer> ActiveServer::of(QSqlDatabase db, const QString &serverId)
{
    const std::optional<qint64> key = CacheServerRepository(db).ensureKey(serverId);
    if (!key)
        return std::nullopt;
    return ActiveServer{serverId, ServerScope::of(*key)};
}

} // namespace marquee
