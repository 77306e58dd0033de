// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QAbstractListModel>

namespace marquee {

class ItemReader;

/// @brief One library's items for the poster grid, read from the cache a page at a time.
///
/// Rows are plain ItemSummary values. fetchMore() continues after the last row with keyset paging on
/// (sort_name, id), so the 500th page costs what the first does and ties in sort names are never skipped
/// or repeated. Each page is one short indexed read, fine on the GUI thread (design.md, Threads).
class LibraryGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    explicit LibraryGridModel(ItemReader &reader, QObject *parent = nullptr);

    /// Shows another library; rows arrive with the next fetchMore().
    void setLibrary(const QString &libraryId, ItemType type);
    [[nodiscard]] QString libraryId() const { return m_libraryId; }
    void setPageSize(int rows);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    /// The row's item; @p row must be valid.
    [[nodiscard]] const ItemSummary &itemAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    /// Re-reads the cache, keeping as many rows loaded as before so the view keeps its place.
    void reload();

private:
    QList<ItemSummary> readNextPage();

    ItemReader &m_reader;
    QString m_libraryId;
    ItemType m_type = ItemType::Movie;
    QList<ItemSummary> m_items;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true;
};

} // namespace marquee
