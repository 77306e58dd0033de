// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliclearcommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "storage/cachemaintenance.h"
#include "storage/cachestatsrepository.h"

#include <QDir>
#include <QFileInfo>

namespace marquee {

int CliClearCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const QSqlDatabase db = m_context.services().database().connection();
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
        return m_context.fail(QStringLiteral("clear failed: ") + cleared.error().toString());
    out << "Cleared " << CliContext::number(cleared.value().items) << " items in "
        << CliContext::number(cleared.value().libraries) << " libraries.\n";

    // The image cache arrives with the pages issue and will live here; clearing it now keeps `clear` complete.
    QDir images(QFileInfo(m_context.services().database().paths().cacheFile).absolutePath() + QStringLiteral("/images"));
    if (images.exists()) {
        if (!images.removeRecursively())
            return m_context.fail(QStringLiteral("clear failed: could not delete ") + images.path());
        out << "Deleted the image cache " << images.path() << ".\n";
    } else {
        out << "Images: none cached.\n";
    }

    if (m_context.options().includePending) {
        const Result<int> dropped = maintenance.clearPendingPlayback();
        if (!dropped)
            return m_context.fail(QStringLiteral("clear failed: ") + dropped.error().toString());
        out << "Discarded " << CliContext::number(dropped.value()) << " pending playback changes.\n";
    } else if (pending > 0) {
        out << "Kept " << CliContext::number(pending)
            << " pending playback changes (they reach the server on the next connection; --include-pending drops "
               "them).\n";
    }

    const Status compacted = maintenance.compact();
    if (!compacted)
        m_context.warn(QStringLiteral("the cache file was not compacted: ") + compacted.error().toString());
    out.flush();
    return CliExit::Ok;
}

} // namespace marquee
