// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSlider>

namespace marquee {

/**
 * @brief The player's seek bar, in milliseconds of media time: a click or a drag goes to the point under the
 * pointer (a plain QSlider moves one page step towards it), and hovering tells where the pointer points.
 *
 * A drag ends in sliderReleased() with sliderPosition() at the target, as with QSlider's own handle.
 */
class SeekBar : public QSlider
{
    Q_OBJECT

public:
    explicit SeekBar(QWidget *parent = nullptr);

    /// The value (ms) under the point @p x of the widget, within the range.
    [[nodiscard]] int valueAt(int x) const;
    /// Where on the widget the value @p value (ms) is drawn: the centre of the handle there.
    [[nodiscard]] int positionOf(int value) const;
    /// Chapter starts (ms), drawn as marks along the groove.
    void setMarks(const QList<int> &values);
    [[nodiscard]] const QList<int> &marks() const { return m_marks; }

Q_SIGNALS:
    /// The pointer rests over the bar at @p value (ms), at @p x of the widget.
    void hovered(int value, int x);
    void hoverEnded();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// The groove's span for the handle's centre: [first, first + length].
    void handleSpan(int *first, int *length) const;

    QList<int> m_marks;
    bool m_dragging = false;
};

} // namespace marquee
