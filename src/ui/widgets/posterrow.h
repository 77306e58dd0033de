// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace marquee {

class ImageCache;
class PosterDelegate;

/// @brief A single horizontally scrolling row of posters, as on the Home page.
class PosterRow : public QListView
{
    Q_OBJECT

public:
    explicit PosterRow(ImageCache &images, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

private:
    PosterDelegate *m_delegate;
};

} // namespace marquee
