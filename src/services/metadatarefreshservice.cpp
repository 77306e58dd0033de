// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/metadatarefreshservice.h"

#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/libraryrefreshjob.h"
#include "services/messagebroker.h"
#include "services/simplerefreshjobs.h"
#include "storage/cacheserverrepository.h"
#include "storage/database.h"
#include "storage/syncstaterepository.h"

namespace marquee {

MetadataRefreshService::MetadataRefreshService(const RefreshEnvironment &environment, MessageBroker *broker,
                                               QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_broker(broker)
{
    m_pool.setObjectName(QStringLiteral("MetadataRefresh"));
    m_pool.setMaxThreadCount(DefaultConcurrency);
    connect(&m_events, &RefreshJobEvents::progressed, m_broker, &MessageBroker::refreshProgress);
    connect(&m_events, &RefreshJobEvents::batchWritten, m_broker, &MessageBroker::scopeUpdated);
    connect(&m_events, &RefreshJobEvents::notice, m_broker, &MessageBroker::notice);
    connect(&m_events, &RefreshJobEvents::finished, this, &MetadataRefreshService::onFinished);
    m_evaluateTimer.setInterval(EvaluateIntervalMs);
    connect(&m_evaluateTimer, &QTimer::timeout, this, &MetadataRefreshService::evaluate);
    m_evaluateTimer.start();
}

MetadataRefreshService::~MetadataRefreshService()
{
    cancelAll();
    m_pool.waitForDone();
}

void MetadataRefreshService::setMaxConcurrentJobs(int count)
{
    m_pool.setMaxThreadCount(std::max(1, count));
}

void MetadataRefreshService::setAutomaticEvaluation(bool enabled)
{
    if (enabled)
        m_evaluateTimer.start();
    else
        m_evaluateTimer.stop();
}

ScopeFreshness MetadataRefreshService::freshness(const RefreshScope &scope) const
{
    const std::optional<SyncState> state = syncState(scope.key());
    if (!state || !state->lastSuccessAtMs)
        return ScopeFreshness::Missing;
    return expiresAt(scope, *state) > m_env.clock->nowMs() ? ScopeFreshness::Fresh : ScopeFreshness::Stale;
}

std::optional<SyncState> MetadataRefreshService::syncState(const QString &scopeKey) const
{
    QSqlDatabase db = m_env.database->connection();
    if (m_env.serverId.isEmpty())
        return SyncStateRepository(db).state(scopeKey);
    // A lane's server the cache has never held rows of has no refresh state either.
    const std::optional<qint64> key = CacheServerRepository(db).keyOf(m_env.serverId);
    return key ? SyncStateRepository(db, ServerScope::of(*key)).state(scopeKey) : std::nullopt;
}

qint64 MetadataRefreshService::expiresAt(const RefreshScope &scope, const SyncState &state) const
{
    // The expiry was fixed with the TTL of its day; the user may have changed the TTL since (Preferences). Kept
    // inside today's jitter band around the last success, a shorter TTL takes effect at once and a longer one
    // from the next refresh on, without a restart.
    const qint64 stored = state.expiresAtMs.value_or(0);
    if (!state.lastSuccessAtMs)
        return stored;
    const double ttl = double(m_env.config->ttl(scope.contentKind()).count());
    const double jitter = m_env.config->jitter();
    const qint64 earliest = *state.lastSuccessAtMs + qint64(ttl * (1.0 - jitter));
    const qint64 latest = *state.lastSuccessAtMs + qint64(ttl * (1.0 + jitter));
    return std::clamp(stored, earliest, latest);
}

void MetadataRefreshService::setVisibleScopes(const QStringList &scopeKeys)
{
    m_visible = scopeKeys;
    evaluate();
}

void MetadataRefreshService::setVisibleItems(const QString &scopeKey, const QStringList &itemIds)
{
    m_visibleItems.insert(scopeKey, itemIds);
}

void MetadataRefreshService::evaluate()
{
    // Away, the server is asked by the connectivity monitor alone; its return runs everything that waited.
    if (m_signedOut || !m_reachable)
        return;
    for (const QString &key : std::as_const(m_visible)) {
        const std::optional<RefreshScope> scope = RefreshScope::parse(key);
        if (scope && scope->kind != RefreshScope::Kind::UserData)
            consider(*scope);
    }
}

void MetadataRefreshService::consider(const RefreshScope &scope)
{
    const QString key = scope.key();
    if (m_active.contains(key))
        return;
    // Every other scope is placed in a library: wait for the library list; its end triggers evaluate() again.
    if (scope.kind != RefreshScope::Kind::Libraries
        && freshness(RefreshScope::libraries()) == ScopeFreshness::Missing) {
        consider(RefreshScope::libraries());
        return;
    }
    const std::optional<SyncState> state = syncState(key);
    const qint64 now = m_env.clock->nowMs();
    const bool failedWhileAway = state && state->lastAttemptAtMs && *state->lastAttemptAtMs < m_reachableAgainAtMs;
    if (state && state->nextRetryAtMs && *state->nextRetryAtMs > now && !failedWhileAway)
        return; // backing off after a failure; the timer looks again
    if (!state || !state->lastSuccessAtMs || expiresAt(scope, *state) <= now) {
        start(scope, RefreshPriority::High, false);
        return;
    }
    const qint64 ttl = m_env.config->ttl(scope.contentKind()).count();
    if (expiresAt(scope, *state) - now <= qint64(double(ttl) * LookaheadShare))
        start(scope, RefreshPriority::Low, false);
}

void MetadataRefreshService::refreshNow(const QString &scopeKey, bool full)
{
    const std::optional<RefreshScope> scope = RefreshScope::parse(scopeKey);
    if (!scope) {
        qCWarning(lcServices) << "unknown refresh scope" << scopeKey;
        return;
    }
    m_signedOut = false;
    start(*scope, RefreshPriority::Normal, full);
}

void MetadataRefreshService::refreshVisibleNow()
{
    for (const QString &key : std::as_const(m_visible))
        refreshNow(key);
}

void MetadataRefreshService::start(const RefreshScope &scope, RefreshPriority priority, bool full)
{
    const QString key = scope.key();
    if (m_active.contains(key))
        return;
    const CancelToken cancel;
    RefreshJob *job = createJob(scope, full, cancel);
    if (!job)
        return;
    m_active.insert(key, cancel);
    Q_EMIT m_broker->refreshStarted(key);
    m_pool.start(job, int(priority));
}

RefreshJob *MetadataRefreshService::createJob(const RefreshScope &scope, bool full, const CancelToken &cancel)
{
    switch (scope.kind) {
    case RefreshScope::Kind::Libraries: return new LibrariesRefreshJob(m_env, &m_events, cancel);
    case RefreshScope::Kind::Home: return new HomeRefreshJob(m_env, &m_events, cancel);
    case RefreshScope::Kind::Library: return new LibraryRefreshJob(scope.id, full, m_env, &m_events, cancel);
    case RefreshScope::Kind::Series: return new SeriesRefreshJob(scope.id, m_env, &m_events, cancel);
    case RefreshScope::Kind::Item: return new ItemRefreshJob(scope.id, m_env, &m_events, cancel);
    case RefreshScope::Kind::UserData:
        return new UserDataRefreshJob(scope.id, m_visibleItems.value(RefreshScope::library(scope.id).key()), m_env,
                                      &m_events, cancel);
    }
    return nullptr;
}

void MetadataRefreshService::cancel(const QString &scopeKey)
{
    if (const auto it = m_active.constFind(scopeKey); it != m_active.constEnd())
        it->cancel();
}

void MetadataRefreshService::cancelAll()
{
    for (const CancelToken &token : std::as_const(m_active))
        token.cancel();
}

void MetadataRefreshService::resume()
{
    m_signedOut = false;
    evaluate();
}

void MetadataRefreshService::setServerReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    if (!reachable)
        return;
    m_reachableAgainAtMs = m_env.clock->nowMs();
    evaluate();
}

void MetadataRefreshService::onFinished(const QString &scopeKey, const Error &error)
{
    m_active.remove(scopeKey);
    if (error.kind == ErrorKind::Unauthorized) {
        m_signedOut = true;
        Q_EMIT m_broker->signedOut(error);
    }
    Q_EMIT m_broker->refreshFinished(scopeKey, error);
    if (error.isError())
        return;
    // A new library list can make visible library scopes refreshable.
    if (scopeKey == RefreshScope::libraries().key())
        evaluate();
    // A refreshed library re-reads the played state of what is on screen, which its listing cannot reveal.
    const std::optional<RefreshScope> scope = RefreshScope::parse(scopeKey);
    if (scope && scope->kind == RefreshScope::Kind::Library && !m_visibleItems.value(scopeKey).isEmpty()
        && m_visible.contains(scopeKey))
        start(RefreshScope::userData(scope->id), RefreshPriority::High, false);
}

} // namespace marquee
