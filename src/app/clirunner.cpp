// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clirunner.h"

#include "app/cliarchivecommand.h"
#include "app/cliclearcommand.h"
#include "app/clidownloadcommand.h"
#include "app/clisettingscommand.h"
#include "app/clistatecommand.h"
#include "app/cliserverscommand.h"
#include "app/clistatscommand.h"
#include "app/clisynccommand.h"
#include "app/cliwarmcommand.h"

namespace marquee {

CliRunner::CliRunner(QTextStream &out, QTextStream &err, CliContext::InterruptCheck interruptCheck,
                     LogSwitch logSwitch)
    : m_out(out)
    , m_err(err)
    , m_interruptCheck(std::move(interruptCheck))
    , m_logSwitch(std::move(logSwitch))
{
}

QString CliRunner::versionText()
{
    return QStringLiteral("marquee-cli ") + QStringLiteral(MARQUEE_VERSION);
}

int CliRunner::run(const QStringList &arguments, const QString &environmentPassword,
                   const QString &environmentPlexToken)
{
    const CliOptions options = CliOptions::parse(arguments, environmentPassword, environmentPlexToken);
    if (!options.error.isEmpty()) {
        m_err << "marquee-cli: " << options.error << Qt::endl;
        return CliExit::Usage;
    }
    if (options.showHelp || options.showVersion) {
        m_out << (options.showVersion ? versionText() : options.helpText) << Qt::endl;
        return CliExit::Ok;
    }

    if (m_logSwitch)
        m_logSwitch(options.verbose);
    CliContext context(options, m_out, m_err, m_interruptCheck);
    return context.finish(runCommand(context));
}

int CliRunner::runCommand(CliContext &context)
{
    switch (context.options().command) {
    case CliOptions::Command::Sync: return CliSyncCommand(context).run();
    case CliOptions::Command::Stats: return CliStatsCommand(context).run();
    case CliOptions::Command::Clear: return CliClearCommand(context).run();
    case CliOptions::Command::Export: return CliArchiveCommand(context).exportCache();
    case CliOptions::Command::Import: return CliArchiveCommand(context).importCache();
    case CliOptions::Command::Warm: return CliWarmCommand(context).run();
    case CliOptions::Command::Settings: return CliSettingsCommand(context).run();
    case CliOptions::Command::State: return CliStateCommand(context).run();
    case CliOptions::Command::Download: return CliDownloadCommand(context).download();
    case CliOptions::Command::Downloads: return CliDownloadCommand(context).downloads();
    case CliOptions::Command::Servers: return CliServersCommand(context).run();
    case CliOptions::Command::None: break;
    }
    return CliExit::Usage;
}

} // namespace marquee
