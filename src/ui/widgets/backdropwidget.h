// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace marquee {

class ImageCache;
class WidgetImage;

/// @brief A wide banner with an item's backdrop image, fading into the window at the bottom. It hides itself
/// for an item without a backdrop; while the image loads it shows a quiet empty band.
class BackdropWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int BannerHeight = 220;

    explicit BackdropWidget(ImageCache &images, QWidget *parent = nullptr);

    void setBackdrop(const QString &itemId, const QString &tag);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WidgetImage *m_image;
};

} // namespace marquee
