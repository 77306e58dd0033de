// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/libraryquery.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <map>
#include <memory>
#include <optional>

namespace marquee {

/// @brief Short indexed reads for the pages; safe on the GUI thread because each touches one page of rows.
///
/// Library pages use keyset paging on (sort key, sort_name, id) through the indexes of each sort order: the 500th
/// page costs what the first does, where OFFSET 50000 costs 80× more (perf-limits.md, 1c‴). It reads the rows of
/// one server (@p scope), the active one unless told otherwise.
class ItemReader
{
public:
    explicit ItemReader(QSqlDatabase db, ServerScope scope = ServerScope::active());

    /// One page of a library in the view's sort order and filters; series come with their unplayed episodes
    /// counted, and in a view sorted by rating every item with its rating.
    [[nodiscard]] LibraryRows libraryPage(const LibraryPageRequest &request);
    [[nodiscard]] int countInLibrary(const QString &libraryId, ItemType type);
    /// How many rows the view's filters let through; the grid's row count.
    [[nodiscard]] int countInView(const LibraryQuery &query);
    /// The genres of a library's items of @p type, sorted, for the genre filter.
    [[nodiscard]] QStringList genresInLibrary(const QString &libraryId, ItemType type);
    [[nodiscard]] std::optional<MediaItem> item(const QString &id);
    /// Seasons of a series or episodes of a season, in their order.
    [[nodiscard]] QList<MediaItem> children(const QString &parentId);
    /// Offline title search over the FTS index; each word matches as a prefix.
    [[nodiscard]] QList<ItemSummary> search(const QString &text, int limit);

private:
    /// Sets each series' unplayedEpisodes from the cached episodes and the user's played marks.
    void countUnplayedEpisodes(QList<ItemSummary> &series);
    /// The prepared statement of one library view's shape, prepared on first use; a view has a few dozen shapes.
    SqlStatement &statementFor(const LibrarySql &query);

    QSqlDatabase m_db;
    ServerScope m_scope;
    std::map<QString, std::unique_ptr<SqlStatement>> m_viewStatements;
    SqlStatement m_genres;
    SqlStatement m_item;
    SqlStatement m_children;
    SqlStatement m_search;
    SqlStatement m_unplayedEpisodes;
};

} // namespace marquee
