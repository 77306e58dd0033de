// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace marquee {

class ImageCache;
class ItemViewImages;

/// @brief Paints one poster cell: the poster image (the placeholder until it is loaded, or if there is none), then
/// the title and the year below it, elided. Episode stills get a 16:9 cell of their own shape.
///
/// Every cell has the same size (the views set uniformItemSizes), and painting reads a handful of roles and
/// draws plain text, so a grid of 100,000 rows scrolls as fast as one of 100.
class PosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Parented to @p view, whose cells it loads images for.
    PosterDelegate(ImageCache &images, QAbstractItemView *view);

    enum class Shape {
        Poster, ///< 2:3, a movie's or a show's poster
        Still,  ///< 16:9, an episode's still: cropped into a poster it would be a blurry middle third
    };

    void setPosterWidth(int pixels);
    [[nodiscard]] int posterWidth() const { return m_posterWidth; }
    void setShape(Shape shape);
    [[nodiscard]] Shape shape() const { return m_shape; }
    /// The image's height in a cell: 3/2 of the width for a poster, 9/16 for a still.
    [[nodiscard]] int imageHeight() const;
    [[nodiscard]] QSize cellSize(const QFont &font) const;
    /// Where the second caption line (the year, an episode's number) of the cell at @p cell is drawn.
    [[nodiscard]] QRect subtitleRect(const QRect &cell, const QFont &font) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ItemViewImages *m_images;
    int m_posterWidth = 150;
    Shape m_shape = Shape::Poster;
};

} // namespace marquee
