// SPDX-License-Identifier: GPL-3.0-or-later
// The real marquee and marquee-cli binaries, as a shell runs them: what --help prints, and what reaches stderr
// with -q, by default and with --verbose.
#include "support/testdirectory.h"

#include <QProcess>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;
};

ProcessRun run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES")); // as a user's shell has it
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120'000)) << program.toStdString();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList logLines(const QString &text)
{
    QStringList found;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("marquee.")) || line.startsWith(QLatin1String("qt.")) || line.contains(QLatin1String("log:")))
            found << line;
    }
    return found;
}

TEST(CliBinary, HelpNamesTheProgramsAndListsTheirOptions)
{
    const ProcessRun app = run(QStringLiteral(MARQUEE_BINARY), {QStringLiteral("--help")});
    EXPECT_EQ(app.code, 0);
    EXPECT_TRUE(app.out.startsWith(QStringLiteral("Usage: marquee [options]"))) << app.out.toStdString();
    EXPECT_FALSE(app.out.contains(QStringLiteral("<executable_name>")));
    for (const char *option : {"--version", "--data-dir <dir>", "--demo"})
        EXPECT_TRUE(app.out.contains(QLatin1String(option))) << option;

    const ProcessRun cli = run(QStringLiteral(MARQUEE_CLI_BINARY), {QStringLiteral("--help")});
    EXPECT_EQ(cli.code, 0);
    EXPECT_TRUE(cli.out.startsWith(QStringLiteral("Usage: marquee-cli [options] command [file]"))) << cli.out.toStdString();
    EXPECT_FALSE(cli.out.contains(QStringLiteral("<executable_name>")));
    for (const char *option : {"-q, --quiet", "-v, --verbose", "--no-images", "--library <name>", "--concurrency <n>"})
        EXPECT_TRUE(cli.out.contains(QLatin1String(option))) << option;
}

TEST(CliBinary, LogLinesReachStderrOnlyWithVerbose)
{
    test::TestDirectory directory;
    const QStringList sync{QStringLiteral("--data-dir"), directory.path(), QStringLiteral("--demo"),
                           QStringLiteral("sync")};

    const ProcessRun quiet = run(QStringLiteral(MARQUEE_CLI_BINARY), sync + QStringList{QStringLiteral("-q")});
    EXPECT_EQ(quiet.code, 0) << quiet.err.toStdString();
    EXPECT_TRUE(quiet.err.isEmpty()) << "-q printed: " << quiet.err.toStdString();
    EXPECT_TRUE(quiet.out.contains(QStringLiteral("Movies"))) << "the summary is the result, not progress";

    const ProcessRun normal = run(QStringLiteral(MARQUEE_CLI_BINARY), sync + QStringList{QStringLiteral("--full")});
    EXPECT_EQ(normal.code, 0) << normal.err.toStdString();
    EXPECT_FALSE(normal.err.isEmpty()) << "progress goes to stderr";
    EXPECT_TRUE(logLines(normal.err).isEmpty()) << "log lines among the progress: "
                                                << logLines(normal.err).join(QLatin1Char('\n')).toStdString();

    const ProcessRun verbose = run(QStringLiteral(MARQUEE_CLI_BINARY), sync + QStringList{QStringLiteral("--verbose")});
    EXPECT_EQ(verbose.code, 0) << verbose.err.toStdString();
    EXPECT_FALSE(logLines(verbose.err).isEmpty()) << "--verbose showed no log: " << verbose.err.toStdString();
}

} // namespace
