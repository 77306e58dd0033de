// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QAbstractListModel>
#include <QHash>

namespace marquee {

/// @brief A short, fully loaded list of items: a Home row, the seasons or the episodes of a show.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ItemListModel(QObject *parent = nullptr);

    /// Replaces the rows; when they are the same items in the same order only the changed rows are updated, so
    /// views keep their selection and scroll position.
    void setItems(const QList<ItemSummary> &items);
    [[nodiscard]] const QList<ItemSummary> &items() const { return m_items; }
    /// The row's item; @p row must be valid.
    [[nodiscard]] const ItemSummary &itemAt(int row) const;
    /// The row of the item with this id, or -1.
    [[nodiscard]] int rowOf(const QString &itemId) const;
    /// The names of the servers other than the one in use, by id: a row of one of them says which under its title
    /// (a Home row holds the same film twice when two servers have it started).
    void setServerNames(const QHash<QString, QString> &names);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] bool hasSameIdsInOrder(const QList<ItemSummary> &items) const;

    QList<ItemSummary> m_items;
    QHash<QString, QString> m_serverNames;
};

} // namespace marquee
