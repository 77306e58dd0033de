// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

namespace marquee {

/// @brief A small painted busy indicator; its timer runs only while it is shown and spinning.
class Spinner : public QWidget
{
    Q_OBJECT

public:
    explicit Spinner(QWidget *parent = nullptr);

    void setSpinning(bool spinning);
    [[nodiscard]] bool isSpinning() const { return m_spinning; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateTimer();

    QTimer m_timer;
    int m_step = 0;
    bool m_spinning = false;
};

} // namespace marquee
