// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace marquee {

/// @brief What the seek bar's pointer points at, floating above it: the time there and, where the server has
/// trickplay images, the picture there.
class SeekPreview : public QWidget
{
    Q_OBJECT

public:
    explicit SeekPreview(QWidget *parent = nullptr);

    void setTime(double seconds);
    [[nodiscard]] QString timeText() const;
    /// A null image hides the picture.
    void setPicture(const QImage &picture);
    [[nodiscard]] bool hasPicture() const;

private:
    QLabel *m_picture;
    QLabel *m_time;
};

} // namespace marquee
