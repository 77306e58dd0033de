// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace marquee {

class ImageCache;
class ItemViewImages;

/// @brief One episode row: a thumbnail (the episode's still), number, title, runtime, a played mark and a progress
/// bar when started.
class EpisodeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Parented to @p view, whose rows it loads thumbnails for.
    EpisodeDelegate(ImageCache &images, QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Where the second line (runtime, where the user stopped) of the row at @p cell is drawn.
    [[nodiscard]] static QRect detailRect(const QRect &cell, const QFont &font, bool played);

private:
    ItemViewImages *m_images;
};

} // namespace marquee
