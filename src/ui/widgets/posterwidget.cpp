// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterwidget.h"

#include <QPainter>

namespace marquee {

PosterWidget::PosterWidget(int width, QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(width, width * 3 / 2);
}

void PosterWidget::setPoster(const PosterPainter::Poster &poster)
{
    m_poster = poster;
    update();
}

void PosterWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    PosterPainter::paint(&painter, QRectF(rect()), m_poster, palette());
}

} // namespace marquee
