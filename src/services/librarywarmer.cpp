// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/librarywarmer.h"

#include "backend/backend.h"
#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/refreshscope.h"
#include "storage/cachestatsrepository.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/syncstaterepository.h"

#include <QFuture>

namespace marquee {

namespace {
/// Errors that say the next request would fail too: stop instead of burning through the queue.
bool stopsTheRun(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
    case ErrorKind::Unauthorized:
    case ErrorKind::StorageFull:
    case ErrorKind::StorageCorrupt:
    case ErrorKind::Storage: return true;
    default: return false;
    }
}
} // namespace

LibraryWarmer::LibraryWarmer(Backend *backend, const Database *database, const CacheConfig *config, const Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_database(database)
    , m_config(config)
    , m_clock(clock)
{
}

void LibraryWarmer::start(const QString &libraryId)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel = CancelToken();
    m_report = WarmReport{};
    m_report.libraryId = libraryId;
    m_timer.start();
    m_next = 0;
    m_inFlight = 0;
    m_batch.clear();

    const QSqlDatabase db = m_database->connection();
    CacheStatsRepository stats(db);
    m_queue = stats.idsMissingDetails(libraryId);
    m_report.missing = int(m_queue.size());
    for (const LibraryStats &library : stats.libraries()) {
        if (library.id == libraryId)
            m_report.alreadyFull = library.fullDetail;
    }
    m_server = ActiveServer::read(db);
    m_startedAtMs = m_clock->nowMs();
    // One history row per warm-up, so `stats` lists it next to the refreshes.
    m_runId = SyncStateRepository(db).startRun(RefreshScope::library(libraryId).key(), QStringLiteral("warm"),
                                               m_startedAtMs);
    Q_EMIT progressed(0, m_report.missing);
    if (m_queue.isEmpty()) {
        // Queued, so a caller that connects after start() still sees it, as with a real run.
        QMetaObject::invokeMethod(this, &LibraryWarmer::finishIfDone, Qt::QueuedConnection);
        return;
    }
    launchMore();
}

void LibraryWarmer::cancel()
{
    if (!m_running || m_report.cancelled)
        return;
    m_report.cancelled = true;
    m_cancel.cancel();
    finishIfDone();
}

void LibraryWarmer::abort(const Error &error)
{
    // The error that stopped the run says more than an earlier per-item one; later ones are its echoes.
    if (!m_report.stopped) {
        m_report.stopped = true;
        m_report.error = error;
    }
    m_cancel.cancel();
}

void LibraryWarmer::launchMore()
{
    while (m_inFlight < m_concurrency && m_next < m_queue.size() && !m_cancel.isCancelled()) {
        const QString id = m_queue.at(m_next++);
        ++m_inFlight;
        // The continuation runs on this object's thread; it is dropped if the warmer is destroyed first.
        m_backend->itemDetails(id, m_cancel).then(this, [this, id](const Result<MediaItem> &result) {
            onDetails(id, result);
        });
    }
}

void LibraryWarmer::onDetails(const QString &itemId, const Result<MediaItem> &result)
{
    --m_inFlight;
    if (result) {
        MediaItem item = result.value();
        // The server names the folder on disk as parent; the cache files items under their library.
        item.libraryId = m_report.libraryId;
        item.detailLevel = DetailLevel::Full;
        m_batch.append(item);
        ++m_report.fetched;
        if (m_batch.size() >= BatchSize)
            flush();
    } else if (result.error().kind != ErrorKind::Cancelled) {
        if (stopsTheRun(result.error().kind)) {
            abort(result.error());
        } else {
            // One bad item (deleted meanwhile, a 500) must not stop a run of thousands; it is retried next run.
            qCInfo(lcServices).noquote() << "warm: details of" << itemId << "failed:" << result.error().toString();
            if (m_report.failed++ == 0 && !m_report.error.isError())
                m_report.error = result.error();
        }
    }
    Q_EMIT progressed(m_report.fetched + m_report.failed, m_report.missing);
    launchMore();
    finishIfDone();
}

void LibraryWarmer::flush()
{
    if (m_batch.isEmpty())
        return;
    ItemBatchWriter writer(m_database->connection(), *m_config, m_server.scope);
    const Result<int> written = writer.write(m_server.id, m_batch, m_clock->nowMs());
    if (written) {
        m_report.written += int(m_batch.size());
    } else {
        abort(written.error());
    }
    m_batch.clear();
}

void LibraryWarmer::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || (m_next < m_queue.size() && !m_cancel.isCancelled()))
        return;
    flush();
    m_running = false;
    m_report.durationMs = m_timer.elapsed();
    SyncRun run;
    run.id = m_runId;
    run.scope = RefreshScope::library(m_report.libraryId).key();
    run.startedAtMs = m_startedAtMs;
    run.finishedAtMs = m_clock->nowMs();
    run.status = m_report.cancelled ? QStringLiteral("cancelled")
                 : m_report.isComplete() ? QStringLiteral("succeeded")
                                         : QStringLiteral("failed");
    run.fetched = m_report.fetched;
    run.written = m_report.written;
    run.error = m_report.error.isError() ? m_report.error.toString() : QString();
    run.errorKind = m_report.error.kind;
    SyncStateRepository(m_database->connection()).finishRun(run);
    Q_EMIT finished(m_report);
}

} // namespace marquee
