// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/backdropwidget.h"

#include "ui/widgets/posterpainter.h"
#include "ui/widgets/widgetimage.h"

#include <QLinearGradient>
#include <QPainter>

namespace marquee {

namespace {
// Backdrops are 16:9. Asking in steps of this many logical pixels means resizing the window does not decode
// (and cache) a new copy for every pixel of width.
constexpr int WidthStep = 160;
constexpr qreal Radius = 8;
} // namespace

BackdropWidget::BackdropWidget(ImageCache &images, int height, QWidget *parent)
    : QWidget(parent)
    , m_image(new WidgetImage(images, this))
{
    setFixedHeight(height);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BackdropWidget::setBackdrop(const QString &itemId, const QString &tag)
{
    m_itemId = itemId;
    m_tag = tag;
    m_image->setSource(itemId, ImageType::Backdrop, tag);
    update();
}

void BackdropWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(rect());
    const qreal steppedWidth = qreal((width() + WidthStep - 1) / WidthStep * WidthStep);
    const QImage image = m_image->image(QSizeF(steppedWidth, steppedWidth * 9 / 16));
    if (image.isNull())
        paintPlaceholder(painter, area);
    else
        PosterPainter::paintImage(&painter, area, image, Radius);
    // The bottom fades into the page, so the title below reads on the page's own colour.
    QColor page = palette().color(QPalette::Window);
    QLinearGradient down(area.topLeft(), area.bottomLeft());
    page.setAlpha(0);
    down.setColorAt(0.5, page);
    page.setAlpha(image.isNull() ? 255 : 200);
    down.setColorAt(1, page);
    painter.setPen(Qt::NoPen);
    painter.setBrush(down);
    painter.drawRoundedRect(area, Radius, Radius);
}

void BackdropWidget::paintPlaceholder(QPainter &painter, const QRectF &area) const
{
    // The poster's colour, so that the page and the poster in the grid it came from belong together.
    const QColor base = PosterPainter::colorFor(m_itemId);
    QLinearGradient across(area.topLeft(), area.topRight());
    across.setColorAt(0, base.darker(170));
    across.setColorAt(0.6, base.darker(115));
    across.setColorAt(1, base.darker(150));
    painter.setPen(Qt::NoPen);
    painter.setBrush(across);
    painter.drawRoundedRect(area, Radius, Radius);
}

} // namespace marquee
