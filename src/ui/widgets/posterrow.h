// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/posterdelegate.h"

#include <QListView>

namespace marquee {

class ImageCache;

/// @brief A single horizontally scrolling row of posters, as on the Home page.
///
/// It sits in a page that scrolls up and down, so it leaves the up-and-down to the page: a plain turn of the wheel
/// scrolls the page (Shift+wheel or a sideways wheel scrolls the row), and Up and Down ask to move to the row above
/// or below (stepRequested). The poster with the keyboard focus shows a ring.
class PosterRow : public QListView
{
    Q_OBJECT

public:
    explicit PosterRow(ImageCache &images, QWidget *parent = nullptr);

    /// Posters (the default) or 16:9 episode stills, each at a width that suits it.
    void setShape(PosterDelegate::Shape shape);
    [[nodiscard]] PosterDelegate *posterDelegate() const { return m_delegate; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Up (-1) or Down (+1) was pressed: the page moves the focus to the row above or below.
    void stepRequested(int rows);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    PosterDelegate *m_delegate;
};

} // namespace marquee
