// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagewarmer.h"

#include "services/imagecache.h"
#include "storage/itemimagetagreader.h"

namespace marquee {

namespace {
// Twice the largest poster the pages show (240 px on a details page), and a backdrop for a wide window.
const QSize PosterSize(480, 720);
const QSize StillSize(480, 270);
const QSize BackdropSize(1280, 720);

/// Errors after which every next request would fail the same way.
bool stopsTheRun(ErrorKind kind)
{
    return kind == ErrorKind::Offline || kind == ErrorKind::Unauthorized || kind == ErrorKind::StorageFull
        || kind == ErrorKind::Storage;
}
} // namespace

ImageWarmer::ImageWarmer(ImageCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

QList<ImageSpec> ImageWarmer::imagesFor(const QList<ItemImageTags> &items)
{
    QList<ImageSpec> images;
    for (const ItemImageTags &item : items) {
        const bool episode = item.type == ItemType::Episode;
        images.append({item.id, ImageType::Primary, item.primaryTag, episode ? StillSize : PosterSize});
        if (item.type == ItemType::Movie || item.type == ItemType::Series)
            images.append({item.id, ImageType::Backdrop, item.backdropTag, BackdropSize});
        if (episode)
            images.append({item.id, ImageType::Thumb, item.thumbTag, StillSize});
    }
    images.removeIf([](const ImageSpec &image) { return !image.isValid(); });
    return images;
}

void ImageWarmer::start(const QList<ImageSpec> &images)
{
    m_images = images;
    m_next = 0;
    m_inFlight = 0;
    m_cancel = CancelToken();
    m_report = ImageWarmReport{};
    m_report.total = int(images.size());
    m_running = true;
    m_clock.start();
    startNext();
    finishIfDone();
}

void ImageWarmer::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    m_cancel.cancel();
    finishIfDone();
}

void ImageWarmer::startNext()
{
    while (m_inFlight < m_concurrency && m_next < m_images.size() && !m_report.cancelled && !m_report.stopped) {
        ++m_inFlight;
        m_cache.download(m_images.at(m_next++), m_cancel).then(this, [this](const Result<bool> &result) {
            onDownloaded(result);
        });
    }
}

void ImageWarmer::onDownloaded(const Result<bool> &result)
{
    --m_inFlight;
    if (result) {
        ++(result.value() ? m_report.fetched : m_report.alreadyStored);
    } else if (result.error().kind != ErrorKind::Cancelled) {
        if (!m_report.error.isError())
            m_report.error = result.error();
        if (stopsTheRun(result.error().kind)) {
            m_report.error = result.error();
            m_report.stopped = true;
        } else {
            ++m_report.failed;
        }
    }
    Q_EMIT progressed(m_report.done(), m_report.total);
    startNext();
    finishIfDone();
}

void ImageWarmer::finishIfDone()
{
    const bool nothingLeft = m_next >= m_images.size() || m_report.cancelled || m_report.stopped;
    if (!m_running || m_inFlight > 0 || !nothingLeft)
        return;
    m_running = false;
    m_report.durationMs = m_clock.elapsed();
    Q_EMIT finished();
}

} // namespace marquee
