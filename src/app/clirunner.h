// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clicontext.h"

#include <QStringList>
#include <QTextStream>

namespace marquee {

/**
 * @brief marquee-cli in-process: parses the arguments, runs the command, returns the exit code.
 *
 * cli_main.cpp only builds the application object and the streams; tests call run() with their own streams
 * and an interrupt hook in place of Ctrl-C.
 */
class CliRunner
{
public:
    /// Turns log lines on (true: --verbose) or off before a command runs; the real binary passes
    /// CliLogging::apply, tests leave the process's logging alone.
    using LogSwitch = std::function<void(bool verbose)>;

    CliRunner(QTextStream &out, QTextStream &err, CliContext::InterruptCheck interruptCheck = {},
              LogSwitch logSwitch = {});

    /// @p arguments starts with the program name. @p environmentPassword: MARQUEE_PASSWORD;
    /// @p environmentPlexToken: MARQUEE_PLEX_TOKEN.
    int run(const QStringList &arguments, const QString &environmentPassword = {},
            const QString &environmentPlexToken = {});

    [[nodiscard]] static QString versionText();

private:
    static int runCommand(CliContext &context);

    QTextStream &m_out;
    QTextStream &m_err;
    CliContext::InterruptCheck m_interruptCheck;
    LogSwitch m_logSwitch;
};

} // namespace marquee
