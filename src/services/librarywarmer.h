// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/error.h"
#include "core/mediaitem.h"
#include "core/result.h"
#include "services/activeserver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace marquee {

class Backend;
class CacheConfig;
class Clock;
class Database;

/// How one warm-up of one library went.
struct WarmReport
{
    QString libraryId;
    int missing = 0;     ///< items without full details when the run started
    int alreadyFull = 0; ///< items skipped because an earlier run (or a details page) fetched them
    int fetched = 0;
    int written = 0;     ///< rows stored; a batch is either wholly written or not at all
    int failed = 0;      ///< items the server answered with an error for (gone, 5xx …); the next run retries them
    bool cancelled = false;
    bool stopped = false; ///< an error that every next request would repeat (offline, storage) ended the run
    Error error;         ///< the first error that stopped the run (offline, storage …), or the first item error
    qint64 durationMs = 0;

    /// Stopped early, or some items failed.
    [[nodiscard]] bool isComplete() const { return !cancelled && !error.isError() && failed == 0; }
};

/**
 * @brief Makes one library's items available offline at full detail (cast, studios, media sources).
 *
 * Reads which items of the library are still at summary level, fetches their details with up to `concurrency`
 * requests in flight, and writes them in batches of BatchSize, each in its own transaction. Resumable because
 * the cache is the record: an item at full detail is never fetched again, so a cancelled or failed run loses at
 * most the batch in hand, and that one is written before finishing. Images are a later stage (the image cache
 * does not exist yet); a stage would follow the same shape: list what is missing, fetch N at a time, record.
 *
 * Lives on the thread that calls start() and uses that thread's database connection; needs its event loop.
 */
class LibraryWarmer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;
    static constexpr int BatchSize = 50;

    LibraryWarmer(Backend *backend, const Database *database, const CacheConfig *config, const Clock *clock,
                  QObject *parent = nullptr);

    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    /// Starts warming @p libraryId; finished() follows, also when there is nothing to do.
    void start(const QString &libraryId);
    /// Stops sending; requests in flight are cancelled, what was fetched is still written.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const WarmReport &report() const { return m_report; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const marquee::WarmReport &report);

private:
    void launchMore();
    void onDetails(const QString &itemId, const Result<MediaItem> &result);
    void flush();
    void finishIfDone();
    void abort(const Error &error);

    Backend *m_backend;
    const Database *m_database;
    const CacheConfig *m_config;
    const Clock *m_clock;
    int m_concurrency = DefaultConcurrency;

    bool m_running = false;
    CancelToken m_cancel;
    QStringList m_queue;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    QList<MediaItem> m_batch;
    ActiveServer m_server; ///< read when the warm starts: every batch goes to that server
    qint64 m_runId = -1;
    qint64 m_startedAtMs = 0;
    QElapsedTimer m_timer;
    WarmReport m_report;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::WarmReport)
