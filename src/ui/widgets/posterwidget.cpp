// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterwidget.h"

#include "ui/widgets/widgetimage.h"

#include <QPainter>

namespace marquee {

PosterWidget::PosterWidget(ImageCache &images, int width, QWidget *parent)
    : QWidget(parent)
    , m_image(new WidgetImage(images, this))
{
    setFixedSize(width, width * 3 / 2);
}

void PosterWidget::setPoster(const PosterPainter::Poster &poster)
{
    m_poster = poster;
    m_image->setSource(poster.itemId, ImageType::Primary, poster.imageTag);
    update();
}

void PosterWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    PosterPainter::paint(&painter, QRectF(rect()), m_poster, palette(), m_image->image(size()));
}

} // namespace marquee
