// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagecache.h"

#include "backend/backend.h"
#include "backend/resultpromise.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/imagedecoder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace marquee {

namespace {
// Decoding a poster takes a millisecond or two; two threads keep up with scrolling and leave a core to the GUI.
constexpr int DecodeThreads = 2;

qsizetype costOf(const QImage &image)
{
    return image.sizeInBytes() / 1024 + 1; // QCache counts in KiB, so a 64 MiB limit fits an int with room
}

Error offline(const QString &why)
{
    return Error{ErrorKind::Offline, why, {}, 0};
}
} // namespace

struct ImageCache::Download
{
    QString key;
    ImageSpec spec; ///< the first request's; every waiting job shares its stored width
    CancelToken cancel;
    QList<std::pair<QString, quint64>> jobs;
};

struct ImageCache::Lookup
{
    QImage image;         ///< null: no wide enough copy on disk
    QString fallbackPath; ///< a narrower copy
};

ImageCache::ImageCache(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_store(std::make_shared<ImageStore>(
          ImageStore::Options{m_options.directory, m_options.maxDiskBytes, m_options.maxUnusedMs}, clock))
    , m_memory(qsizetype(m_options.maxMemoryBytes / 1024))
{
    m_pool.setMaxThreadCount(DecodeThreads);
}

ImageCache::~ImageCache()
{
    for (const std::shared_ptr<Download> &download : std::as_const(m_downloads))
        download->cancel.cancel();
    m_pool.waitForDone();
}

void ImageCache::setBackend(Backend *backend)
{
    m_backend = backend;
    // A new server (or the same one back) deserves a fresh try at what failed before.
    retryFailed();
}

void ImageCache::setServerInUse(const QString &serverId)
{
    if (serverId == m_serverInUse)
        return;
    m_serverInUse = serverId;
    // The decoded images of "the server in use" were another server's.
    m_memory.clear();
}

void ImageCache::setOtherServerBackend(const QString &serverId, Backend *backend)
{
    m_otherBackends.insert(serverId, backend);
    retryFailed();
}

ImageSpec ImageCache::onServer(ImageSpec spec) const
{
    if (spec.serverId.isEmpty())
        spec.serverId = m_serverInUse;
    return spec;
}

Backend *ImageCache::backendFor(const ImageSpec &spec) const
{
    if (spec.serverId.isEmpty() || spec.serverId == m_serverInUse)
        return m_backend;
    return m_otherBackends.value(spec.serverId);
}

void ImageCache::retryFailed()
{
    m_retryAfterMs.clear();
    Q_EMIT failuresForgotten();
}

void ImageCache::setLimits(qint64 maxDiskBytes, qint64 maxMemoryBytes, qint64 maxUnusedMs)
{
    const bool storeChanged = maxDiskBytes != m_options.maxDiskBytes || maxUnusedMs != m_options.maxUnusedMs;
    m_options.maxDiskBytes = maxDiskBytes;
    m_options.maxMemoryBytes = maxMemoryBytes;
    m_options.maxUnusedMs = maxUnusedMs;
    m_memory.setMaxCost(qsizetype(maxMemoryBytes / 1024));
    if (storeChanged) {
        // Evicting deletes files: never on the GUI thread.
        m_pool.start([store = m_store, maxDiskBytes, maxUnusedMs] { store->setLimits(maxDiskBytes, maxUnusedMs); });
    }
}

QImage ImageCache::cached(const ImageSpec &spec)
{
    const QImage *image = m_memory.object(spec.key());
    return image ? *image : QImage();
}

void ImageCache::setWanted(QObject *client, const QList<ImageSpec> &specs)
{
    if (!m_clients.contains(client)) {
        m_clients.insert(client);
        connect(client, &QObject::destroyed, this, [this, client] { forgetClient(client); });
    }
    QSet<QString> keys;
    for (const ImageSpec &spec : specs)
        keys.insert(spec.key());
    QStringList unwanted;
    for (auto job = m_jobs.cbegin(); job != m_jobs.cend(); ++job) {
        if (job->clients.contains(client) && !keys.contains(job.key()))
            unwanted << job.key();
    }
    for (const QString &key : std::as_const(unwanted)) {
        auto job = m_jobs.find(key);
        if (job == m_jobs.end())
            continue;
        job->clients.remove(client);
        if (job->clients.isEmpty())
            drop(key);
    }
    for (const ImageSpec &spec : specs)
        want(client, spec);
}

void ImageCache::forgetClient(QObject *client)
{
    m_clients.remove(client);
    QStringList orphans;
    for (auto job = m_jobs.begin(); job != m_jobs.end(); ++job) {
        if (job->clients.remove(client) && job->clients.isEmpty())
            orphans << job.key();
    }
    for (const QString &key : std::as_const(orphans))
        drop(key);
}

void ImageCache::want(QObject *client, const ImageSpec &spec)
{
    if (!spec.isValid())
        return;
    const QString key = spec.key();
    if (m_memory.contains(key)) {
        Q_EMIT imageReady(key); // it arrived between the client's paint and now
        return;
    }
    if (auto existing = m_jobs.find(key); existing != m_jobs.end()) {
        existing->clients.insert(client);
        return;
    }
    Job &job = m_jobs[key];
    job.id = m_nextJobId++;
    job.spec = spec;
    job.clients.insert(client);
    startLookup(job);
}

ImageCache::Job *ImageCache::job(const QString &key, quint64 id)
{
    auto found = m_jobs.find(key);
    return found != m_jobs.end() && found->id == id ? &*found : nullptr;
}

void ImageCache::drop(const QString &key)
{
    const Job job = m_jobs.take(key);
    // Results of a lookup or decode already running find no job when they arrive, and are discarded.
    if (job.stage == Stage::Queued) {
        m_queue.removeOne(key);
    } else if (job.stage == Stage::Downloading) {
        const std::shared_ptr<Download> download = m_downloads.value(downloadKey(onServer(job.spec)));
        if (!download)
            return;
        download->jobs.removeIf([&](const auto &waiting) { return waiting.first == key && waiting.second == job.id; });
        if (download->jobs.isEmpty()) {
            m_downloads.remove(download->key);
            download->cancel.cancel();
        }
    }
}

void ImageCache::startLookup(Job &job)
{
    job.stage = Stage::Lookup;
    const ImageSpec spec = onServer(job.spec);
    const std::shared_ptr<ImageStore> store = m_store;
    QtConcurrent::run(&m_pool,
                      [store, spec]() -> Lookup {
                          const std::optional<ImageStore::Found> found = store->find(spec);
                          if (!found)
                              return {};
                          if (!found->wideEnough)
                              return {{}, found->path};
                          Result<QImage> image = ImageDecoder::decodeFile(found->path, spec.size);
                          if (image)
                              return {image.takeValue(), {}};
                          qCWarning(lcServices).noquote()
                              << "image store: dropping a file that does not decode:" << image.error().toString();
                          store->remove(found->path);
                          return {};
                      })
        .then(this, [this, key = job.spec.key(), id = job.id](Lookup lookup) {
            // A lookup that ended before this continuation was attached runs it at once, inside setWanted(): the
            // rest of the caller's wishes (an image scrolled away meanwhile) must be known before anything is
            // fetched, so the result always waits for the event loop.
            QMetaObject::invokeMethod(
                this, [this, key, id, lookup = std::move(lookup)]() mutable { onLookedUp(key, id, std::move(lookup)); },
                Qt::QueuedConnection);
        });
}

void ImageCache::onLookedUp(const QString &key, quint64 id, Lookup lookup)
{
    Job *job = this->job(key, id);
    if (!job)
        return;
    if (!lookup.image.isNull()) {
        ++m_counters.diskHits;
        deliver(key, id, lookup.image);
        return;
    }
    ++m_counters.misses;
    job->fallbackPath = lookup.fallbackPath;
    if (isBlocked(onServer(job->spec))) {
        decodeFallback(*job, offline(QStringLiteral("failed recently; not asked again yet")));
        return;
    }
    job->stage = Stage::Queued;
    m_queue.append(key);
    pump();
}

void ImageCache::pump()
{
    while (!m_queue.isEmpty() && m_downloadsInFlight < m_options.maxConcurrentDownloads) {
        const auto job = m_jobs.find(m_queue.takeFirst());
        if (job != m_jobs.end())
            startDownload(*job); // may finish (and change m_jobs) before it returns
    }
}

void ImageCache::startDownload(Job &job)
{
    job.stage = Stage::Downloading;
    const ImageSpec spec = onServer(job.spec);
    const QString key = downloadKey(spec);
    if (const std::shared_ptr<Download> shared = m_downloads.value(key)) {
        shared->jobs.append({job.spec.key(), job.id});
        return;
    }
    Backend *backend = backendFor(spec);
    if (!backend) {
        decodeFallback(job, offline(QStringLiteral("not connected to that server")));
        return;
    }
    auto download = std::make_shared<Download>();
    download->key = key;
    download->spec = spec;
    download->jobs.append({job.spec.key(), job.id});
    m_downloads.insert(key, download);
    ++m_downloadsInFlight;
    backend->image(spec.request(), download->cancel).then(this, [this, download](Result<QByteArray> bytes) {
        onDownloaded(download, std::move(bytes));
    });
}

void ImageCache::onDownloaded(const std::shared_ptr<Download> &download, Result<QByteArray> bytes)
{
    --m_downloadsInFlight;
    if (m_downloads.value(download->key) == download)
        m_downloads.remove(download->key);
    if (bytes) {
        decodeDownloaded(download, bytes.value());
    } else {
        remember(download->spec, bytes.error());
        for (const auto &[key, id] : std::as_const(download->jobs)) {
            if (Job *job = this->job(key, id))
                decodeFallback(*job, bytes.error());
        }
    }
    pump();
}

void ImageCache::decodeDownloaded(const std::shared_ptr<Download> &download, const QByteArray &bytes)
{
    QList<std::pair<QString, quint64>> waiting;
    QList<QSize> sizes;
    for (const auto &[key, id] : std::as_const(download->jobs)) {
        if (Job *job = this->job(key, id)) {
            job->stage = Stage::Decoding;
            waiting.append({key, id});
            sizes.append(job->spec.size);
        }
    }
    const ImageSpec spec = download->spec;
    if (sizes.isEmpty())
        sizes.append(spec.size); // nobody waits any more; still worth storing if it decodes
    const std::shared_ptr<ImageStore> store = m_store;
    QtConcurrent::run(&m_pool,
                      [store, spec, bytes, sizes]() -> Result<QList<QImage>> {
                          // Decoded before stored: bytes that are not an image never reach the disk.
                          QList<QImage> images;
                          for (const QSize &size : sizes) {
                              Result<QImage> image = ImageDecoder::decode(bytes, size);
                              if (!image)
                                  return image.error();
                              images.append(image.takeValue());
                          }
                          if (const Status stored = store->put(spec, bytes); !stored)
                              qCWarning(lcServices).noquote() << "image not stored:" << stored.error().toString();
                          return images;
                      })
        .then(this, [this, waiting, spec](const Result<QList<QImage>> &images) {
            if (!images) {
                Error error = images.error();
                error.url = QStringLiteral("image %1 of item %2").arg(imageTypeName(spec.type), spec.itemId);
                qCWarning(lcServices).noquote() << "refused:" << error.toString();
                remember(spec, error);
                for (const auto &[key, id] : waiting)
                    fail(key, id, error);
                return;
            }
            for (qsizetype i = 0; i < waiting.size(); ++i)
                deliver(waiting[i].first, waiting[i].second, images.value().at(i));
        });
}

void ImageCache::decodeFallback(Job &job, const Error &why)
{
    const QString key = job.spec.key();
    const quint64 id = job.id;
    if (job.fallbackPath.isEmpty()) {
        fail(key, id, why);
        return;
    }
    job.stage = Stage::Decoding;
    const std::shared_ptr<ImageStore> store = m_store;
    QtConcurrent::run(&m_pool,
                      [store, path = job.fallbackPath, size = job.spec.size] {
                          Result<QImage> image = ImageDecoder::decodeFile(path, size);
                          if (!image)
                              store->remove(path);
                          return image;
                      })
        .then(this, [this, key, id, why](const Result<QImage> &image) {
            if (image)
                deliver(key, id, image.value());
            else
                fail(key, id, why);
        });
}

void ImageCache::deliver(const QString &key, quint64 id, const QImage &image)
{
    if (!job(key, id))
        return;
    m_jobs.remove(key);
    m_memory.insert(key, new QImage(image), costOf(image));
    Q_EMIT imageReady(key);
}

void ImageCache::fail(const QString &key, quint64 id, const Error &error)
{
    if (!job(key, id))
        return;
    m_jobs.remove(key);
    if (error.kind != ErrorKind::Cancelled)
        ++m_counters.failed;
    Q_EMIT imageFailed(key);
}

void ImageCache::remember(const ImageSpec &spec, const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Cancelled:
        return;
    case ErrorKind::BadResponse:
    case ErrorKind::TooLarge:
    case ErrorKind::ClientError:
        // The tag names these bytes: asking again would bring the same bad image or the same 404.
        m_unavailable.insert(imageIdentity(spec));
        return;
    default:
        m_retryAfterMs.insert(imageIdentity(spec), m_clock.nowMs() + RetryAfterFailureMs);
        return;
    }
}

