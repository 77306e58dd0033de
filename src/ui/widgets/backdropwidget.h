// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace marquee {

class ImageCache;
class WidgetImage;

/// @brief The wide backdrop band at the top of a details page, fading into the page below. Until the image is at
/// hand (or when the server has none) it is a band in the item's own colour, the colour of its placeholder poster.
class BackdropWidget : public QWidget
{
    Q_OBJECT

public:
    BackdropWidget(ImageCache &images, int height, QWidget *parent = nullptr);

    /// @p tag is the item's backdrop image tag; empty when the server has none.
    void setBackdrop(const QString &itemId, const QString &tag);
    [[nodiscard]] const QString &itemId() const { return m_itemId; }
    [[nodiscard]] const QString &tag() const { return m_tag; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintPlaceholder(QPainter &painter, const QRectF &area) const;

    QString m_itemId;
    QString m_tag;
    WidgetImage *m_image;
};

} // namespace marquee
