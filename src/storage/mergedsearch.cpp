// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/mergedsearch.h"

#include "storage/serverdirectory.h"

namespace marquee {

MergedSearch::MergedSearch(QSqlDatabase db)
    : m_db(db)
    , m_inUse(db, ServerScope::active())
{
}

MergedSearch::~MergedSearch() = default;

QList<MergedSearch::ServerResults> MergedSearch::search(const QString &text, int limitPerServer)
{
    QList<ServerResults> results;
    if (text.trimmed().isEmpty())
        return results;
    const QList<CachedServer> servers = ServerDirectory::cachedServers(m_db);
    for (const CachedServer &server : servers) {
        ItemReader *reader = &m_inUse;
        if (!server.serverId.isEmpty()) {
            std::unique_ptr<ItemReader> &slot = m_others[*server.scope.key()];
            if (!slot)
                slot = std::make_unique<ItemReader>(m_db, server.scope);
            reader = slot.get();
        }
        QList<ItemSummary> items = reader->search(text, limitPerServer);
        if (items.isEmpty())
            continue;
        for (ItemSummary &item : items)
            item.serverId = server.serverId;
        results.append({server.serverId, server.name, items});
    }
    return results;
}

} // namespace marquee
