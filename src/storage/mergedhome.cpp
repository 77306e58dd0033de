// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/mergedhome.h"

#include "core/libraryitemtype.h"
#include "storage/serverdirectory.h"

#include <algorithm>

namespace marquee {

MergedHome::Server::Server(QSqlDatabase db, const CacheConfig &config, ServerScope scope)
    : home(db, scope)
    , libraries(db, config, scope)
{
}

MergedHome::MergedHome(QSqlDatabase db, const CacheConfig &config)
    : m_db(db)
    , m_config(config)
    , m_inUse(db, config, ServerScope::active())
{
}

MergedHome::~MergedHome() = default;

QList<MergedHome::Source> MergedHome::sources()
{
    QList<Source> result;
    const QList<CachedServer> servers = ServerDirectory::cachedServers(m_db);
    for (const CachedServer &server : servers) {
        if (server.serverId.isEmpty()) {
            result.append({&m_inUse, {}, server.name});
            continue;
        }
        std::unique_ptr<Server> &slot = m_others[*server.scope.key()];
        if (!slot)
            slot = std::make_unique<Server>(m_db, m_config, server.scope);
        result.append({slot.get(), server.serverId, server.name});
    }
    return result;
}

MergedHome::Rows MergedHome::read(int limit)
{
    const QList<Source> servers = sources();
    Rows rows;
    rows.continueWatching = mergeByRecency(servers, &HomeRepository::continueWatchingPlayed, limit);
    rows.nextUp = mergeByRecency(servers, &HomeRepository::nextUpPlayed, limit);
    rows.latest = latestOf(servers, limit);
    for (const Source &source : servers) {
        if (!source.serverId.isEmpty())
            rows.otherServerNames.insert(source.serverId, source.name);
    }
    return rows;
}

QList<ItemSummary> MergedHome::mergeByRecency(const QList<Source> &servers,
                                              QList<HomeRepository::Played> (HomeRepository::*rows)(int), int limit)
{
    QList<HomeRepository::Played> merged;
    for (const Source &source : servers) {
        QList<HomeRepository::Played> own = (source.server->home.*rows)(limit);
        for (HomeRepository::Played &row : own)
            row.item.serverId = source.serverId;
        merged << own;
    }
    // Stable: one server's rows that were played at the same moment keep that server's order.
    std::stable_sort(merged.begin(), merged.end(),
                     [](const HomeRepository::Played &a, const HomeRepository::Played &b) {
                         return a.lastPlayedAt > b.lastPlayedAt;
                     });
    QList<ItemSummary> items;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, merged.size()); ++i)
        items << merged.at(i).item;
    return items;
}

QList<MergedHome::LatestRow> MergedHome::latestOf(const QList<Source> &servers, int limit)
{
    QList<LatestRow> rows;
    QHash<QString, int> rowsNamed;
    for (const Source &source : servers) {
        const QList<Library> libraries = source.server->libraries.all();
        for (const Library &library : libraries) {
            QList<ItemSummary> items = source.server->home.latest(library.id, libraryItemType(library), limit);
            for (ItemSummary &item : items)
                item.serverId = source.serverId;
            rows.append({library, source.serverId, source.name, std::move(items)});
            ++rowsNamed[library.name.toCaseFolded()];
        }
    }
    for (LatestRow &row : rows) {
        if (rowsNamed.value(row.library.name.toCaseFolded()) < 2)
            row.serverName.clear();
    }
    return rows;
}

} // namespace marquee