bool ImageCache::isBlocked(const ImageSpec &spec) const
{
    const QString identity = imageIdentity(spec);
    return m_unavailable.contains(identity) || m_retryAfterMs.value(identity, 0) > m_clock.nowMs();
}

QString ImageCache::imageIdentity(const ImageSpec &spec)
{
    return spec.serverId + QLatin1Char('/') + spec.itemId + QLatin1Char('/') + imageTypeName(spec.type)
        + QLatin1Char('/') + spec.tag;
}

QString ImageCache::downloadKey(const ImageSpec &spec)
{
    return imageIdentity(spec) + QLatin1Char('/') + QString::number(spec.storedWidth());
}

QFuture<Result<bool>> ImageCache::download(const ImageSpec &requested, CancelToken cancel)
{
    const ImageSpec spec = onServer(requested);
    auto promise = std::make_shared<ResultPromise<bool>>();
    QFuture<Result<bool>> future = promise->future();
    const std::shared_ptr<ImageStore> store = m_store;
    QtConcurrent::run(&m_pool, [store, spec] { return store->contains(spec); })
        .then(this, [this, promise, store, spec, cancel](bool stored) {
            if (stored) {
                promise->fulfil(false);
                return;
            }
            Backend *backend = backendFor(spec);
            if (!backend) {
                promise->fulfil(offline(QStringLiteral("not connected to a server")));
                return;
            }
            backend->image(spec.request(), cancel).then(this, [this, promise, store, spec](Result<QByteArray> bytes) {
                if (!bytes) {
                    promise->fulfil(bytes.error());
                    return;
                }
                m_pool.start([promise, store, spec, bytes = bytes.takeValue()] {
                    const Result<QImage> decoded = ImageDecoder::decode(bytes, spec.size);
                    if (!decoded) {
                        promise->fulfil(decoded.error());
                        return;
                    }
                    const Status stored = store->put(spec, bytes);
                    promise->fulfil(stored ? Result<bool>(true) : Result<bool>(stored.error()));
                });
            });
        });
    return future;
}

QFuture<Result<ImageStoreStats>> ImageCache::storeStats()
{
    const std::shared_ptr<ImageStore> store = m_store;
    return QtConcurrent::run(&m_pool, [store] { return Result<ImageStoreStats>(store->stats()); });
}

QFuture<Result<ImageStoreStats>> ImageCache::clear()
{
    m_memory.clear();
    m_unavailable.clear();
    m_retryAfterMs.clear();
    const std::shared_ptr<ImageStore> store = m_store;
    return QtConcurrent::run(&m_pool, [store] { return store->clear(); });
}

} // namespace marquee
