// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbacksyncworker.h"

#include "backend/backend.h"
#include "backend/resultpromise.h"
#include "core/clock.h"
#include "core/synclogging.h"
#include "services/databasewriter.h"
#include "services/queuesendlock.h"
#include "storage/cachemetarepository.h"
#include "storage/playbackqueuerepository.h"

namespace marquee {

namespace {

/// The server took the change; only its answer could not be read.
bool accepted(const Status &status)
{
    if (status.ok())
        return true;
    const Error &error = status.error();
    return error.kind == ErrorKind::BadResponse && error.httpStatus >= 200 && error.httpStatus < 300;
}

Status statusOf(const Result<UserData> &result)
{
    return result ? success() : Status(result.error());
}

QFuture<Status> deliver(Backend &backend, const PlaybackEvent &event)
{
    switch (event.kind) {
    case PlaybackEventKind::Progress: {
        // Verbatim on the server: the position, unplayed as after a real start, and when it really happened.
        UserDataUpdate update;
        update.positionTicks = event.positionTicks;
        update.played = false;
        update.lastPlayedAtMs = event.occurredAtMs;
        return backend.updateUserData(event.itemId, update).then(statusOf);
    }
    case PlaybackEventKind::Played: {
        // A live start already counted this play; without a date the server keeps its count (at least one).
        if (event.playCounted)
            return backend.markPlayed(event.itemId).then(statusOf);
        // The state it leaves, never "one more play": sent twice, it still counts one play.
        UserDataUpdate update;
        update.played = true;
        update.positionTicks = 0;
        update.playCount = std::max(event.playCount, 1);
        update.lastPlayedAtMs = event.occurredAtMs;
        return backend.updateUserData(event.itemId, update).then(statusOf);
    }
    case PlaybackEventKind::Unplayed: return backend.markUnplayed(event.itemId).then(statusOf);
    case PlaybackEventKind::Favorite: return backend.setFavorite(event.itemId, true).then(statusOf);
    case PlaybackEventKind::Unfavorite: return backend.setFavorite(event.itemId, false).then(statusOf);
    }
    return finishedFuture<std::monostate>(
        Error{ErrorKind::ClientError, QStringLiteral("a queued change of an unknown kind"), {}, 0});
}

QString describe(const PlaybackEvent &event)
{
    return QStringLiteral("%1 of item %2 (queued #%3)")
        .arg(PlaybackQueueRepository::kindName(event.kind), event.itemId)
        .arg(event.seq);
}

} // namespace

PlaybackSyncWorker::PlaybackSyncWorker(Backend *backend, DatabaseWriter &writer, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
{
    m_periodic.setInterval(RetryIntervalMs);
    connect(&m_periodic, &QTimer::timeout, this, &PlaybackSyncWorker::drainSoon);
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &PlaybackSyncWorker::drainSoon);
    m_lockRetryTimer.setSingleShot(true);
    m_lockRetryTimer.setInterval(LockRetryMs);
    connect(&m_lockRetryTimer, &QTimer::timeout, this, &PlaybackSyncWorker::drainSoon);
    setBackend(backend);
}

PlaybackSyncWorker::~PlaybackSyncWorker()
{
    if (m_holdingSendLock)
        m_sendLock->release();
}

void PlaybackSyncWorker::setSendLock(std::shared_ptr<QueueSendLock> lock)
{
    m_sendLock = std::move(lock);
}

void PlaybackSyncWorker::setServerId(const QString &serverId)
{
    m_serverId = serverId;
    m_pending = -1;
}

bool PlaybackSyncWorker::holdSendLock()
{
    if (!m_sendLock || m_holdingSendLock || (m_holdingSendLock = m_sendLock->tryAcquire())) {
        m_waitingForLock = false;
        return true;
    }
    m_waitingForLock = true;
    if (m_automatic)
        m_lockRetryTimer.start();
    return false;
}

void PlaybackSyncWorker::setBackend(Backend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_signedOut = false;
    if (!m_backend)
        return;
    // Another server's queue is counted by server: what was counted so far was the last server's, and a server
    // switched to must not find its changes taken for "nothing waits" (drainNow).
    m_pending = -1;
    connect(m_backend, &Backend::unauthorized, this, [this] { m_signedOut = true; });
    connect(m_backend, &Backend::sessionChanged, this, [this] {
        m_signedOut = false;
        drainNow();
    });
}

void PlaybackSyncWorker::setAutomaticRetry(bool enabled)
{
    m_automatic = enabled;
    if (!enabled) {
        m_periodic.stop();
        m_backoffTimer.stop();
    }
}

void PlaybackSyncWorker::start()
{
    if (std::exchange(m_started, true)) {
        drainNow();
        return;
    }
    if (m_automatic)
        m_periodic.start();
    if (m_running) {
        m_again = true;
        return;
    }
    // Rows another process holds for its live reports are its own: release them only with the lock in hand.
    if (!holdSendLock()) {
        runStep(nullptr, false);
        return;
    }
    // A worker of one server leaves the other servers' rows, the one in use holding some for its live reports.
    const bool pinned = !m_serverId.isEmpty();
    const auto release = [pinned](PlaybackQueueRepository &queue, const QString &serverId) {
        return pinned ? queue.releaseFailed(serverId) : queue.releaseAll();
    };
    runStep(release, true);
}

void PlaybackSyncWorker::drainNow()
{
    if (m_signedOut) {
        drainSoon();
        return;
    }
    m_backoffTimer.stop();
    m_backoffMs = 0;
    if (m_running) {
        m_againNow = true;
        return;
    }
    if (m_pending == 0 && !m_lastError.isError())
        return; // nothing waits: a successful request elsewhere costs no queue read
    runStep([](PlaybackQueueRepository &queue, const QString &serverId) { return queue.releaseFailed(serverId); },
            true);
}

void PlaybackSyncWorker::drainSoon()
{
    if (m_running) {
        m_again = true;
        return;
    }
    const bool blocked = m_signedOut || m_backoffTimer.isActive();
    runStep(nullptr, !blocked);
}

void PlaybackSyncWorker::runStep(QueueChange change, bool fetchNext)
{
    m_running = true;
    fetchNext = fetchNext && holdSendLock();
    const qint64 now = m_clock.nowMs();
    m_writer
        .run([change = std::move(change), fetchNext, now, pinned = m_serverId](const QSqlDatabase &db) {
            StepOutcome outcome;
            const QString serverId = pinned.isEmpty() ? CacheMetaRepository(db).serverId() : pinned;
            PlaybackQueueRepository queue(db);
            if (change && !change(queue, serverId)) {
                outcome.error = queue.lastError();
            } else if (fetchNext) {
                Result<std::optional<PlaybackEvent>> next = queue.nextDue(serverId, now);
                if (next)
                    outcome.next = next.takeValue();
                else
                    outcome.error = next.error();
            }
            outcome.pending = queue.pendingCount(serverId);
            return outcome;
        })
        .then(this, [this, fetchNext](const StepOutcome &outcome) { onStep(outcome, fetchNext); });
}

void PlaybackSyncWorker::onStep(const StepOutcome &outcome, bool fetchNext)
{
    if (outcome.error.isError()) {
        qCWarning(lcSync).noquote() << "the playback queue could not be read or updated:" << outcome.error.toString();
        setStatus(outcome.pending, outcome.error);
        if (m_automatic)
            m_backoffTimer.start(int(FirstBackoffMs));
        finishRun(outcome.error);
        return;
    }
    setStatus(outcome.pending, m_lastError);
    if (!fetchNext || !outcome.next) {
        finishRun(fetchNext ? Error{} : m_lastError);
        return;
    }
    send(*outcome.next);
}

void PlaybackSyncWorker::send(const PlaybackEvent &event)
{
    if (!m_backend) {
        finishRun(Error{ErrorKind::Offline, QStringLiteral("no server connected"), {}, 0});
        return;
    }
    deliver(*m_backend, event).then(this, [this, event](const Status &status) { onSent(event, status); });
}

void PlaybackSyncWorker::onSent(const PlaybackEvent &event, const Status &status)
{
    const qint64 seq = event.seq;
    if (accepted(status)) {
        ++m_delivered;
        m_backoffMs = 0;
        m_lastError = {};
        qCDebug(lcSync).noquote() << "delivered" << describe(event);
        runStep([seq](PlaybackQueueRepository &queue, const QString &) { return queue.remove(seq); }, true);
        return;
    }
    const Error &error = status.error();
    if (error.kind == ErrorKind::Unauthorized) {
        qCWarning(lcSync).noquote() << "signed out: the queue waits for a new sign-in;" << describe(event)
                                    << "stays queued";
        m_signedOut = true;
        setStatus(m_pending, error);
        finishRun(error);
        return;
    }
    if (error.kind == ErrorKind::ClientError && error.httpStatus == 404) {
        qCWarning(lcSync).noquote() << "the server no longer has the item; removed" << describe(event)
                                    << "which can never apply:" << error.toString();
        m_lastError = error;
        runStep([seq](PlaybackQueueRepository &queue, const QString &) { return queue.remove(seq); }, true);
        return;
    }
    if (error.kind == ErrorKind::ClientError) {
        // The server refuses this one change; the others may still go.
        const qint64 delay = std::min(MaxBackoffMs, FirstBackoffMs << std::min(event.attempts, 6));
        const qint64 next = m_clock.nowMs() + delay;
        qCWarning(lcSync).noquote() << "the server refused" << describe(event) << "(" << error.toString()
                                    << "); retried in" << delay / 1000 << "s";
        m_lastError = error;
        runStep([seq, next, text = error.toString()](PlaybackQueueRepository &queue, const QString &) {
            return queue.postpone(seq, next, text);
        },
                true);
        return;
    }
    backOff(event, error);
}

void PlaybackSyncWorker::backOff(const PlaybackEvent &event, const Error &error)
{
    m_backoffMs = m_backoffMs > 0 ? std::min(2 * m_backoffMs, MaxBackoffMs) : FirstBackoffMs;
    const qint64 seq = event.seq;
    const qint64 next = m_clock.nowMs() + m_backoffMs;
    qCInfo(lcSync).noquote() << "could not send" << describe(event) << "(" << error.toString() << "); next try in"
                             << m_backoffMs / 1000 << "s";
    m_lastError = error;
    if (m_automatic)
        m_backoffTimer.start(int(m_backoffMs));
    runStep([seq, next, text = error.toString()](PlaybackQueueRepository &queue, const QString &) {
        return queue.postpone(seq, next, text);
    },
            false);
}

void PlaybackSyncWorker::finishRun(const Error &error)
{
    m_running = false;
    if (std::exchange(m_holdingSendLock, false))
        m_sendLock->release();
    Q_EMIT drainFinished(std::exchange(m_delivered, 0), error);
    if (std::exchange(m_againNow, false)) {
        m_again = false;
        drainNow();
    } else if (std::exchange(m_again, false)) {
        drainSoon();
    }
}

void PlaybackSyncWorker::setStatus(int pending, const Error &error)
{
    if (pending >= 0)
        m_pending = pending;
    m_lastError = error;
    if (m_emitted && m_emitted->first == m_pending && m_emitted->second == m_lastError)
        return;
    m_emitted = {m_pending, m_lastError};
    Q_EMIT statusChanged(m_pending, m_lastError);
}

} // namespace marquee
