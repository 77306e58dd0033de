// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliarchivecommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/imagecache.h"
#include "storage/cachearchive.h"
#include "storage/serverrepository.h"

#include <QDateTime>
#include <QFileInfo>

namespace marquee {

namespace {
/// "1,234 images (45.6 MB)", or why there are none.
QString imagesText(const CacheArchiveHeader &header)
{
    if (!header.withImages)
        return QStringLiteral("no images (exported with --no-images)");
    return QStringLiteral("%1 images (%2)").arg(CliContext::number(header.images), CliContext::bytes(header.imageBytes));
}
} // namespace

int CliArchiveCommand::exportCache()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    AppServices &services = m_context.services();
    const QString file = m_context.options().file;
    ArchivedImages *images = m_context.options().withImages ? &services.imageCache()->archivedImages() : nullptr;
    const Result<CacheArchiveHeader> header =
        CacheArchive(services.database(), services.clock()).exportTo(file, images);
    if (!header)
        return m_context.fail(QStringLiteral("export failed: ") + header.error().message);
    m_context.out() << "Exported " << CliContext::number(header.value().items) << " items in "
                    << CliContext::number(header.value().libraries) << " libraries and " << imagesText(header.value())
                    << " to " << file << " (" << CliContext::bytes(QFileInfo(file).size()) << ", format "
                    << header.value().formatVersion << ", schema " << header.value().schemaVersion << ").\n";
    m_context.out().flush();
    return CliExit::Ok;
}

int CliArchiveCommand::importCache()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    AppServices &services = m_context.services();
    // Another server's metadata would be wiped by the next sync (ServerIdentity): refuse unless asked.
    QString expectedServer;
    if (!m_context.options().force) {
        if (const std::optional<ServerRecord> server = ServerRepository(services.database().connection()).active())
            expectedServer = server->serverId;
    }
    const QString file = m_context.options().file;
    const Result<CacheArchiveHeader> header = CacheArchive(services.database(), services.clock())
                                                  .importFrom(file, expectedServer, &services.imageCache()->archivedImages());
    if (!header)
        return m_context.fail(QStringLiteral("import failed: ") + header.error().message);
    const QString when = QDateTime::fromMSecsSinceEpoch(header.value().exportedAtMs).toString(Qt::ISODate);
    m_context.out() << "Imported " << CliContext::number(header.value().items) << " items in "
                    << CliContext::number(header.value().libraries) << " libraries and " << imagesText(header.value())
                    << " from " << file
                    << " (exported by Marquee " << header.value().marqueeVersion << " on " << when << ").\n";
    m_context.out().flush();
    return CliExit::Ok;
}

} // namespace marquee
