// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliarchivecommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "storage/cachearchive.h"
#include "storage/serverrepository.h"

#include <QDateTime>
#include <QFileInfo>

namespace marquee {

int CliArchiveCommand::exportCache()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    AppServices &services = m_context.services();
    const QString file = m_context.options().file;
    const Result<CacheArchiveHeader> header = CacheArchive(services.database(), services.clock()).exportTo(file);
    if (!header)
        return m_context.fail(QStringLiteral("export failed: ") + header.error().message);
    m_context.out() << "Exported " << CliContext::number(header.value().items) << " items in "
                    << CliContext::number(header.value().libraries) << " libraries to " << file << " ("
                    << CliContext::bytes(QFileInfo(file).size()) << ", format " << header.value().formatVersion
                    << ", schema " << header.value().schemaVersion << ").\n";
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
    const Result<CacheArchiveHeader> header =
        CacheArchive(services.database(), services.clock()).importFrom(file, expectedServer);
    if (!header)
        return m_context.fail(QStringLiteral("import failed: ") + header.error().message);
    const QString when = QDateTime::fromMSecsSinceEpoch(header.value().exportedAtMs).toString(Qt::ISODate);
    m_context.out() << "Imported " << CliContext::number(header.value().items) << " items in "
                    << CliContext::number(header.value().libraries) << " libraries from " << file
                    << " (exported by Marquee " << header.value().marqueeVersion << " on " << when << ").\n";
    m_context.out().flush();
    return CliExit::Ok;
}

} // namespace marquee
