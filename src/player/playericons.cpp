// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playericons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace marquee {

namespace {

constexpr int Size = 64;

QPainterPath speaker()
{
    QPainterPath path;
    path.addPolygon(QPolygonF({{8, 24}, {20, 24}, {34, 10}, {34, 54}, {20, 40}, {8, 40}}));
    path.closeSubpath();
    return path;
}

void draw(QPainter &painter, PlayerIcons::Glyph glyph)
{
    const QPen outline(Qt::white, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (glyph) {
    case PlayerIcons::Glyph::Play:
        painter.drawPolygon(QPolygonF({{18, 10}, {54, 32}, {18, 54}}));
        break;
    case PlayerIcons::Glyph::Pause:
        painter.drawRect(QRectF(14, 10, 12, 44));
        painter.drawRect(QRectF(38, 10, 12, 44));
        break;
    case PlayerIcons::Glyph::FullScreen:
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF &corner : {QPolygonF({{8, 22}, {8, 8}, {22, 8}}), QPolygonF({{42, 8}, {56, 8}, {56, 22}}),
                                        QPolygonF({{56, 42}, {56, 56}, {42, 56}}), QPolygonF({{22, 56}, {8, 56}, {8, 42}})})
            painter.drawPolyline(corner);
        break;
    case PlayerIcons::Glyph::Volume:
        painter.drawPath(speaker());
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(28, 18, 20, 28), -60 * 16, 120 * 16);
        painter.drawArc(QRectF(26, 8, 30, 48), -60 * 16, 120 * 16);
        break;
    case PlayerIcons::Glyph::Back:
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QLineF(54, 32, 12, 32));
        painter.drawPolyline(QPolygonF({{28, 14}, {10, 32}, {28, 50}}));
        break;
    case PlayerIcons::Glyph::Muted:
        painter.drawPath(speaker());
        painter.setPen(outline);
        painter.drawLine(QLineF(42, 22, 58, 42));
        painter.drawLine(QLineF(58, 22, 42, 42));
        break;
    }
}

} // namespace

QIcon PlayerIcons::icon(Glyph glyph)
{
    QIcon icon;
    for (const auto &[mode, opacity] : {std::pair{QIcon::Normal, 1.0}, std::pair{QIcon::Disabled, 0.3}}) {
        QPixmap pixmap(Size, Size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(opacity);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        draw(painter, glyph);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

} // namespace marquee
