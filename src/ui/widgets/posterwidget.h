// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/posterpainter.h"

#include <QWidget>

namespace marquee {

/// @brief A large poster placeholder for the details pages.
class PosterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PosterWidget(int width, QWidget *parent = nullptr);

    void setPoster(const PosterPainter::Poster &poster);
    [[nodiscard]] const PosterPainter::Poster &poster() const { return m_poster; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PosterPainter::Poster m_poster;
};

} // namespace marquee
