// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/librarygridmodel.h"

#include "storage/itemreader.h"
#include "ui/models/itemroles.h"

namespace marquee {

LibraryGridModel::LibraryGridModel(ItemReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

void LibraryGridModel::setLibrary(const QString &libraryId, ItemType type)
{
    beginResetModel();
    m_libraryId = libraryId;
    m_type = type;
    m_items.clear();
    m_atEnd = libraryId.isEmpty();
    endResetModel();
}

void LibraryGridModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

const ItemSummary &LibraryGridModel::itemAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_items.size());
    return m_items.at(row);
}

int LibraryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant LibraryGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return ItemRoles::data(m_items.at(index.row()), role);
}

QHash<int, QByteArray> LibraryGridModel::roleNames() const
{
    return ItemRoles::roleNames();
}

bool LibraryGridModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LibraryGridModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ItemSummary> page = readNextPage();
    if (page.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_items.append(page);
    endInsertRows();
}

void LibraryGridModel::reload()
{
    const qsizetype wanted = qMax<qsizetype>(m_items.size(), 1);
    beginResetModel();
    m_items.clear();
    m_atEnd = m_libraryId.isEmpty();
    while (!m_atEnd && m_items.size() < wanted)
        m_items.append(readNextPage());
    endResetModel();
}

QList<ItemSummary> LibraryGridModel::readNextPage()
{
    LibraryPageRequest request;
    request.libraryId = m_libraryId;
    request.type = m_type;
    request.limit = m_pageSize;
    if (!m_items.isEmpty())
        request.after = PageCursor{m_items.constLast().sortName, m_items.constLast().id};
    QList<ItemSummary> page = m_reader.libraryPage(request);
    // A short page means the end; a failed read (already logged) ends paging too, instead of retrying per scroll.
    m_atEnd = page.size() < m_pageSize;
    return page;
}

} // namespace marquee
