// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/librarygridmodel.h"

#include "storage/itemreader.h"
#include "ui/models/itemroles.h"

#include <cstdlib>
#include <utility>

namespace marquee {

LibraryGridModel::LibraryGridModel(ItemReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

void LibraryGridModel::setLibrary(const QString &libraryId, ItemType type)
{
    setQuery({libraryId, type, {}});
}

void LibraryGridModel::setView(const LibraryView &view)
{
    LibraryQuery query = m_query;
    query.view = view;
    setQuery(query);
}

void LibraryGridModel::setQuery(const LibraryQuery &query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_count = m_query.libraryId.isEmpty() ? 0 : m_reader.countInView(m_query);
    endResetModel();
}

void LibraryGridModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void LibraryGridModel::reload(int firstVisibleRow, int lastVisibleRow)
{
    const int before = m_count;
    const int after = m_query.libraryId.isEmpty() ? 0 : m_reader.countInView(m_query);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_count = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_count = after;
        endRemoveRows();
    }
    // Swapped out last: a view may read rows while the count changes, and those reads used the old count.
    const std::map<int, LibraryRows> shown = std::exchange(m_pages, {});
    const int first = std::max(firstVisibleRow, 0);
    const int last = std::min(lastVisibleRow, m_count - 1);
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = first; row <= last; ++row) {
        const auto old = shown.find(row / m_pageSize);
        const int inPage = row % m_pageSize;
        const bool known = old != shown.end() && inPage < old->second.items.size();
        if (known && itemAt(row) == old->second.items.at(inPage))
            continue;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
}

ItemSummary LibraryGridModel::itemAt(int row) const
{
    const LibraryRows *page = pageOf(row);
    const int inPage = row % m_pageSize;
    return page && inPage < page->items.size() ? page->items.at(inPage) : ItemSummary{};
}

int LibraryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LibraryGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return ItemRoles::data(itemAt(index.row()), role);
}

QHash<int, QByteArray> LibraryGridModel::roleNames() const
{
    return ItemRoles::roleNames();
}

const LibraryRows *LibraryGridModel::pageOf(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    if (const auto it = m_pages.find(page); it != m_pages.end())
        return &it->second;
    LibraryRows rows = readPage(page);
    dropPagesFarFrom(page);
    return &m_pages.insert_or_assign(page, std::move(rows)).first->second;
}

LibraryRows LibraryGridModel::readPage(int page) const
{
    LibraryPageRequest request;
    request.query = m_query;
    request.limit = m_pageSize;
    request.total = m_count;
    // A neighbour's cursor makes the read one index seek wherever the page is; only a jump pays for an offset.
    if (const auto previous = m_pages.find(page - 1); page > 0 && previous != m_pages.end()) {
        if (!previous->second.items.isEmpty())
            request.after = previous->second.last;
    } else if (const auto next = m_pages.find(page + 1); next != m_pages.end() && !next->second.items.isEmpty()) {
        request.before = next->second.first;
    }
    if (!request.after && !request.before)
        request.offset = page * m_pageSize;
    return m_reader.libraryPage(request);
}

void LibraryGridModel::dropPagesFarFrom(int page) const
{
    while (int(m_pages.size()) >= MaxLoadedPages) {
        const auto first = m_pages.begin();
        const auto last = std::prev(m_pages.end());
        m_pages.erase(std::abs(first->first - page) >= std::abs(last->first - page) ? first : last);
    }
}

} // namespace marquee
