// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/itemreader.h"

#include <QSqlDatabase>
#include <map>
#include <memory>

namespace marquee {

/**
 * @brief The window's search over every saved server's cache at once (#14), offline as online: each server's titles
 * that match, best first, the server in use first, then the others in the order they were added.
 *
 * Another server's results carry its id (ItemSummary::serverId), so the page knows to switch to that server before
 * opening one, and its name, so that each result says where it lives.
 */
class MergedSearch
{
public:
    /// One server's matches.
    struct ServerResults
    {
        QString serverId;   ///< empty for the server in use
        QString serverName; ///< told apart where two servers share a name
        QList<ItemSummary> items;
    };

    explicit MergedSearch(QSqlDatabase db);
    ~MergedSearch();

    /// At most @p limitPerServer titles of each server that has any; none for text without a word in it.
    [[nodiscard]] QList<ServerResults> search(const QString &text, int limitPerServer);

private:
    QSqlDatabase m_db;
    ItemReader m_inUse;
    std::map<qint64, std::unique_ptr<ItemReader>> m_others; ///< by cache key, made the first time that server matches
};

} // namespace marquee
