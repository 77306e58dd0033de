// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace marquee {

/// @brief The wide backdrop band at the top of a details page; a placeholder in the item's own colour, fading into
/// the page below, where the backdrop image is not (yet) at hand.
class BackdropWidget : public QWidget
{
    Q_OBJECT

public:
    struct Backdrop
    {
        QString itemId;
        QString imageTag; ///< the item's backdrop image tag; empty when the server has none
    };

    explicit BackdropWidget(int height, QWidget *parent = nullptr);

    void setBackdrop(const Backdrop &backdrop);
    [[nodiscard]] const Backdrop &backdrop() const { return m_backdrop; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Backdrop m_backdrop;
};

} // namespace marquee
