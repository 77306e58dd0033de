// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterpainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace marquee::PosterPainter {

QColor colorFor(const QString &itemId)
{
    // FNV-1a, not qHash: Qt seeds qHash per process, and a poster should keep its colour between runs.
    quint32 hash = 2166136261u;
    for (const QChar c : itemId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360);
    const int saturation = 90 + int((hash >> 12) % 60);
    return QColor::fromHsl(hue, saturation, 92);
}

QString initialsOf(const QString &title)
{
    QString initials;
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                initials += c.toUpper();
                break;
            }
        }
        if (initials.size() == 2)
            break;
    }
    return initials;
}

namespace {
qreal badgeSize(const QRectF &poster);

void paintPlayedMark(QPainter *painter, const QRectF &poster, const QPalette &palette)
{
    const qreal size = badgeSize(poster);
    const QRectF badge(poster.right() - size - 6, poster.top() + 6, size, size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Highlight));
    painter->drawEllipse(badge);
    QPainterPath check;
    check.moveTo(badge.left() + size * 0.28, badge.top() + size * 0.52);
    check.lineTo(badge.left() + size * 0.44, badge.top() + size * 0.68);
    check.lineTo(badge.left() + size * 0.74, badge.top() + size * 0.34);
    painter->setPen(QPen(palette.color(QPalette::HighlightedText), qMax<qreal>(2, size / 9), Qt::SolidLine,
                         Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(check);
}

qreal badgeSize(const QRectF &poster)
{
    return qBound<qreal>(16, poster.width() / 7, 26);
}

/// A round badge in the top right corner with a number: the episodes of a series still to watch.
void paintCount(QPainter *painter, const QRectF &poster, int count, const QPalette &palette)
{
    const qreal size = badgeSize(poster);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(9, int(size * 0.55)));
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    const qreal width = qMax(size, QFontMetricsF(font).horizontalAdvance(text) + size * 0.6);
    const QRectF badge(poster.right() - width - 6, poster.top() + 6, width, size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Highlight));
    painter->drawRoundedRect(badge, size / 2, size / 2);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::HighlightedText));
    painter->drawText(badge, Qt::AlignCenter, text);
}

/// A heart in the top left corner, on a dark disc so it shows on any poster.
void paintFavorite(QPainter *painter, const QRectF &poster)
{
    const qreal size = badgeSize(poster);
    const QRectF badge(poster.left() + 6, poster.top() + 6, size, size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 150));
    painter->drawEllipse(badge);
    const qreal s = size * 0.56;
    const QPointF c = badge.center() + QPointF(0, s * 0.06);
    QPainterPath heart;
    heart.moveTo(c.x(), c.y() + s * 0.42);
    heart.cubicTo(c.x() - s * 0.62, c.y() - s * 0.02, c.x() - s * 0.38, c.y() - s * 0.58, c.x(), c.y() - s * 0.22);
    heart.cubicTo(c.x() + s * 0.38, c.y() - s * 0.58, c.x() + s * 0.62, c.y() - s * 0.02, c.x(), c.y() + s * 0.42);
    painter->setBrush(QColor(0xe8, 0x3b, 0x5a));
    painter->drawPath(heart);
}

/// A small dark disc with a downward arrow on a tray, in the bottom right corner above the progress bar's place:
/// "on this computer". The top corners hold the favourite and the played mark.
void paintDownloadedMark(QPainter *painter, const QRectF &poster)
{
    const qreal size = badgeSize(poster);
    const QRectF badge(poster.right() - size - 6, poster.bottom() - size - 19, size, size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(20, 20, 20, 200));
    painter->drawEllipse(badge);
    const qreal stroke = qMax<qreal>(1.6, size / 11);
    painter->setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const qreal x = badge.center().x();
    QPainterPath arrow;
    arrow.moveTo(x, badge.top() + size * 0.24);
    arrow.lineTo(x, badge.top() + size * 0.62);
    arrow.moveTo(x - size * 0.17, badge.top() + size * 0.46);
    arrow.lineTo(x, badge.top() + size * 0.62);
    arrow.lineTo(x + size * 0.17, badge.top() + size * 0.46);
    arrow.moveTo(badge.left() + size * 0.28, badge.top() + size * 0.76);
    arrow.lineTo(badge.right() - size * 0.28, badge.top() + size * 0.76);
    painter->drawPath(arrow);
}

void paintProgress(QPainter *painter, const QRectF &poster, double progress, const QPalette &palette)
{
    const qreal height = 5;
    const QRectF track(poster.left() + 8, poster.bottom() - height - 8, poster.width() - 16, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 140));
    painter->drawRoundedRect(track, height / 2, height / 2);
    QRectF done = track;
    done.setWidth(qMax(height, track.width() * progress));
    painter->setBrush(palette.color(QPalette::Highlight));
    painter->drawRoundedRect(done, height / 2, height / 2);
}
} // namespace

void paintImage(QPainter *painter, const QRectF &rect, const QImage &image, qreal radius)
{
    // A texture brush rather than a clip path: the rounded edge stays antialiased.
    const qreal scale = qMax(rect.width() / image.width(), rect.height() / image.height());
    QBrush brush(image);
    QTransform placement;
    placement.translate(rect.center().x() - image.width() * scale / 2, rect.center().y() - image.height() * scale / 2);
    placement.scale(scale, scale);
    brush.setTransform(placement);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setPen(Qt::NoPen);
    painter->setBrush(brush);
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
}

void paint(QPainter *painter, const QRectF &rect, const Poster &poster, const QPalette &palette, const QImage &image)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal radius = qMax<qreal>(4, rect.width() / 24);
    if (!image.isNull()) {
        paintImage(painter, rect, image, radius);
    } else {
        const QColor base = colorFor(poster.itemId);
        QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
        gradient.setColorAt(0, base.lighter(125));
        gradient.setColorAt(1, base.darker(140));
        painter->setPen(Qt::NoPen);
        painter->setBrush(gradient);
        painter->drawRoundedRect(rect, radius, radius);

        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(10, int(rect.width() / 3.6)));
        painter->setFont(font);
        painter->setPen(QColor(255, 255, 255, 225));
        // drawText with a QString paints plain text: markup in a server title is shown as characters.
        painter->drawText(rect, Qt::AlignCenter, initialsOf(poster.title));
    }

    if (poster.favorite)
        paintFavorite(painter, rect);
    if (poster.unplayedEpisodes > 0)
        paintCount(painter, rect, poster.unplayedEpisodes, palette);
    else if (poster.played)
        paintPlayedMark(painter, rect, palette);
    if (poster.downloaded)
        paintDownloadedMark(painter, rect);
    if (poster.progress > 0.0)
        paintProgress(painter, rect, poster.progress, palette);
    painter->restore();
}

} // namespace marquee::PosterPainter
