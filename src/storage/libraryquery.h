// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/libraryview.h"
#include "core/mediaitem.h"

#include <QList>
#include <QPair>
#include <QVariant>
#include <optional>

namespace marquee {

/// Which rows of a library a grid shows, and in which order.
struct LibraryQuery
{
    QString libraryId;
    ItemType type = ItemType::Movie;
    LibraryView view;
};

/// A row's place in its order: the sort key (unused when sorting by name), the sort name, the id.
struct PageCursor
{
    QVariant sortKey;
    QString sortName;
    QString id;
};

/// One page of a library in the view's order. With a cursor the page starts strictly after (or ends strictly
/// before) that row, at the cost of one index seek; without one it skips @c offset rows, which walks the index
/// (≈5 ms per 100,000 rows) and is meant for a jump of the scroll bar to a place nothing around is loaded yet.
struct LibraryPageRequest
{
    LibraryQuery query;
    std::optional<PageCursor> after;
    std::optional<PageCursor> before;
    int offset = 0;
    int limit = 200;
    /// The view's row count when the caller knows it: a jump past the middle then walks from the far end.
    int total = 0;
};

/// A page of rows and the cursors of its first and last row, for reading its neighbours.
struct LibraryRows
{
    QList<ItemSummary> items;
    PageCursor first;
    PageCursor last;
};

/// @brief The SQL of a library view and the values to bind, built from the view's enums and flags only: nothing
/// the user typed becomes SQL text.
struct LibrarySql
{
    QString sql;
    QList<QPair<QString, QVariant>> values;

    /// SELECT of ItemRowMapper::summaryColumns() plus the sort key as the last column. Without a cursor it reads
    /// the first page: a page at an offset starts after cursorAt(offset - 1).
    [[nodiscard]] static LibrarySql page(const LibraryPageRequest &request);
    /// The sort key, sort name and id of the row at @p offset: only the index is walked, where an offset on
    /// page() would also join the user data of every skipped row (measured 5 ms against 200–900 ms at 100,000).
    [[nodiscard]] static LibrarySql cursorAt(const LibraryQuery &query, int offset);
    [[nodiscard]] static LibrarySql count(const LibraryQuery &query);
};

/// Turns what the user typed into an FTS5 query of quoted prefix terms, so that no input is read as syntax; empty
/// when the text has no word in it.
[[nodiscard]] QString ftsPrefixQuery(const QString &text);

} // namespace marquee
