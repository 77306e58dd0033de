// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliserverscommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "storage/cachestatsrepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverrepository.h"
#include "storage/syncstaterepository.h"

#include <QDateTime>

namespace marquee {

int CliServersCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const QSqlDatabase db = m_context.services().database().connection();
    QTextStream &out = m_context.out();
    const QList<ServerRecord> servers = ServerRepository(db).all();
    if (servers.isEmpty()) {
        out << "No server is saved on this computer; sign in with --server URL --user NAME (or --plex-token TOKEN).\n";
        return CliExit::Ok;
    }
    out << "Servers (* the one used last; --server NAME picks another):\n";
    for (const ServerRecord &server : servers) {
        const ServerScope scope = m_context.scopeOf(server);
        int items = 0;
        for (const auto &[type, count] : CacheStatsRepository(db, scope).itemCountsByType())
            items += count;
        const QList<SyncRun> runs = SyncStateRepository(db, scope).recentRuns(1);
        const QString synced =
            runs.isEmpty() ? QStringLiteral("never synced")
                           : QStringLiteral("synced ")
                                 + QDateTime::fromMSecsSinceEpoch(runs.first().startedAtMs)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        out << (server.isActive ? "* " : "  ") << ServerDirectory::displayName(server) << "  " << serverKindName(server.kind)
            << "  " << server.url << "  as " << server.userName << "  " << CliContext::number(items) << " items, "
            << synced << "\n";
    }
    return CliExit::Ok;
}

} // namespace marquee
