// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clisynccommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "app/clirefresh.h"
#include "services/playbacksyncworker.h"
#include "services/refreshscope.h"
#include "storage/syncstaterepository.h"

#include <QElapsedTimer>

namespace marquee {

namespace {
// How long sync waits while another Marquee process sends the queue, before it leaves the rest to that process.
constexpr qint64 LockWaitMs = 60'000;

QString changes(int count)
{
    return count == 1 ? QStringLiteral("1 change") : CliContext::number(count) + QStringLiteral(" changes");
}
} // namespace

QString CliSyncCommand::drainQueue()
{
    PlaybackSyncWorker *worker = m_context.services().syncWorker();
    if (!worker)
        return {};
    QElapsedTimer waited;
    waited.start();
    worker->drainNow();
    m_context.runUntil([&] {
        if (worker->isDraining())
            return false; // never leave with a change on its way
        if (m_context.wasInterrupted() || worker->pendingCount() == 0 || worker->lastError().isError())
            return true;
        return !worker->isWaitingForSendLock() || waited.elapsed() > LockWaitMs;
    });
    const int pending = worker->pendingCount();
    if (pending <= 0)
        return {};
    QString why;
    if (worker->isWaitingForSendLock())
        why = QStringLiteral("another Marquee program on this computer is sending them");
    else if (worker->lastError().kind == ErrorKind::Unauthorized)
        why = QStringLiteral("the server signed you out; sign in again to send them");
    else if (worker->lastError().isError())
        why = QStringLiteral("the server did not take them (%1)").arg(errorKindName(worker->lastError().kind).toLower());
    else
        why = QStringLiteral("they are not due yet");
    return QStringLiteral("%1 to played state, positions or favourites %2 still waiting for the server: %3. They are "
                          "kept and sent the next time Marquee or marquee-cli sync reaches the server.")
        .arg(changes(pending), pending == 1 ? QStringLiteral("is") : QStringLiteral("are"), why);
}

int CliSyncCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    // Each server with its own sign-in, its own rows and its own queued changes.
    return m_context.onEachServer([this] { return syncServer(); });
}

int CliSyncCommand::syncServer()
{
    QElapsedTimer timer;
    timer.start();
    CliRefresh refresh(m_context);
    const std::optional<QList<Library>> libraries = refresh.refreshLibraries(QStringLiteral("sync"));
    if (!libraries)
        return m_context.exitCode();

    QStringList scopes;
    for (const Library &library : *libraries)
        scopes << RefreshScope::library(library.id).key();
    const QHash<QString, Error> outcomes = refresh.run(scopes, m_context.options().full);

    // The run rows hold what each job counted; the newest row of a scope is this run's.
    const QList<SyncRun> runs =
        SyncStateRepository(m_context.services().database().connection()).recentRuns(int(scopes.size()) * 2 + 10);
    int items = 0;
    Error firstError;
    QString failedLibrary;
    for (const QString &scope : std::as_const(scopes)) {
        const Error error = outcomes.value(scope);
        if (error.isError() && !firstError.isError()) {
            firstError = error;
            failedLibrary = refresh.displayName(scope);
        }
        const auto run = std::find_if(runs.cbegin(), runs.cend(), [&](const SyncRun &r) { return r.scope == scope; });
        if (run == runs.cend())
            continue;
        QTextStream &out = m_context.out();
        out << refresh.displayName(scope) << ": ";
        if (error.isError()) {
            out << run->status << " (" << CliContext::explain(error) << ")\n";
            continue;
        }
        items += run->fetched;
        out << "fetched " << CliContext::number(run->fetched) << ", written " << CliContext::number(run->written)
            << ", deleted " << CliContext::number(run->deleted) << " in "
            << CliContext::duration(run->finishedAtMs.value_or(run->startedAtMs) - run->startedAtMs) << " (" << run->kind
            << ")\n";
        if (!run->note.isEmpty())
            out << "  " << run->note << "\n";
    }
    m_context.out().flush();
    // This computer's changes go up before sync ends; a script that runs sync and stops the machine loses none.
    const QString queueLeft = drainQueue();
    if (m_context.wasInterrupted())
        return m_context.fail(QStringLiteral("interrupted; what was written stays cached"), CliExit::Interrupted);
    if (firstError.isError()) {
        if (!queueLeft.isEmpty())
            m_context.warn(queueLeft);
        return m_context.fail(QStringLiteral("sync failed: %1: %2").arg(failedLibrary, CliContext::explain(firstError)));
    }
    if (!queueLeft.isEmpty())
        return m_context.fail(queueLeft);
    m_context.out() << "Synced " << libraries->size() << (libraries->size() == 1 ? " library, " : " libraries, ")
                    << CliContext::number(items) << " items in " << CliContext::duration(timer.elapsed()) << ".\n";
    return CliExit::Ok;
}

} // namespace marquee
