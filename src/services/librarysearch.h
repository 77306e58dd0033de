// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/mergedsearch.h"

#include <QFuture>
#include <QThreadPool>

namespace marquee {

class Database;

/// @brief The window's search over every saved server's cache (MergedSearch), run on a thread of its own: a word of
/// one or two letters matches most of a large library, and ranking those matches takes 40–60 ms per server on
/// 100,000 items, too long for the GUI thread between two key presses.
class LibrarySearch
{
public:
    explicit LibrarySearch(const Database &database);
    ~LibrarySearch();

    /// At most @p limitPerServer titles of each server, as MergedSearch::search reads them.
    [[nodiscard]] QFuture<QList<MergedSearch::ServerResults>> search(const QString &text, int limitPerServer);

private:
    const Database &m_database;
    QThreadPool m_pool; // last: waited for first
};

} // namespace marquee
