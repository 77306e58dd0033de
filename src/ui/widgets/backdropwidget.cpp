// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/backdropwidget.h"

#include "ui/widgets/posterpainter.h"

#include <QLinearGradient>
#include <QPainter>

namespace marquee {

BackdropWidget::BackdropWidget(int height, QWidget *parent)
    : QWidget(parent)
{
    setFixedHeight(height);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BackdropWidget::setBackdrop(const Backdrop &backdrop)
{
    m_backdrop = backdrop;
    update();
}

void BackdropWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = rect();
    // The poster's colour, so that the page and the poster in the grid it came from belong together.
    const QColor base = PosterPainter::colorFor(m_backdrop.itemId);
    QLinearGradient across(area.topLeft(), area.topRight());
    across.setColorAt(0, base.darker(170));
    across.setColorAt(0.6, base.darker(115));
    across.setColorAt(1, base.darker(150));
    painter.fillRect(area, across);
    // The bottom fades into the page, so the title below reads on the page's own colour.
    QColor page = palette().color(QPalette::Base);
    QLinearGradient down(area.topLeft(), area.bottomLeft());
    page.setAlpha(0);
    down.setColorAt(0.45, page);
    page.setAlpha(255);
    down.setColorAt(1, page);
    painter.fillRect(area, down);
}

} // namespace marquee
