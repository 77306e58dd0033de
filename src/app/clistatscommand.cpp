// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clistatscommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/imagecache.h"
#include "services/metadatarefreshservice.h"
#include "storage/settingsrepository.h"
#include "storage/cachemetarepository.h"
#include "storage/cachestatsrepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverrepository.h"
#include "storage/syncstaterepository.h"

#include <QDateTime>
#include <QFileInfo>

namespace marquee {

namespace {

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

QString sizeLine(const QString &label, const QString &path)
{
    const qint64 main = fileSize(path);
    const qint64 wal = fileSize(path + QStringLiteral("-wal"));
    return QStringLiteral("  %1 %2 (+ %3 write-ahead log)  %4")
        .arg(label, CliContext::bytes(main), CliContext::bytes(wal), path);
}

QString freshnessLine(const FreshnessCounts &counts)
{
    return QStringLiteral("fresh %1, expiring soon %2, stale %3")
        .arg(CliContext::number(counts.fresh), CliContext::number(counts.expiringSoon), CliContext::number(counts.stale));
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("0%") : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1);
}

} // namespace

int CliStatsCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const QSqlDatabase db = m_context.services().database().connection();
    // --server NAME: that server's rows; without it, every saved server's (`marquee-cli servers` lists them).
    const std::optional<ServerRecord> named = m_context.namedServer();
    if (!named && !m_context.options().savedServer.isEmpty())
        return m_context.exitCode();
    const QList<ServerRecord> saved = ServerRepository(db).all();
    if (named) {
        printServer(named, named->serverId, m_context.scopeOf(*named));
    } else if (saved.size() < 2) {
        printServer(ServerRepository(db).active(), CacheMetaRepository(db).serverId(), ServerScope::active());
    } else {
        for (const ServerRecord &server : saved)
            printServer(server, server.serverId, m_context.scopeOf(server));
    }
    printShared();
    m_context.out().flush();
    return CliExit::Ok;
}

void CliStatsCommand::printServer(const std::optional<ServerRecord> &server, const QString &cachedServerId,
                                  const ServerScope &scope)
{
    AppServices &services = m_context.services();
    const QSqlDatabase db = services.database().connection();
    CacheStatsRepository stats(db, scope);
    const qint64 now = services.clock().nowMs();
    QTextStream &out = m_context.out();

    out << "Server: "
        << (server ? QStringLiteral("%1 (%2) as %3").arg(ServerDirectory::displayName(*server), server->url, server->userName)
                   : QStringLiteral("not signed in"))
        << "\n";
    out << "Cached server id: " << (cachedServerId.isEmpty() ? QStringLiteral("none") : cachedServerId) << "\n";
    const QList<LibraryStats> libraries = stats.libraries();
    out << "Libraries: " << libraries.size() << "\n";
    for (const LibraryStats &library : libraries) {
        out << "  " << library.name << " (" << library.collectionType << "): " << CliContext::number(library.items)
            << " items, " << CliContext::number(library.fullDetail) << " with full details\n";
    }

    const QList<QPair<QString, int>> byType = stats.itemCountsByType();
    int total = 0;
    out << "Entries by type:\n";
    for (const auto &[type, count] : byType) {
        out << "  " << type << ": " << CliContext::number(count) << "\n";
        total += count;
    }
    out << "  total: " << CliContext::number(total) << "\n";

    // "Expiring soon" is what the app refreshes ahead of time when it is shown: the last tenth of its TTL.
    const FreshnessCounts items = stats.itemFreshness(now, MetadataRefreshService::LookaheadShare);
    const FreshnessCounts scopes = stats.scopeFreshness(now, MetadataRefreshService::LookaheadShare);
    out << "Items: " << freshnessLine(items) << "\n";
    out << "Refresh scopes: " << freshnessLine(scopes) << ", failing " << CliContext::number(scopes.failing) << "\n";
    // Hits and misses happen in the GUI process and are not stored, so this process has nothing honest to
    // report; the share of items a details page can show offline is what the cache can answer.
    out << "Details hit rate: n/a (not recorded across processes)\n";
    out << "Offline details: " << CliContext::number(items.fullDetail) << " of " << CliContext::number(items.total())
        << " items (" << percent(items.fullDetail, items.total()) << ")\n";
    out << "Pending playback changes: " << CliContext::number(stats.pendingPlaybackChanges()) << "\n";

    const QList<SyncRun> runs = SyncStateRepository(db, scope).recentRuns(RecentRuns);
    out << "Last runs:" << (runs.isEmpty() ? " none" : "") << "\n";
    QHash<QString, QString> names;
    for (const LibraryStats &library : libraries)
        names.insert(QStringLiteral("library:") + library.id, library.name);
    for (const SyncRun &run : runs) {
        const QString when = QDateTime::fromMSecsSinceEpoch(run.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        out << "  " << when << "  " << names.value(run.scope, run.scope) << "  " << run.kind << "  " << run.status
            << "  fetched " << CliContext::number(run.fetched) << ", written " << CliContext::number(run.written)
            << ", deleted " << CliContext::number(run.deleted);
        if (run.finishedAtMs)
            out << " in " << CliContext::duration(*run.finishedAtMs - run.startedAtMs);
        if (!run.error.isEmpty())
            out << "  (" << run.error << ")";
        out << "\n";
    }
}

void CliStatsCommand::printShared()
{
    AppServices &services = m_context.services();
    const QSqlDatabase db = services.database().connection();
    QTextStream &out = m_context.out();
    ImageCache &images = *services.imageCache();
    QFuture<Result<ImageStoreStats>> counting = images.storeStats();
    m_context.runUntil([&] { return counting.isFinished(); });
    const ImageStoreStats stored = counting.result() ? counting.result().value() : ImageStoreStats{};
    out << "Images: " << CliContext::number(stored.files) << " files, " << CliContext::bytes(stored.bytes) << "  "
        << images.directory() << "\n";
    SettingsRepository settings(db);
    const ImageCounters loads = ImageCounters::recorded(settings);
    // A load is an image the app needed that was not decoded in memory yet; the hit rate says how many of those
    // the disk answered without the network, over every run that ended normally.
    out << "Image hit rate: " << percent(loads.diskHits, loads.loads()) << " of "
        << CliContext::number(loads.loads()) << " loads from disk; " << CliContext::number(loads.misses)
        << " from the server, of which " << CliContext::number(loads.failed) << " failed\n";

    const DatabasePaths &paths = services.database().paths();
    out << "Database size:\n" << sizeLine(QStringLiteral("cache"), paths.cacheFile) << "\n"
        << sizeLine(QStringLiteral("state"), paths.stateFile) << "\n";
}

} // namespace marquee
