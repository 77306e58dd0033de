// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliclearcommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/imagecache.h"
#include "storage/cachemaintenance.h"
#include "storage/cacheserverrepository.h"
#include "storage/cachestatsrepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverremoval.h"
#include "storage/writetransaction.h"

namespace marquee {

int CliClearCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const QSqlDatabase db = m_context.services().database().connection();
    if (!m_context.options().savedServer.isEmpty())
        return clearOneServer(db);
    CacheMaintenance maintenance(db);
    QTextStream &out = m_context.out();

    const int pending = CacheStatsRepository(db).pendingPlaybackChanges();
    if (m_context.options().includePending && pending > 0) {
        m_context.warn(QStringLiteral("warning: discarding %1 playback change(s) the server has not received yet; "
                                      "that progress is lost")
                           .arg(pending));
    }

    const Result<ClearReport> cleared = maintenance.clearMetadata();
    if (!cleared)
        return m_context.fail(QStringLiteral("clear failed: ") + CliContext::explain(cleared.error()));
    out << "Cleared " << CliContext::number(cleared.value().items) << " items in "
        << CliContext::number(cleared.value().libraries) << " libraries.\n";

    ImageCache &images = *m_context.services().imageCache();
    QFuture<Result<ImageStoreStats>> clearing = images.clear();
    m_context.runUntil([&] { return clearing.isFinished(); });
    const Result<ImageStoreStats> deleted = clearing.result();
    if (!deleted)
        return m_context.fail(QStringLiteral("clear failed: ") + CliContext::explain(deleted.error()));
    out << "Deleted " << CliContext::number(deleted.value().files) << " images ("
        << CliContext::bytes(deleted.value().bytes) << ") from " << images.directory() << ".\n";

    if (m_context.options().includePending) {
        const Result<int> dropped = maintenance.clearPendingPlayback();
        if (!dropped)
            return m_context.fail(QStringLiteral("clear failed: ") + CliContext::explain(dropped.error()));
        out << "Discarded " << CliContext::number(dropped.value()) << " pending playback changes.\n";
    } else if (pending > 0) {
        out << "Kept " << CliContext::number(pending)
            << " pending playback changes (they reach the server on the next connection; --include-pending drops "
               "them).\n";
    }

    const Status compacted = maintenance.compact();
    if (!compacted)
        m_context.warn(QStringLiteral("the cache file was not compacted: ") + CliContext::explain(compacted.error()));
    out.flush();
    return CliExit::Ok;
}

int CliClearCommand::clearOneServer(QSqlDatabase db)
{
    const std::optional<ServerRecord> server = m_context.namedServer();
    if (!server)
        return m_context.exitCode();
    if (m_context.options().includePending)
        return m_context.fail(QStringLiteral("--include-pending drops every server's unsent changes; use it without "
                                             "--server"),
                              CliExit::Usage);
    const std::optional<qint64> key = CacheServerRepository(db).keyOf(server->serverId);
    int items = 0;
    if (key) {
        WriteTransaction transaction(db);
        const Result<int> removed = ServerRemoval(db).removeMetadata(*key);
        if (!removed || !transaction.commit())
            return m_context.fail(QStringLiteral("clear failed: ")
                                  + CliContext::explain(removed ? transaction.error() : removed.error()));
        items = removed.value();
    }
    // Posters are stored by item and tag, not by server yet: they stay for the other servers and expire as usual.
    m_context.out() << "Cleared " << CliContext::number(items) << " items of " << ServerDirectory::displayName(*server) << " ("
                    << server->url << "); the other servers' caches, the images and the playback changes not yet sent are kept.\n";
    return CliExit::Ok;
}

} // namespace marquee
