// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/playbackevent.h"
#include "core/result.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace marquee {

class Backend;
class Clock;
class PlaybackQueueRepository;
class QueueSendLock;
class DatabaseWriter;

/**
 * @brief Sends this device's queued user-data changes to the server, in order, one at a time, whenever it answers.
 *
 * Every change goes as absolute user data, so that sending it again after a lost answer changes nothing: a queued
 * position as position, not played, LastPlayedDate = when it happened (POST /UserItems/{id}/UserData), never as a
 * "now playing" report; played as played, position 0, the play count it left here and the date it happened (the
 * same route), or, when a live session already counted the play, /UserPlayedItems/{id} without a date (the server
 * then keeps the count it has); unplayed and favourites to their routes. A row leaves the queue only after the
 * server accepted it.
 *
 * One process at a time sends the queue of a data folder (setSendLock(): an OS lock file that a crashed holder
 * loses with its process); another one that finds it taken tries again every LockRetryMs and leaves the rows,
 * which the holder sends in order, to it.
 *
 * When it drains: start() (after releasing rows a crash left held or mid-send), drainSoon() after a local change,
 * drainNow() when the server answered something else (reconnect, a successful refresh or live report), every
 * RetryIntervalMs, and when a back-off ends. Failures: offline, timeouts and 5xx stop the run and back off (5 s
 * doubling to 5 min); another 4xx postpones that row only and the rest go on; a 404 means the item is gone from
 * the server, so its change can never apply and is removed with a warning and a visible error; a 401 stops until a
 * new sign-in, touching no row. Nothing is dropped silently. Lives on the GUI thread: queue work runs on the
 * DatabaseWriter, requests through the Backend's futures.
 */
class PlaybackSyncWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryIntervalMs = 60'000;
    static constexpr qint64 FirstBackoffMs = 5'000;
    static constexpr qint64 MaxBackoffMs = 300'000;
    static constexpr int LockRetryMs = 2'000;

    /// @p backend may be null until a server is connected (setBackend()).
    PlaybackSyncWorker(Backend *backend, DatabaseWriter &writer, const Clock &clock, QObject *parent = nullptr);
    ~PlaybackSyncWorker() override;

    /// The server to send to from now on (a sign-in to another server replaces the backend); null: none.
    void setBackend(Backend *backend);
    /// Makes every row due (nothing is mid-send or held for a live report after a restart), then drains. Once:
    /// later calls only drain.
    void start();
    /// Off: no periodic or back-off timers (tests and benchmarks call drainNow() themselves).
    void setAutomaticRetry(bool enabled);
    /// Sends only while holding @p lock (the data folder's, shared by every process and every worker on it).
    void setSendLock(std::shared_ptr<QueueSendLock> lock);
    /// Sends the changes of the server @p serverId only, whichever server is in use; empty (the default): the
    /// server in use (the cache's active server).
    void setServerId(const QString &serverId);
    /// The last run found the queue being sent by another process.
    [[nodiscard]] bool isWaitingForSendLock() const { return m_waitingForLock; }

    [[nodiscard]] bool isDraining() const { return m_running; }
    [[nodiscard]] bool isSignedOut() const { return m_signedOut; }
    /// Changes waiting for the server, as last counted; -1 before the first count.
    [[nodiscard]] int pendingCount() const { return m_pending; }
    /// Why the last attempt failed; ErrorKind::None once a change went through again.
    [[nodiscard]] const Error &lastError() const { return m_lastError; }

public Q_SLOTS:
    /// The server answers: rows that failed before are due again, whatever the back-off said.
    void drainNow();
    /// Something was queued: send it, unless a back-off or a sign-out is in force (then only count it).
    void drainSoon();

Q_SIGNALS:
    void statusChanged(int pending, const marquee::Error &lastError);
    /// A run ended: @p delivered rows were accepted; @p error is None when nothing due is left.
    void drainFinished(int delivered, const marquee::Error &error);

private:
    using QueueChange = std::function<bool(PlaybackQueueRepository &, const QString &serverId)>;
    struct StepOutcome
    {
        Error error;
        std::optional<PlaybackEvent> next;
        int pending = -1;
    };

    /// On the writer thread: applies @p change, counts the queue and, when @p fetchNext, reads the next due row.
    void runStep(QueueChange change, bool fetchNext);
    void onStep(const StepOutcome &outcome, bool fetchNext);
    void send(const PlaybackEvent &event);
    void onSent(const PlaybackEvent &event, const Status &status);
    void finishRun(const Error &error);
    void backOff(const PlaybackEvent &event, const Error &error);
    void setStatus(int pending, const Error &error);
    /// True when this process may send: no lock configured, or the lock held (taken now if it is free).
    [[nodiscard]] bool holdSendLock();

    Backend *m_backend = nullptr;
    DatabaseWriter &m_writer;
    const Clock &m_clock;
    QTimer m_periodic;
    QTimer m_backoffTimer;
    QTimer m_lockRetryTimer;
    std::shared_ptr<QueueSendLock> m_sendLock;
    bool m_holdingSendLock = false;
    QString m_serverId; ///< empty: the server in use
    bool m_waitingForLock = false;
    bool m_automatic = true;
    bool m_started = false;
    bool m_running = false;
    bool m_again = false;    ///< drainSoon() came during a run
    bool m_againNow = false; ///< drainNow() came during a run
    std::optional<std::pair<int, Error>> m_emitted; ///< the status last announced
    bool m_signedOut = false;
    qint64 m_backoffMs = 0;
    int m_delivered = 0;
    int m_pending = -1;
    Error m_lastError;
};

} // namespace marquee
