// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/result.h"
#include "services/imagecounters.h"
#include "services/imagespec.h"
#include "services/imagestore.h"

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <memory>

namespace marquee {

class Backend;
class Clock;

/**
 * @brief Posters, backdrops and thumbnails for the views: a memory cache of decoded images in front of the disk
 * store (ImageStore) in front of the server.
 *
 * Views ask per paint with cached() and, for what is not in memory, say which images they want with setWanted():
 * a view's whole list each time, so images that scrolled away are cancelled (taken out of the queue, or their
 * download aborted when nobody else waits for it). Only what is on screen is ever wanted, so visible images load
 * first by construction; among them, in the order the view listed them.
 *
 * A load: disk lookup and decode on a pool thread (QImageReader at the displayed size, with an allocation limit);
 * if not on disk, a download (at most maxConcurrentDownloads at once; identical requests share one), then the
 * bytes are decoded first and stored only if they decode. The decoded image goes into the memory cache (cost in
 * bytes) and imageReady(key) tells the views, which repaint just that cell.
 *
 * Offline or failing: what is on disk shows; a narrower copy on disk stands in when the right width cannot be
 * fetched; otherwise the view keeps its placeholder and imageFailed(key) is emitted. Bad bytes (not an image, a
 * decompression bomb, a 404) are remembered for the run and never fetched again; network failures are retried
 * only after RetryAfterFailureMs, so a view repainting offline does not loop, or as soon as retryFailed() says the
 * server is back: failuresForgotten() then tells the views to ask again for what they gave up on.
 *
 * Lives on the GUI thread; every member must be called there. Never blocks it: disk and decode work runs on its
 * own small pool.
 */
class ImageCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RetryAfterFailureMs = 60'000;

    struct Options
    {
        QString directory;                              ///< `<cache>/images`
        qint64 maxDiskBytes = ImageStore::DefaultMaxBytes;
        qint64 maxUnusedMs = ImageStore::DefaultMaxUnusedMs; ///< the images TTL
        qint64 maxMemoryBytes = 64LL << 20;
        int maxConcurrentDownloads = 4;
    };

    ImageCache(Options options, const Clock &clock, QObject *parent = nullptr);
    ~ImageCache() override;

    /// The server in use, to fetch from; null while there is none (offline start, signed out): disk only.
    void setBackend(Backend *backend);
    /// Whose images the specs without a server id are (ImageSpec::serverId): the disk store keeps each server's apart.
    void setServerInUse(const QString &serverId);
    /// Another saved server's images (Home across servers) come through @p backend; null: from disk only.
    void setOtherServerBackend(const QString &serverId, Backend *backend);
    /// The server answers again: what failed for want of it (not bad bytes, not a 404) may be fetched at once, and
    /// the views hear failuresForgotten().
    void retryFailed();

    /// The decoded image if it is in memory; a paint-time lookup that never blocks. Null otherwise.
    [[nodiscard]] QImage cached(const ImageSpec &spec);
    /// Replaces everything @p client wants (in the order it wants it): starts what is new, cancels what no client
    /// wants any more. A client's wishes end with setWanted(client, {}) or when it is destroyed.
    void setWanted(QObject *client, const QList<ImageSpec> &specs);
    /// Loads in progress (looking on disk, queued, downloading or decoding).
    [[nodiscard]] int pendingCount() const { return int(m_jobs.size()); }

    /// Fetches @p spec's image into the disk store unless a wide enough copy is there (marquee-cli warm): true
    /// when it was fetched, false when it was already stored. Bytes that do not decode are not stored.
    QFuture<Result<bool>> download(const ImageSpec &spec, CancelToken cancel = {});
    [[nodiscard]] QFuture<Result<ImageStoreStats>> storeStats();
    /// Deletes every stored image and empties the memory cache; finishes with what was deleted.
    QFuture<Result<ImageStoreStats>> clear();

    /// The user changed the cache sizes or the images TTL: the memory cache shrinks at once, the disk store evicts
    /// on a pool thread. (The values are Options' fields of the same names.)
    void setLimits(qint64 maxDiskBytes, qint64 maxMemoryBytes, qint64 maxUnusedMs);
    [[nodiscard]] const Options &options() const { return m_options; }

    /// This run's loads.
    [[nodiscard]] const ImageCounters &counters() const { return m_counters; }
    [[nodiscard]] QString directory() const { return m_store->directory(); }
    /// The stored files, for a cache export to carry and an import to bring back (blocking: the command line).
    [[nodiscard]] ArchivedImages &archivedImages() { return *m_store; }

Q_SIGNALS:
    void imageReady(const QString &key);
    void imageFailed(const QString &key);
    /// Failed images are worth asking for again (the server is back): views forget their placeholders' failures.
    void failuresForgotten();

private:
    enum class Stage { Lookup, Queued, Downloading, Decoding };
    struct Job
    {
        quint64 id = 0;
        ImageSpec spec;
        QSet<QObject *> clients;
        Stage stage = Stage::Lookup;
        QString fallbackPath; ///< a narrower stored copy, shown if the download fails
    };
    struct Download;
    struct Lookup;

    void forgetClient(QObject *client);
    void want(QObject *client, const ImageSpec &spec);
    void drop(const QString &key);
    void startLookup(Job &job);
    void onLookedUp(const QString &key, quint64 id, Lookup lookup);
    void pump();
    void startDownload(Job &job);
    void onDownloaded(const std::shared_ptr<Download> &download, Result<QByteArray> bytes);
    void decodeDownloaded(const std::shared_ptr<Download> &download, const QByteArray &bytes);
    void decodeFallback(Job &job, const Error &why);
    void deliver(const QString &key, quint64 id, const QImage &image);
    void fail(const QString &key, quint64 id, const Error &error);
    void remember(const ImageSpec &spec, const Error &error);
    [[nodiscard]] bool isBlocked(const ImageSpec &spec) const;
    [[nodiscard]] Job *job(const QString &key, quint64 id);
    /// @p spec with the server in use's id where it names none: what the store and the download keys go by.
    [[nodiscard]] ImageSpec onServer(ImageSpec spec) const;
    [[nodiscard]] Backend *backendFor(const ImageSpec &spec) const;
    [[nodiscard]] static QString imageIdentity(const ImageSpec &spec);
    [[nodiscard]] static QString downloadKey(const ImageSpec &spec);

    Options m_options;
    const Clock &m_clock;
    std::shared_ptr<ImageStore> m_store;
    QPointer<Backend> m_backend;
    QString m_serverInUse;
    QHash<QString, QPointer<Backend>> m_otherBackends;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory;
    QHash<QString, Job> m_jobs;
    QList<QString> m_queue;
    QHash<QString, std::shared_ptr<Download>> m_downloads;
    int m_downloadsInFlight = 0;
    QSet<QObject *> m_clients;
    QSet<QString> m_unavailable;            ///< image identities whose bytes are bad or missing on the server
    QHash<QString, qint64> m_retryAfterMs;  ///< image identities that failed to download, and when to try again
    quint64 m_nextJobId = 1;
    ImageCounters m_counters;
};

} // namespace marquee
