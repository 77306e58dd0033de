// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clisynccommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "app/clirefresh.h"
#include "services/refreshscope.h"
#include "storage/syncstaterepository.h"

#include <QElapsedTimer>

namespace marquee {

int CliSyncCommand::run()
{
    if (!m_context.openStorage() || !m_context.connectServer())
        return m_context.exitCode();
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
    }
    m_context.out().flush();
    if (m_context.wasInterrupted())
        return m_context.fail(QStringLiteral("interrupted; what was written stays cached"), CliExit::Interrupted);
    if (firstError.isError())
        return m_context.fail(QStringLiteral("sync failed: %1: %2").arg(failedLibrary, CliContext::explain(firstError)));
    m_context.out() << "Synced " << libraries->size() << (libraries->size() == 1 ? " library, " : " libraries, ")
                    << CliContext::number(items) << " items in " << CliContext::duration(timer.elapsed()) << ".\n";
    return CliExit::Ok;
}

} // namespace marquee
