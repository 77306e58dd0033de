// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "core/mediaitem.h"
#include "storage/homerepository.h"
#include "storage/libraryrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <map>
#include <memory>

namespace marquee {

class CacheConfig;

/**
 * @brief The Home page's rows over every saved server's cache (#14): Continue Watching and Next Up merged newest
 * first, then each server's Latest rows, the server in use first.
 *
 * Another server's items carry its id (ItemSummary::serverId), so the page knows to switch to that server before
 * opening one. Everything is read from the cache and the local user data, so a server that is down or signed out
 * still shows what was cached of it. With no saved server (tests, a first sync), it is the server in use alone.
 */
class MergedHome
{
public:
    /// One library's newest additions.
    struct LatestRow
    {
        Library library;
        QString serverId;   ///< empty for the server in use, as on ItemSummary
        QString serverName; ///< set where another server has a library of the same name, to tell the rows apart
        QList<ItemSummary> items;
    };

    /// Everything the page shows, read from one look at the saved servers.
    struct Rows
    {
        QList<ItemSummary> continueWatching;
        QList<ItemSummary> nextUp;
        QList<LatestRow> latest;
        QHash<QString, QString> otherServerNames; ///< by server id, told apart where two share one
    };

    MergedHome(QSqlDatabase db, const CacheConfig &config);
    ~MergedHome();

    /// At most @p limit items in each row.
    [[nodiscard]] Rows read(int limit);

    /// The server in use alone (the rows' repositories for its scope).
    [[nodiscard]] HomeRepository &inUse() { return m_inUse.home; }

private:
    struct Server
    {
        Server(QSqlDatabase db, const CacheConfig &config, ServerScope scope);
        HomeRepository home;
        LibraryRepository libraries;
    };
    struct Source
    {
        Server *server;
        QString serverId; ///< empty for the server in use
        QString name;
    };

    /// The server in use first, then the other saved servers that have a cache, in the order they were added.
    [[nodiscard]] QList<Source> sources();
    [[nodiscard]] static QList<ItemSummary> mergeByRecency(const QList<Source> &servers,
                                                           QList<HomeRepository::Played> (HomeRepository::*rows)(int),
                                                           int limit);
    [[nodiscard]] static QList<LatestRow> latestOf(const QList<Source> &servers, int limit);

    QSqlDatabase m_db;
    const CacheConfig &m_config;
    Server m_inUse;
    std::map<qint64, std::unique_ptr<Server>> m_others; ///< by cache key, made the first time that server shows
};

} // namespace marquee
