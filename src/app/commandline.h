// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace marquee {

/// What the command line asked for.
struct CommandLine
{
    bool showVersion = false;
    bool showHelp = false;
    bool demo = false;
    QString dataDir;   ///< cache and state under this folder instead of the standard ones
    QString error;     ///< not empty when the arguments were wrong
    QString helpText;

    /// Parses without needing a QCoreApplication, so --version and --help work with no display.
    [[nodiscard]] static CommandLine parse(const QStringList &arguments);
    [[nodiscard]] static QString versionText();
    /// @p parser's help, with @p program where Qt would print "<executable_name>" (there is no QCoreApplication yet).
    [[nodiscard]] static QString helpTextOf(const QCommandLineParser &parser, const QString &program);
};

} // namespace marquee
