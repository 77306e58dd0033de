// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/result.h"
#include "services/imagespec.h"

#include <QElapsedTimer>
#include <QObject>

namespace marquee {

class ImageCache;
struct ItemImageTags;

/// How one image warm-up went.
struct ImageWarmReport
{
    int total = 0;
    int alreadyStored = 0;
    int fetched = 0;
    int failed = 0;       ///< images the server answered badly for (missing, not an image …); the next run retries them
    bool cancelled = false;
    bool stopped = false; ///< an error that every next request would repeat (offline, signed out) ended the run
    Error error;          ///< the error that stopped the run, or the first image error
    qint64 durationMs = 0;

    [[nodiscard]] int done() const { return alreadyStored + fetched + failed; }
};

/**
 * @brief Downloads images into the disk store for offline use (`marquee-cli warm`), N at a time.
 *
 * Resumable because the disk store is the record: an image already stored wide enough is not fetched again, so a
 * cancelled run loses nothing but the requests in flight. Lives on the thread of its ImageCache and needs its
 * event loop.
 */
class ImageWarmer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;

    explicit ImageWarmer(ImageCache &cache, QObject *parent = nullptr);

    /// What a library's pages show: the primary image of every item, the backdrop of movies and series, and the
    /// thumbnail of episodes that have one, at widths that serve the pages on screens up to twice normal density.
    [[nodiscard]] static QList<ImageSpec> imagesFor(const QList<ItemImageTags> &items);

    void setConcurrency(int downloads) { m_concurrency = std::max(1, downloads); }
    void start(const QList<ImageSpec> &images);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ImageWarmReport &report() const { return m_report; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    void startNext();
    void onDownloaded(const Result<bool> &result);
    void finishIfDone();

    ImageCache &m_cache;
    int m_concurrency = DefaultConcurrency;
    QList<ImageSpec> m_images;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    bool m_running = false;
    CancelToken m_cancel;
    ImageWarmReport m_report;
    QElapsedTimer m_clock;
};

} // namespace marquee
