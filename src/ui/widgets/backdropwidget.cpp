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

BackdropWidget::BackdropWidget(ImageCache &images, QWidget *parent)
    : QWidget(parent)
    , m_image(new WidgetImage(images, this))
{
    setFixedHeight(BannerHeight);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void BackdropWidget::setBackdrop(const QString &itemId, const QString &tag)
{
    m_image->setSource(itemId, ImageType::Backdrop, tag);
    setVisible(!tag.isEmpty());
}

void BackdropWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(rect());
    const qreal steppedWidth = qreal((width() + WidthStep - 1) / WidthStep * WidthStep);
    const QImage image = m_image->image(QSizeF(steppedWidth, steppedWidth * 9 / 16));
    if (image.isNull()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(area, Radius, Radius);
        return;
    }
    PosterPainter::paintImage(&painter, area, image, Radius);
    // The lower third fades into the page, so the title below reads as part of the same header.
    QLinearGradient fade(area.topLeft(), area.bottomLeft());
    QColor window = palette().color(QPalette::Window);
    window.setAlpha(0);
    fade.setColorAt(0.6, window);
    window.setAlpha(200);
    fade.setColorAt(1.0, window);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fade);
    painter.drawRoundedRect(area, Radius, Radius);
}

} // namespace marquee
