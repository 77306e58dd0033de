// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace marquee {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee: an offline-first client for Jellyfin media servers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the cache and the state database under <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Browse a generated demo library served on this computer."));
    parser.addOptions({version, dataDir, demo});

    CommandLine result;
    result.helpText = helpTextOf(parser, QStringLiteral("marquee"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("Unexpected argument: ") + parser.positionalArguments().constFirst();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    result.demo = parser.isSet(demo);
    result.dataDir = parser.value(dataDir);
    return result;
}

QString CommandLine::helpTextOf(const QCommandLineParser &parser, const QString &program)
{
    // Qt names the program after argv[0] (a whole path when started by one), or "<executable_name>" without a
    // QCoreApplication, which is the point of parsing early. The help names it as the README does.
    const QString usage = QStringLiteral("Usage: ");
    const QString shown = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
                              ? QCoreApplication::arguments().constFirst()
                              : QStringLiteral("<executable_name>");
    QString text = parser.helpText().trimmed();
    if (text.startsWith(usage + shown))
        text.replace(usage.size(), shown.size(), program);
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("marquee ") + QStringLiteral(MARQUEE_VERSION);
}

} // namespace marquee
