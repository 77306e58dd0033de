// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clistatecommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/itemreader.h"
#include "storage/staterecovery.h"

namespace marquee {

namespace {

QString label(const QString &table)
{
    if (table == QLatin1String("user_data"))
        return QStringLiteral("played state, positions and favourites");
    if (table == QLatin1String("playback_queue"))
        return QStringLiteral("changes waiting for the server");
    if (table == QLatin1String("servers"))
        return QStringLiteral("servers and sign-ins");
    return table;
}

/// "“Name”" for the items the cache knows, the id for the others.
QStringList itemNames(const DatabasePaths &paths, QStringList ids)
{
    ids.removeDuplicates();
    Database database(paths);
    if (!database.open().ok)
        return ids;
    ItemReader reader(database.connection());
    QStringList names;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<MediaItem> item = reader.item(id);
        names << (item ? QStringLiteral("“%1”").arg(item->name) : id);
    }
    return names;
}

} // namespace

int CliStateCommand::run()
{
    if (m_context.options().recover)
        return recover();
    const QString stateFile = m_context.paths().stateFile;
    const IntegrityCheck::Outcome check = IntegrityCheck::run(stateFile, IntegrityCheck::Depth::Full);
    if (!check.ran)
        return m_context.fail(QStringLiteral("there is no readable state file at %1").arg(stateFile));
    if (check.damaged())
        return m_context.fail(QStringLiteral("the state file %1 is damaged. Close Marquee and run marquee-cli state "
                                             "--recover to save what can still be read into a fresh file.")
                                  .arg(stateFile));
    m_context.out() << "The state file " << stateFile << " is sound.\n";
    return CliExit::Ok;
}

int CliStateCommand::recover()
{
    const DatabasePaths paths = m_context.paths();
    const StateRecovery::Report report = StateRecovery(paths, m_context.services().clock()).run();
    if (report.wasSound) {
        m_context.out() << "The state file " << paths.stateFile << " is sound; nothing was changed.\n";
        return CliExit::Ok;
    }
    if (report.error.isError())
        return m_context.fail(QStringLiteral("could not recover the state file: ") + report.error.message);
    QTextStream &out = m_context.out();
    out << "The state file " << paths.stateFile << " was damaged. What could be read is in a fresh file now:\n";
    for (const StateRecovery::TableOutcome &table : report.tables) {
        out << "  " << label(table.table) << ": ";
        if (table.lost) {
            out << "none could be read\n";
            continue;
        }
        out << CliContext::number(table.recovered) << " recovered";
        if (table.unreadable > 0)
            out << ", " << CliContext::number(table.unreadable) << " could not be read";
        out << "\n";
    }
    if (!report.unreadableItems.isEmpty())
        out << "Could not be read for these items (check them, and mark them again where needed): "
            << itemNames(paths, report.unreadableItems).join(QStringLiteral(", ")) << "\n";
    out << "What the server already had is not affected.\n";
    out << "The damaged file was kept as " << report.keptAs << ".\n";
    return CliExit::Ok;
}

} // namespace marquee
