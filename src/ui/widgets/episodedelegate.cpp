// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/episodedelegate.h"

#include "core/ticks.h"
#include "ui/models/itemroles.h"
#include "ui/widgets/itemviewimages.h"
#include "ui/widgets/posterpainter.h"
#include "ui/widgets/secondarytext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace marquee {

namespace {
constexpr int Padding = 10;
constexpr int NumberWidth = 44;
constexpr int MarkSize = 18;
constexpr int ThumbHeight = 64;
constexpr int ThumbWidth = ThumbHeight * 16 / 9; // episode stills are 16:9

QString detailText(const QModelIndex &index)
{
    QStringList parts;
    const QString runtime = ItemRoles::runtimeText(index.data(ItemRoles::RunTimeTicksRole).toLongLong());
    if (!runtime.isEmpty())
        parts << runtime;
    if (index.data(ItemRoles::PlayedRole).toBool()) {
        parts << QCoreApplication::translate("DetailsText", "Played");
    } else if (const qint64 position = index.data(ItemRoles::PositionTicksRole).toLongLong(); position > 0) {
        const qint64 minutes = ticksToMs(position) / 60'000;
        parts << QCoreApplication::translate("DetailsText", "Stopped at %1 min").arg(QLocale().toString(minutes));
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

EpisodeDelegate::EpisodeDelegate(ImageCache &images, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_images(new ItemViewImages(images, view))
{
}

QSize EpisodeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {320, 2 * Padding + qMax(ThumbHeight, 2 * metrics.lineSpacing() + 8)};
}

QRect EpisodeDelegate::detailRect(const QRect &cell, const QFont &font, bool played)
{
    const QRect rect = cell.adjusted(Padding, Padding, -Padding, -Padding);
    const int lineSpacing = QFontMetrics(font).lineSpacing();
    const int textLeft = rect.left() + ThumbWidth + Padding + NumberWidth;
    const int textWidth = rect.right() - textLeft - (played ? MarkSize + Padding : 0);
    const int textTop = rect.center().y() - (2 * lineSpacing + 8) / 2;
    return {textLeft, textTop + lineSpacing, textWidth, lineSpacing};
}

void EpisodeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The base draws the selection and hover background in the style's own way; the text is ours.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = SecondaryText::color(text, palette.color(selected ? QPalette::Highlight : QPalette::Base));
    const QRect rect = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics metrics(option.font);

    painter->save();
    const QRectF thumb(rect.left(), rect.center().y() - ThumbHeight / 2.0, ThumbWidth, ThumbHeight);
    const QString itemId = index.data(ItemRoles::IdRole).toString();
    const ImageSpec spec{itemId, ImageType::Primary, index.data(ItemRoles::ImageTagRole).toString(),
                         devicePixelSize(thumb.size(), painter->device()->devicePixelRatioF())};
    PosterPainter::paint(painter, thumb,
                         {itemId, index.data(ItemRoles::TitleRole).toString(), false, 0.0, {},
                          index.data(ItemRoles::DownloadedRole).toBool()},
                         palette,
                         m_images->image(spec, index));

    QFont numberFont = option.font;
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.3);
    numberFont.setBold(true);
    painter->setFont(numberFont);
    painter->setPen(dim);
    const QVariant number = index.data(ItemRoles::IndexNumberRole);
    const int numberLeft = rect.left() + ThumbWidth + Padding;
    painter->drawText(QRect(numberLeft, rect.top(), NumberWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      number.isValid() ? number.toString() : QString());

    const bool played = index.data(ItemRoles::PlayedRole).toBool();
    const QRect detailLine = detailRect(option.rect, option.font, played);
    const QRect titleLine = detailLine.translated(0, -metrics.lineSpacing());
    const int textLeft = titleLine.left();
    const int textWidth = titleLine.width();
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(titleFont).elidedText(index.data(ItemRoles::TitleRole).toString(),
                                                         Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(detailLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      metrics.elidedText(detailText(index), Qt::ElideRight, textWidth));

    painter->setRenderHint(QPainter::Antialiasing);
    const double progress = index.data(ItemRoles::ProgressRole).toDouble();
    if (progress > 0.0) {
        const QRectF track(textLeft, detailLine.bottom() + 4, qMin(textWidth, 240), 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Mid));
        painter->drawRoundedRect(track, 2, 2);
        painter->setBrush(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * progress, track.height())), 2, 2);
    }
    if (played) {
        const QRectF mark(rect.right() - MarkSize, rect.center().y() - MarkSize / 2.0, MarkSize, MarkSize);
        QPainterPath check;
        check.moveTo(mark.left() + MarkSize * 0.15, mark.top() + MarkSize * 0.55);
        check.lineTo(mark.left() + MarkSize * 0.40, mark.top() + MarkSize * 0.80);
        check.lineTo(mark.left() + MarkSize * 0.88, mark.top() + MarkSize * 0.22);
        painter->setPen(QPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2.5,
                             Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
    }
    painter->restore();
}

} // namespace marquee
