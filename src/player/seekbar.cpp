// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/seekbar.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace marquee {

SeekBar::SeekBar(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
}

void SeekBar::handleSpan(int *first, int *length) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    *first = groove.x() + handle.width() / 2;
    *length = qMax(1, groove.width() - handle.width());
}

int SeekBar::valueAt(int x) const
{
    int first = 0;
    int length = 0;
    handleSpan(&first, &length);
    return QStyle::sliderValueFromPosition(minimum(), maximum(), x - first, length);
}

int SeekBar::positionOf(int value) const
{
    int first = 0;
    int length = 0;
    handleSpan(&first, &length);
    return first + QStyle::sliderPositionFromValue(minimum(), maximum(), value, length);
}

void SeekBar::setMarks(const QList<int> &values)
{
    m_marks = values;
    update();
}

void SeekBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || maximum() <= minimum()) {
        QSlider::mousePressEvent(event);
        return;
    }
    // Straight to the point, wherever on the bar the click lands; the handle follows the pointer from there.
    m_dragging = true;
    setSliderDown(true);
    setSliderPosition(valueAt(qRound(event->position().x())));
    event->accept();
}

void SeekBar::mouseMoveEvent(QMouseEvent *event)
{
    const int x = qRound(event->position().x());
    if (maximum() > minimum())
        Q_EMIT hovered(valueAt(x), x);
    if (m_dragging) {
        setSliderPosition(valueAt(x));
        event->accept();
        return;
    }
    QSlider::mouseMoveEvent(event);
}

void SeekBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QSlider::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    setSliderPosition(valueAt(qRound(event->position().x())));
    setSliderDown(false); // sliderReleased(): the owner seeks to sliderPosition()
    event->accept();
}

void SeekBar::leaveEvent(QEvent *event)
{
    Q_EMIT hoverEnded();
    QSlider::leaveEvent(event);
}

void SeekBar::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_marks.isEmpty() || maximum() <= minimum())
        return;
    QPainter painter(this);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 2));
    const int top = height() / 2 - 5;
    for (const int mark : m_marks) {
        if (mark <= minimum() || mark >= maximum())
            continue;
        const int x = positionOf(mark);
        painter.drawLine(x, top, x, top + 10);
    }
}

} // namespace marquee
