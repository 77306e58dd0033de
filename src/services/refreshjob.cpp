// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/refreshjob.h"

#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/listingplausibility.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/syncstaterepository.h"

namespace marquee {

namespace {
constexpr qint64 FirstBackoffMs = 5'000;
constexpr qint64 MaxBackoffMs = 5 * 60'000;
} // namespace

RefreshJob::RefreshJob(RefreshScope scope, const RefreshEnvironment &environment, RefreshJobEvents *events,
                       CancelToken cancel, QString kind)
    : m_scope(std::move(scope))
    , m_env(environment)
    , m_cancel(std::move(cancel))
    , m_events(events)
    , m_kind(std::move(kind))
{
}

qint64 RefreshJob::backoffMs(int previousFailures)
{
    qint64 delay = FirstBackoffMs;
    for (int i = 0; i < previousFailures && delay < MaxBackoffMs; ++i)
        delay *= 2;
    return std::min(delay, MaxBackoffMs);
}

Error RefreshJob::cancelledError()
{
    return {ErrorKind::Cancelled, QStringLiteral("the refresh was cancelled"), {}, 0};
}

bool RefreshJob::removeUnlisted(ItemBatchWriter &writer, const QStringList &cached, const ListingPlausibility &listing,
                                const SecondLook &secondLook, Outcome &outcome) const
{
    if (const std::optional<Error> contradiction = listing.contradiction()) {
        outcome.error = *contradiction;
        return false;
    }
    QStringList gone;
    for (const QString &id : cached) {
        if (!listing.ids().contains(id))
            gone << id;
    }
    if (gone.isEmpty())
        return true;
    if (ListingPlausibility::isMassRemoval(gone.size(), cached.size())) {
        const Result<QString> agreed = secondLook(gone);
        if (!agreed) {
            outcome.error = agreed.error();
            return false;
        }
        const QString note = ListingPlausibility::massRemovalNote(gone.size(), cached.size(), agreed.value());
        outcome.note = outcome.note.isEmpty() ? note : outcome.note + QLatin1Char(' ') + note;
        qCInfo(lcServices).noquote() << m_scope.key() << note;
    }
    const Result<int> removed = writer.remove(gone);
    if (!removed) {
        outcome.error = removed.error();
        return false;
    }
    outcome.deleted += removed.value();
    reportBatchWritten();
    return true;
}

void RefreshJob::reportProgress(int current, int total) const
{
    Q_EMIT m_events->progressed(m_scope.key(), current, total);
}

void RefreshJob::reportBatchWritten() const
{
    Q_EMIT m_events->batchWritten(m_announcedScope.isEmpty() ? m_scope.key() : m_announcedScope);
}

void RefreshJob::reportNotice(const QString &text) const
{
    Q_EMIT m_events->notice(text);
}

ServerScope RefreshJob::syncScope() const
{
    // The live session's state follows its server, so a run during which the server changed identity records its
    // end under the new one, as its rows were.
    return m_env.serverId.isEmpty() ? ServerScope::active() : m_server.scope;
}

void RefreshJob::run()
{
    const QString scope = m_scope.key();
    Outcome outcome;
    {
        const ThreadConnectionScope connection(*m_env.database);
        QSqlDatabase db = m_env.database->connection();
        if (m_env.serverId.isEmpty()) {
            m_server = ActiveServer::read(db);
        } else if (const std::optional<ActiveServer> pinned = ActiveServer::of(db, m_env.serverId)) {
            m_server = *pinned;
        } else {
            Q_EMIT m_events->finished(scope, Error{ErrorKind::Storage,
                                                   QStringLiteral("the cache cannot take this server's rows"), {}, 0});
            return;
        }
        SyncStateRepository syncState(db, syncScope());
        SyncRun run;
        run.scope = scope;
        run.startedAtMs = m_env.clock->nowMs();
        if (!isCancelled())
            prepare();
        run.id = syncState.startRun(scope, m_kind, run.startedAtMs);

        if (isCancelled())
            outcome.error = cancelledError();
        else
            outcome = execute();

        const qint64 now = m_env.clock->nowMs();
        run.finishedAtMs = now;
        run.kind = m_kind;
        run.fetched = outcome.fetched;
        run.written = outcome.written;
        run.deleted = outcome.deleted;
        run.note = outcome.note;
        run.error = outcome.error.isError() ? outcome.error.toString() : QString();
        run.errorKind = outcome.error.kind;
        if (!outcome.error.isError()) {
            run.status = QStringLiteral("succeeded");
            syncState.recordSuccess(scope, now, m_env.config->expiresAt(m_scope.contentKind(), now),
                                    outcome.watermark, outcome.totalCount);
        } else if (outcome.error.kind == ErrorKind::Cancelled) {
            run.status = QStringLiteral("cancelled");
        } else {
            run.status = QStringLiteral("failed");
            const int previousFailures = syncState.state(scope).value_or(SyncState{}).failureCount;
            syncState.recordFailure(scope, now, outcome.error, now + backoffMs(previousFailures));
            qCInfo(lcServices).noquote() << "refresh of" << scope << "failed:" << run.error;
        }
        syncState.finishRun(run);
    }
    Q_EMIT m_events->finished(scope, outcome.error);
}

} // namespace marquee
