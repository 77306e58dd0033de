// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/itemlistmodel.h"

#include "ui/models/itemroles.h"

#include <algorithm>

namespace marquee {

ItemListModel::ItemListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ItemListModel::setItems(const QList<ItemSummary> &items)
{
    if (!hasSameIdsInOrder(items)) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    // The same rows re-read after a refresh: a reset would drop the view's selection and scroll position.
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (m_items.at(row) == items.at(row))
            continue;
        m_items[row] = items.at(row);
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed);
    }
}

bool ItemListModel::hasSameIdsInOrder(const QList<ItemSummary> &items) const
{
    return std::equal(m_items.cbegin(), m_items.cend(), items.cbegin(), items.cend(),
                      [](const ItemSummary &a, const ItemSummary &b) { return a.id == b.id; });
}

const ItemSummary &ItemListModel::itemAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_items.size());
    return m_items.at(row);
}

int ItemListModel::rowOf(const QString &itemId) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return int(row);
    }
    return -1;
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

void ItemListModel::setServerNames(const QHash<QString, QString> &names)
{
    if (names == m_serverNames)
        return;
    m_serverNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {ItemRoles::SubtitleRole});
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemSummary &item = m_items.at(index.row());
    if (role == ItemRoles::SubtitleRole && !item.serverId.isEmpty()) {
        const QString server = m_serverNames.value(item.serverId);
        const QString subtitle = ItemRoles::data(item, role).toString();
        if (!server.isEmpty())
            return subtitle.isEmpty() ? server : server + QStringLiteral(" · ") + subtitle;
    }
    return ItemRoles::data(item, role);
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return ItemRoles::roleNames();
}

} // namespace marquee
