// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/syncstaterepository.h"

#include "storage/serverscope.h"

namespace marquee {

SyncStateRepository::SyncStateRepository(QSqlDatabase db, ServerScope scope)
    : m_state(db, QStringLiteral("SELECT last_success_at, last_attempt_at, watermark, failure_count, next_retry_at, "
                                 "last_error, total_count, expires_at, last_error_kind FROM sync_state "
                                 "WHERE server_key = %1 AND scope = :scope")
                      .arg(ServerScope::serverKeySql()))
    , m_success(db, QStringLiteral(
          "INSERT INTO sync_state (server_key, scope, last_success_at, last_attempt_at, expires_at, watermark, "
          "failure_count, next_retry_at, last_error, total_count) VALUES (%1, :scope, :at, :at, :expires_at, "
          ":watermark, 0, NULL, NULL, :total) ON CONFLICT(server_key, scope) DO UPDATE SET "
          "last_success_at = excluded.last_success_at, "
          "last_attempt_at = excluded.last_attempt_at, expires_at = excluded.expires_at, "
          "watermark = excluded.watermark, failure_count = 0, "
          "next_retry_at = NULL, last_error = NULL, last_error_kind = NULL, "
          "total_count = coalesce(excluded.total_count, total_count)")
                        .arg(ServerScope::serverKeySql()))
    , m_failure(db, QStringLiteral(
          "INSERT INTO sync_state (server_key, scope, last_attempt_at, failure_count, next_retry_at, last_error, "
          "last_error_kind) VALUES (%1, :scope, :at, 1, :next_retry, :error, :kind) "
          "ON CONFLICT(server_key, scope) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, "
          "failure_count = failure_count + 1, next_retry_at = excluded.next_retry_at, last_error = excluded.last_error, "
          "last_error_kind = excluded.last_error_kind")
                        .arg(ServerScope::serverKeySql()))
    , m_startRun(db, QStringLiteral("INSERT INTO sync_runs (server_key, scope, kind, started_at, status) "
                                    "VALUES (%1, :scope, :kind, :at, 'running')")
                         .arg(ServerScope::serverKeySql()))
    , m_finishRun(db, QStringLiteral("UPDATE sync_runs SET finished_at = :finished_at, kind = coalesce(:kind, kind), status = :status, "
                                     "fetched = :fetched, written = :written, deleted = :deleted, error = :error, "
                                     "error_kind = :error_kind, note = :note "
                                     "WHERE id = :id"))
    , m_recentRuns(db, QStringLiteral("SELECT id, scope, kind, started_at, finished_at, status, fetched, written, "
                                      "deleted, error, error_kind, note FROM sync_runs WHERE server_key = %1 "
                                      "ORDER BY started_at DESC, id DESC LIMIT :limit")
                           .arg(ServerScope::serverKeySql()))
{
    scope.bindTo({&m_state, &m_success, &m_failure, &m_startRun, &m_recentRuns});
}

std::optional<SyncState> SyncStateRepository::state(const QString &scope)
{
    m_state.bind(QStringLiteral(":scope"), scope);
    if (!m_state.exec() || !m_state.next())
        return std::nullopt;
    SyncState state;
    state.scope = scope;
    state.lastSuccessAtMs = optionalFrom<qint64>(m_state.value(0));
    state.lastAttemptAtMs = optionalFrom<qint64>(m_state.value(1));
    state.watermark = m_state.value(2).toString();
    state.failureCount = m_state.value(3).toInt();
    state.nextRetryAtMs = optionalFrom<qint64>(m_state.value(4));
    state.lastError = m_state.value(5).toString();
    state.totalCount = optionalFrom<int>(m_state.value(6));
    state.expiresAtMs = optionalFrom<qint64>(m_state.value(7));
    state.lastErrorKind = errorKindFromKey(m_state.value(8).toString());
    m_state.finish();
    return state;
}

bool SyncStateRepository::recordSuccess(const QString &scope, qint64 atMs, qint64 expiresAtMs,
                                        const QString &watermark, std::optional<int> totalCount)
{
    m_success.bind(QStringLiteral(":scope"), scope)
        .bind(QStringLiteral(":at"), atMs)
        .bind(QStringLiteral(":expires_at"), expiresAtMs)
        .bind(QStringLiteral(":watermark"), nullIfEmpty(watermark))
        .bind(QStringLiteral(":total"), nullable(totalCount));
    return m_success.exec();
}

bool SyncStateRepository::recordFailure(const QString &scope, qint64 atMs, const Error &error, qint64 nextRetryAtMs)
{
    m_failure.bind(QStringLiteral(":scope"), scope)
        .bind(QStringLiteral(":at"), atMs)
        .bind(QStringLiteral(":next_retry"), nextRetryAtMs)
        .bind(QStringLiteral(":error"), error.toString())
        .bind(QStringLiteral(":kind"), nullIfEmpty(errorKindKey(error.kind)));
    return m_failure.exec();
}

qint64 SyncStateRepository::startRun(const QString &scope, const QString &kind, qint64 atMs)
{
    m_startRun.bind(QStringLiteral(":scope"), scope).bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":at"), atMs);
    return m_startRun.exec() ? m_startRun.lastInsertId().toLongLong() : -1;
}

