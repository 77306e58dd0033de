// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/posterpainter.h"

#include <QWidget>

namespace marquee {

class ImageCache;
class WidgetImage;

/// @brief A large poster for the details pages: the primary image, or the placeholder while there is none.
class PosterWidget : public QWidget
{
    Q_OBJECT

public:
    PosterWidget(ImageCache &images, int width, QWidget *parent = nullptr);

    void setPoster(const PosterPainter::Poster &poster);
    [[nodiscard]] const PosterPainter::Poster &poster() const { return m_poster; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PosterPainter::Poster m_poster;
    WidgetImage *m_image;
};

} // namespace marquee
