// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// Where the previous page ended; the next page starts strictly after it.
struct PageCursor
{
    QString sortName;
    QString id;
};

struct LibraryPageRequest
{
    QString libraryId;
    ItemType type = ItemType::Movie;
    std::optional<PageCursor> after;
    int limit = 200;
};

/// @brief Short indexed reads for the pages; safe on the GUI thread because each touches one page of rows.
///
/// Library pages use keyset paging on (sort_name, id) through a covering index: the 500th page costs what the
/// first does, where OFFSET 50000 costs 80× more (perf-limits.md, 1c‴).
class ItemReader
{
public:
    explicit ItemReader(QSqlDatabase db);

    [[nodiscard]] QList<ItemSummary> libraryPage(const LibraryPageRequest &request);
    [[nodiscard]] int countInLibrary(const QString &libraryId, ItemType type);
    [[nodiscard]] std::optional<MediaItem> item(const QString &id);
    /// Seasons of a series or episodes of a season, in their order.
    [[nodiscard]] QList<MediaItem> children(const QString &parentId);
    /// Offline title search over the FTS index; each word matches as a prefix.
    [[nodiscard]] QList<ItemSummary> search(const QString &text, int limit);

private:
    SqlStatement m_firstPage;
    SqlStatement m_nextPage;
    SqlStatement m_count;
    SqlStatement m_item;
    SqlStatement m_children;
    SqlStatement m_search;
};

} // namespace marquee
