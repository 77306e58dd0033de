// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/librarysearch.h"

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace marquee {

LibrarySearch::LibrarySearch(const Database &database)
    : m_database(database)
{
    m_pool.setObjectName(QStringLiteral("LibrarySearch"));
    // One search at a time, in the order typed; a newer one makes an older one's results moot, not wrong.
    m_pool.setMaxThreadCount(1);
}

LibrarySearch::~LibrarySearch()
{
    m_pool.waitForDone();
}

QFuture<QList<MergedSearch::ServerResults>> LibrarySearch::search(const QString &text, int limitPerServer)
{
    const Database *database = &m_database;
    return QtConcurrent::run(&m_pool, [database, text, limitPerServer] {
        const ThreadConnectionScope connection(*database);
        return MergedSearch(database->connection()).search(text, limitPerServer);
    });
}

} // namespace marquee
