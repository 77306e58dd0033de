// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterdelegate.h"

#include "ui/models/itemroles.h"
#include "ui/widgets/itemviewimages.h"
#include "ui/widgets/posterpainter.h"
#include "ui/widgets/secondarytext.h"

#include <QAbstractItemView>
#include <QPainter>

namespace marquee {

namespace {
constexpr int Padding = 8;
constexpr int CaptionGap = 6;
} // namespace

PosterDelegate::PosterDelegate(ImageCache &images, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_images(new ItemViewImages(images, view))
{
}

void PosterDelegate::setPosterWidth(int pixels)
{
    m_posterWidth = qMax(40, pixels);
}

void PosterDelegate::setShape(Shape shape)
{
    m_shape = shape;
}

int PosterDelegate::imageHeight() const
{
    return m_shape == Shape::Poster ? m_posterWidth * 3 / 2 : m_posterWidth * 9 / 16;
}

QSize PosterDelegate::cellSize(const QFont &font) const
{
    const QFontMetrics metrics(font);
    return {m_posterWidth + 2 * Padding, Padding + imageHeight() + CaptionGap + 2 * metrics.lineSpacing() + Padding};
}

QSize PosterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(option.font);
}

void PosterDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect cell = option.rect;
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRectF poster(cell.left() + Padding, cell.top() + Padding, m_posterWidth, imageHeight());

    painter->save();
    // The cell's own background, a tint of the highlight over the view's: the caption below is drawn on it.
    QColor background = palette.color(QPalette::Base);
    if (selected || hovered) {
        QColor back = palette.color(QPalette::Highlight);
        back.setAlpha(selected ? 70 : 30);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(QRectF(cell).adjusted(2, 2, -2, -2), 8, 8);
        background = SecondaryText::composed(back, background);
    }

    PosterPainter::Poster data;
    data.itemId = index.data(ItemRoles::IdRole).toString();
    data.title = index.data(Qt::DisplayRole).toString();
    data.played = index.data(ItemRoles::PlayedRole).toBool();
    data.progress = index.data(ItemRoles::ProgressRole).toDouble();
    data.favorite = index.data(ItemRoles::FavoriteRole).toBool();
    data.unplayedEpisodes = index.data(ItemRoles::UnplayedEpisodesRole).toInt();
    data.downloaded = index.data(ItemRoles::DownloadedRole).toBool();
    const ImageSpec spec{data.itemId, ImageType::Primary, index.data(ItemRoles::ImageTagRole).toString(),
                         devicePixelSize(poster.size(), painter->device()->devicePixelRatioF()),
                         index.data(ItemRoles::ServerIdRole).toString()};
    PosterPainter::paint(painter, poster, data, palette, m_images->image(spec, index));

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(poster.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7);
    }

    const QFontMetrics metrics(option.font);
    const QRect subtitleLine = subtitleRect(cell, option.font);
    const QRect titleLine = subtitleLine.translated(0, -metrics.lineSpacing());
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString title = QFontMetrics(titleFont).elidedText(data.title, Qt::ElideRight, titleLine.width());
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);

    painter->setFont(option.font);
    painter->setPen(SecondaryText::color(palette.color(QPalette::Text), background));
    const QString subtitle =
        metrics.elidedText(index.data(ItemRoles::SubtitleRole).toString(), Qt::ElideRight, subtitleLine.width());
    painter->drawText(subtitleLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, subtitle);
    painter->restore();
}

QRect PosterDelegate::subtitleRect(const QRect &cell, const QFont &font) const
{
    const int lineSpacing = QFontMetrics(font).lineSpacing();
    const int top = cell.top() + Padding + imageHeight() + CaptionGap + lineSpacing;
    return {cell.left() + Padding, top, m_posterWidth, lineSpacing};
}

} // namespace marquee
