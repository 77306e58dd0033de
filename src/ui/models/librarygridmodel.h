// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/libraryquery.h"

#include <QAbstractListModel>
#include <map>

namespace marquee {

class ItemReader;

/// @brief One library's items for the poster grid, in the view's sort order and filters, read from the cache a
/// page at a time as the view asks for rows.
///
/// The row count is the whole view's from the start, so the grid is laid out once and scrolls without the
/// relayout that appending rows caused (≈100 ms per page at 100,000 rows). A page is read when a row of it is
/// first painted: by keyset from a loaded neighbour (one index seek), or by offset after a jump of the scroll bar.
/// At most MaxLoadedPages stay in memory; the ones farthest from what is read are dropped.
class LibraryGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxLoadedPages = 50;

    explicit LibraryGridModel(ItemReader &reader, QObject *parent = nullptr);

    /// Shows another library with the default view.
    void setLibrary(const QString &libraryId, ItemType type);
    /// Shows the library sorted and filtered as @p view says.
    void setView(const LibraryView &view);
    /// Shows another library in the given view, in one reset.
    void setQuery(const LibraryQuery &query);
    [[nodiscard]] const LibraryQuery &query() const { return m_query; }
    [[nodiscard]] QString libraryId() const { return m_query.libraryId; }
    /// Rows per read; takes effect with the next setLibrary(), setView() or reload().
    void setPageSize(int rows);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] int loadedPageCount() const { return int(m_pages.size()); }
    /// The row's item, read from the cache if its page is not loaded; empty for a row the cache no longer has.
    [[nodiscard]] ItemSummary itemAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the cache in place: the rows keep their places (and the view its scroll position and current row);
    /// rows the view gained or lost come or go at the end. The rows from @p firstVisibleRow to @p lastVisibleRow
    /// are read again now, and only those that differ are announced, so a refresh landing elsewhere in the
    /// library repaints nothing; every other page is read again when it is next shown.
    void reload(int firstVisibleRow, int lastVisibleRow);

private:
    /// The loaded page holding @p row, read now if needed; nullptr if the row is out of range.
    const LibraryRows *pageOf(int row) const;
    [[nodiscard]] LibraryRows readPage(int page) const;
    void dropPagesFarFrom(int page) const;

    ItemReader &m_reader;
    LibraryQuery m_query;
    int m_count = 0;
    int m_pageSize = DefaultPageSize;
    // Filled lazily from the const data(), as QSqlQueryModel does; the GUI thread alone touches it.
    mutable std::map<int, LibraryRows> m_pages;
};

} // namespace marquee
