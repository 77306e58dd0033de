// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/imagespec.h"

#include <QImage>
#include <QObject>

class QWidget;

namespace marquee {

class ImageCache;

/**
 * @brief The one image a widget shows (a details page's poster or backdrop): wanted from the ImageCache while the
 * widget paints it, given up when the widget hides or shows another item, and the widget repainted on arrival.
 */
class WidgetImage : public QObject
{
    Q_OBJECT

public:
    /// Parented to @p widget.
    WidgetImage(ImageCache &cache, QWidget *widget);

    /// Which image to show; an empty @p tag (the item has none) shows the placeholder and loads nothing.
    void setSource(const QString &itemId, ImageType type, const QString &tag);
    /// For paintEvent: the image at @p logicalSize on the widget's screen, or null while it loads or if there is none.
    [[nodiscard]] QImage image(const QSizeF &logicalSize);
    [[nodiscard]] bool hasSource() const { return !m_spec.itemId.isEmpty() && !m_spec.tag.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ImageCache &m_cache;
    QWidget *m_widget;
    ImageSpec m_spec;
    QString m_wantedKey;
};

} // namespace marquee
