// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QWidget>

namespace marquee {

class ImageCache;
class ItemListModel;
class PlainLabel;
class PosterRow;

/// @brief One row of the Home page: a heading and a horizontally scrolling row of posters.
class HomeSection : public QWidget
{
    Q_OBJECT

public:
    HomeSection(const QString &title, ImageCache &images, QWidget *parent = nullptr);

    /// Shows @p items, keeping the selected poster and the sideways scroll; hides the section when empty.
    void setItems(const QList<ItemSummary> &items);
    [[nodiscard]] QString title() const;
    void setTitle(const QString &title);
    [[nodiscard]] ItemListModel *model() const { return m_model; }
    [[nodiscard]] PosterRow *row() const { return m_row; }

Q_SIGNALS:
    void itemActivated(const marquee::ItemSummary &item);
    /// A right-click on @p item's poster.
    void menuRequested(const marquee::ItemSummary &item, const QPoint &globalPosition);

private:
    void activate(const QModelIndex &index);

    PlainLabel *m_heading;
    ItemListModel *m_model;
    PosterRow *m_row;
};

} // namespace marquee
