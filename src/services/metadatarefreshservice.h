// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/error.h"
#include "services/refreshjob.h"
#include "services/refreshscope.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

namespace marquee {

class MessageBroker;
class RefreshJob;
struct SyncState;

enum class ScopeFreshness {
    Fresh,   ///< within its TTL: nothing to do
    Stale,   ///< cached but expired: show it and refresh in the background
    Missing, ///< never fetched: show a loading state and fetch first
};

/**
 * @brief Keeps what the user is looking at fresh, and nothing else.
 *
 * Pages say which scopes they show (setVisibleScopes); the service reads each scope's sync_state and queues a
 * job on its thread pool when the scope is stale or missing (High), close to expiry (Low, lookahead) or asked for
 * by the user (Normal, ignoring TTL and backoff). The same scope is never queued twice. Failures back off per
 * scope (5 s doubling to 5 min), except that the server's return ends every back-off; a hidden scope is never
 * fetched. Results reach pages through the MessageBroker; whether the server answers is the ConnectivityMonitor's.
 * Lives on the GUI thread; only the jobs run elsewhere.
 */
class MetadataRefreshService : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 2;
    static constexpr int EvaluateIntervalMs = 5000;
    /// A visible scope this close to expiry (as a share of its TTL) gets a low-priority refresh.
    static constexpr double LookaheadShare = 0.1;

    MetadataRefreshService(const RefreshEnvironment &environment, MessageBroker *broker, QObject *parent = nullptr);
    ~MetadataRefreshService() override;

    void setMaxConcurrentJobs(int count);
    [[nodiscard]] int maxConcurrentJobs() const { return m_pool.maxThreadCount(); }
    /// Applies to the jobs started from now on; a running job keeps the size it started with.
    void setBatchSize(int size) { m_env.batchSize = std::max(1, size); }
    [[nodiscard]] int batchSize() const { return m_env.batchSize; }
    /// Stops the periodic re-evaluation; tests drive evaluate() with a manual clock instead.
    void setAutomaticEvaluation(bool enabled);

    [[nodiscard]] ScopeFreshness freshness(const RefreshScope &scope) const;
    [[nodiscard]] bool isActive(const QString &scopeKey) const { return m_active.contains(scopeKey); }
    [[nodiscard]] bool isIdle() const { return m_active.isEmpty(); }
    [[nodiscard]] QStringList visibleScopes() const { return m_visible; }

public Q_SLOTS:
    void setVisibleScopes(const QStringList &scopeKeys);
    /// The items on screen in a library page; their user data is re-read after each refresh of that library.
    void setVisibleItems(const QString &scopeKey, const QStringList &itemIds);
    /// The user asked: runs now, whatever the TTL or backoff says. `full` lists the whole library again.
    void refreshNow(const QString &scopeKey, bool full = false);
    /// F5 and the footer's button: every visible scope, now.
    void refreshVisibleNow();
    void cancel(const QString &scopeKey);
    void cancelAll();
    /// Looks at every visible scope again (called on a timer, and when something changed).
    void evaluate();
    /// After a new sign-in: scheduling resumes.
    void resume();
    /// The server's reachability as the ConnectivityMonitor tells it. While it is away nothing refreshes by itself
    /// (a refresh the user asks for still runs); back online, every visible scope that failed while it was away
    /// is tried again at once instead of waiting out its back-off.
    void setServerReachable(bool reachable);

private:
    void consider(const RefreshScope &scope);
    [[nodiscard]] std::optional<SyncState> syncState(const QString &scopeKey) const;
    [[nodiscard]] qint64 expiresAt(const RefreshScope &scope, const SyncState &state) const;
    void start(const RefreshScope &scope, RefreshPriority priority, bool full);
    [[nodiscard]] RefreshJob *createJob(const RefreshScope &scope, bool full, const CancelToken &cancel);
    void onFinished(const QString &scopeKey, const Error &error);

    RefreshEnvironment m_env;
    MessageBroker *m_broker;
    RefreshJobEvents m_events;
    QHash<QString, CancelToken> m_active; ///< queued or running, by scope key
    QStringList m_visible;
    QHash<QString, QStringList> m_visibleItems; ///< by library scope key
    QTimer m_evaluateTimer;
    bool m_reachable = true;
    qint64 m_reachableAgainAtMs = 0; ///< failures before this were the server's absence, not worth a back-off
    bool m_signedOut = false;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace marquee
