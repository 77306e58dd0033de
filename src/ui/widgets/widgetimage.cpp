// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/widgetimage.h"

#include "services/imagecache.h"

#include <QEvent>
#include <QWidget>

namespace marquee {

WidgetImage::WidgetImage(ImageCache &cache, QWidget *widget)
    : QObject(widget)
    , m_cache(cache)
    , m_widget(widget)
{
    connect(&cache, &ImageCache::imageReady, this, [this](const QString &key) {
        if (key != m_wantedKey)
            return;
        m_wantedKey.clear(); // in memory now; should it be evicted later, the next paint asks again
        m_widget->update();
    });
    // The placeholder stays until the next paint asks again; once the server is back that should be now.
    connect(&cache, &ImageCache::failuresForgotten, this, [this] {
        if (m_wantedKey.isEmpty())
            return;
        m_wantedKey.clear();
        m_widget->update();
    });
    widget->installEventFilter(this);
}

void WidgetImage::setSource(const QString &itemId, ImageType type, const QString &tag)
{
    if (m_spec.itemId == itemId && m_spec.type == type && m_spec.tag == tag)
        return;
    m_spec.itemId = itemId;
    m_spec.type = type;
    m_spec.tag = tag;
    m_wantedKey.clear();
    m_cache.setWanted(this, {});
    m_widget->update();
}

QImage WidgetImage::image(const QSizeF &logicalSize)
{
    if (!hasSource())
        return {};
    m_spec.size = devicePixelSize(logicalSize, m_widget->devicePixelRatioF());
    QImage image = m_cache.cached(m_spec);
    if (image.isNull() && m_spec.key() != m_wantedKey) {
        m_wantedKey = m_spec.key();
        m_cache.setWanted(this, {m_spec});
    }
    return image;
}

bool WidgetImage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide && !m_wantedKey.isEmpty()) {
        m_wantedKey.clear();
        m_cache.setWanted(this, {});
    }
    return QObject::eventFilter(watched, event);
}

} // namespace marquee
