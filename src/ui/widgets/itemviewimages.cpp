// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/itemviewimages.h"

#include "services/imagecache.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

namespace marquee {

ItemViewImages::ItemViewImages(ImageCache &cache, QAbstractItemView *view)
    : QObject(view)
    , m_cache(cache)
    , m_view(view)
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(0);
    connect(&m_sendTimer, &QTimer::timeout, this, &ItemViewImages::sendWanted);
    connect(&cache, &ImageCache::imageReady, this, &ItemViewImages::onImageReady);
    connect(&cache, &ImageCache::imageFailed, this, [this](const QString &key) {
        if (auto wanted = m_wanted.find(key); wanted != m_wanted.end())
            wanted->failed = true;
    });
    connect(&cache, &ImageCache::failuresForgotten, this, [this] {
        bool any = false;
        for (Wanted &wanted : m_wanted)
            any = std::exchange(wanted.failed, false) || any;
        if (any)
            scheduleSend();
    });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ItemViewImages::scheduleSend);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ItemViewImages::scheduleSend);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

QImage ItemViewImages::image(const ImageSpec &spec, const QModelIndex &index)
{
    if (!spec.isValid())
        return {};
    QImage image = m_cache.cached(spec);
    if (!image.isNull())
        return image;
    const QString key = spec.key();
    auto wanted = m_wanted.find(key);
    if (wanted == m_wanted.end()) {
        m_wanted.insert(key, Wanted{spec, index, false});
        m_order.append(key);
        scheduleSend();
    } else if (wanted->index != index) {
        wanted->index = index;
    }
    return {};
}

int ItemViewImages::waitingCount() const
{
    return int(std::count_if(m_wanted.cbegin(), m_wanted.cend(), [](const Wanted &wanted) { return !wanted.failed; }));
}

bool ItemViewImages::eventFilter(QObject *watched, QEvent *event)
{
    // Model changes repaint what is visible, so rows removed or moved away are noticed at the next send anyway;
    // scrolling and resizing may repaint only what is new, so they prune explicitly.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Hide)
        scheduleSend();
    return QObject::eventFilter(watched, event);
}

void ItemViewImages::scheduleSend()
{
    if (!m_wanted.isEmpty())
        m_sendTimer.start();
}

void ItemViewImages::sendWanted()
{
    const QRect viewport = m_view->viewport()->rect();
    const bool shown = m_view->isVisible();
    QList<ImageSpec> specs;
    for (auto key = m_order.begin(); key != m_order.end();) {
        const Wanted &wanted = m_wanted[*key];
        const bool onScreen = shown && wanted.index.isValid() && m_view->visualRect(wanted.index).intersects(viewport);
        if (!onScreen) {
            m_wanted.remove(*key);
            key = m_order.erase(key);
            continue;
        }
        if (!wanted.failed)
            specs.append(wanted.spec);
        ++key;
    }
    m_cache.setWanted(this, specs);
}

void ItemViewImages::onImageReady(const QString &key)
{
    const auto wanted = m_wanted.constFind(key);
    if (wanted == m_wanted.cend())
        return;
    const QPersistentModelIndex index = wanted->index;
    m_wanted.erase(wanted);
    m_order.removeOne(key);
    if (index.isValid())
        m_view->update(index);
}

} // namespace marquee
