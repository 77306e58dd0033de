// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/spinner.h"

#include <QPainter>

namespace marquee {

namespace {
constexpr int Spokes = 12;
}

Spinner::Spinner(QWidget *parent)
    : QWidget(parent)
{
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % Spokes;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Spinner::setSpinning(bool spinning)
{
    m_spinning = spinning;
    setVisible(spinning);
    updateTimer();
}

QSize Spinner::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    painter.translate(width() / 2.0, height() / 2.0);
    const QColor color = palette().color(QPalette::WindowText);
    for (int i = 0; i < Spokes; ++i) {
        QColor spoke = color;
        spoke.setAlphaF(float(0.15 + 0.85 * (((i - m_step + Spokes) % Spokes) / double(Spokes - 1))));
        painter.setPen(QPen(spoke, qMax<qreal>(1.5, side / 10), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(0, side * 0.22), QPointF(0, side * 0.45));
        painter.rotate(360.0 / Spokes);
    }
}

void Spinner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void Spinner::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void Spinner::updateTimer()
{
    if (m_spinning && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace marquee