bool SyncStateRepository::finishRun(const SyncRun &run)
{
    m_finishRun.bind(QStringLiteral(":id"), run.id)
        .bind(QStringLiteral(":finished_at"), run.finishedAtMs ? QVariant(*run.finishedAtMs) : QVariant())
        .bind(QStringLiteral(":kind"), nullIfEmpty(run.kind))
        .bind(QStringLiteral(":status"), run.status)
        .bind(QStringLiteral(":fetched"), run.fetched)
        .bind(QStringLiteral(":written"), run.written)
        .bind(QStringLiteral(":deleted"), run.deleted)
        .bind(QStringLiteral(":error"), nullIfEmpty(run.error))
        .bind(QStringLiteral(":error_kind"), nullIfEmpty(errorKindKey(run.errorKind)))
        .bind(QStringLiteral(":note"), nullIfEmpty(run.note));
    return m_finishRun.exec();
}

QList<SyncRun> SyncStateRepository::recentRuns(int limit)
{
    QList<SyncRun> runs;
    m_recentRuns.bind(QStringLiteral(":limit"), limit);
    if (!m_recentRuns.exec())
        return runs;
    while (m_recentRuns.next()) {
        SyncRun run;
        run.id = m_recentRuns.value(0).toLongLong();
        run.scope = m_recentRuns.value(1).toString();
        run.kind = m_recentRuns.value(2).toString();
        run.startedAtMs = m_recentRuns.value(3).toLongLong();
        run.finishedAtMs = optionalFrom<qint64>(m_recentRuns.value(4));
        run.status = m_recentRuns.value(5).toString();
        run.fetched = m_recentRuns.value(6).toInt();
        run.written = m_recentRuns.value(7).toInt();
        run.deleted = m_recentRuns.value(8).toInt();
        run.error = m_recentRuns.value(9).toString();
        run.errorKind = errorKindFromKey(m_recentRuns.value(10).toString());
        run.note = m_recentRuns.value(11).toString();
        runs.append(run);
    }
    return runs;
}

QString SyncStateRepository::libraryScope(const QString &libraryId)
{
    return QStringLiteral("library:") + libraryId;
}

namespace {
struct KindKey
{
    ErrorKind kind;
    QLatin1String key;
};
// Stored in the cache: keys are never renamed, only added.
constexpr KindKey KindKeys[] = {
    {ErrorKind::Offline, QLatin1String("offline")},
    {ErrorKind::Timeout, QLatin1String("timeout")},
    {ErrorKind::Unauthorized, QLatin1String("unauthorized")},
    {ErrorKind::ServerError, QLatin1String("server-error")},
    {ErrorKind::ClientError, QLatin1String("client-error")},
    {ErrorKind::BadResponse, QLatin1String("bad-response")},
    {ErrorKind::TooLarge, QLatin1String("too-large")},
    {ErrorKind::Contradictory, QLatin1String("contradictory")},
    {ErrorKind::Cancelled, QLatin1String("cancelled")},
    {ErrorKind::UntrustedCertificate, QLatin1String("untrusted-certificate")},
    {ErrorKind::StorageFull, QLatin1String("storage-full")},
    {ErrorKind::StorageCorrupt, QLatin1String("storage-corrupt")},
    {ErrorKind::Storage, QLatin1String("storage")},
};
} // namespace

QString SyncStateRepository::errorKindKey(ErrorKind kind)
{
    for (const KindKey &entry : KindKeys) {
        if (entry.kind == kind)
            return entry.key;
    }
    return {};
}

ErrorKind SyncStateRepository::errorKindFromKey(const QString &key)
{
    for (const KindKey &entry : KindKeys) {
        if (key == entry.key)
            return entry.kind;
    }
    return ErrorKind::None;
}

bool SyncState::lastAttemptFailed() const
{
    return failureCount > 0 && lastAttemptAtMs && (!lastSuccessAtMs || *lastAttemptAtMs >= *lastSuccessAtMs);
}

} // namespace marquee
