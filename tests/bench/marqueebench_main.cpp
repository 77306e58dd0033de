// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-bench: issue #7's scenarios in one run, each figure beside a baseline measured in the same run on the same
// data, with the floors from issues #5 and #7. docs/performance.md shows a full-size run and what limits each figure.
//
//   build/tests/bench/marquee-bench [--json] [--smoke] [--refresh-items N] [--cached-items N] [--runs N]
#include "core/metatypes.h"
#include "scenarios.h"
#include "timedapplication.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace marquee;
using namespace marquee::bench;

namespace {

/// The smoke size: every scenario runs, quickly (the ctest entry).
constexpr int SmokeRefreshItems = 1'500;
constexpr int SmokeCachedItems = 3'000;
constexpr int SmokeRuns = 2;
constexpr int SmokeQueueEvents = 50;
constexpr qint64 SmokeDownloadBytes = 32LL << 20;

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

QString BenchSettings::describe() const
{
    return QStringLiteral("refresh library %1 items, cached %2 items, %3 cold starts, batch %4, %5 queued changes, "
                          "%6 MiB download")
        .arg(refreshItems).arg(cachedItems).arg(coldStartRuns).arg(batchSize).arg(queueEvents).arg(downloadBytes >> 20);
}

int main(int argc, char **argv)
{
    // Offscreen unless told otherwise, so that figures from different machines paint the same way; the processes this
    // one starts inherit it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    registerMetaTypes();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee's scenario benchmarks (issue #7)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Every scenario at a small size."));
    const QCommandLineOption refreshItems(QStringLiteral("refresh-items"), QStringLiteral("Size of the refreshed library."),
                                          QStringLiteral("n"));
    const QCommandLineOption cachedItems(QStringLiteral("cached-items"), QStringLiteral("Size of the cached library."),
                                         QStringLiteral("n"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Cold starts to take the median of."),
                                  QStringLiteral("n"));
    const QCommandLineOption appPath(QStringLiteral("marquee"), QStringLiteral("The marquee binary to start."),
                                  QStringLiteral("path"), QStringLiteral(MARQUEE_APP_PATH));
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Build the caches under <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption measureCached(QStringLiteral("measure-cached"),
                                           QStringLiteral("Internal: measure scenarios 4-5 on the cache in <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the caches afterwards (for profiling)."));
    const QCommandLineOption downloadMiB(QStringLiteral("download-mib"), QStringLiteral("Size of scenario 7's file."),
                                         QStringLiteral("n"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only scenario <n> (1-7)."),
                                  QStringLiteral("n"));
    parser.addOptions({json, smoke, refreshItems, cachedItems, runs, appPath, workDir, keep, measureCached, downloadMiB,
                       only});
    parser.process(app);

    if (parser.isSet(measureCached))
        return measureCachedLibrary(parser.value(measureCached));

    BenchSettings settings;
    const bool isSmoke = parser.isSet(smoke);
    settings.refreshItems = intOption(parser, refreshItems, isSmoke ? SmokeRefreshItems : settings.refreshItems);
    settings.cachedItems = intOption(parser, cachedItems, isSmoke ? SmokeCachedItems : settings.cachedItems);
    settings.coldStartRuns = intOption(parser, runs, isSmoke ? SmokeRuns : settings.coldStartRuns);
    if (isSmoke) {
        settings.queueEvents = SmokeQueueEvents;
        settings.downloadBytes = SmokeDownloadBytes;
    }
    if (parser.isSet(downloadMiB))
        settings.downloadBytes = qint64(intOption(parser, downloadMiB, 2048)) << 20;
    settings.marqueePath = parser.value(appPath);
    QTemporaryDir temporary(QDir(parser.isSet(workDir) ? parser.value(workDir) : QDir::tempPath())
                                .filePath(QStringLiteral("marquee-bench-XXXXXX")));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "marquee-bench: cannot create a work folder: %s\n", qPrintable(temporary.errorString()));
        return 1;
    }
    settings.workDirectory = temporary.path();
    if (parser.isSet(keep)) {
        temporary.setAutoRemove(false);
        std::fprintf(stderr, "marquee-bench: the caches stay in %s\n", qPrintable(temporary.path()));
    }

    BenchReport report;
    const int scenario = parser.isSet(only) ? parser.value(only).toInt() : 0;
    const auto runs_ = [scenario](std::initializer_list<int> numbers) {
        return scenario == 0 || std::find(numbers.begin(), numbers.end(), scenario) != numbers.end();
    };
    if (runs_({1, 2})) {
        runRefreshScenarios(settings, report);
        runPlexRefreshScenarios(settings, report);
    }
    if (runs_({3, 4, 5})) {
        const QString cachedDir = prepareCachedLibrary(settings, report);
        if (!cachedDir.isEmpty()) {
            runCachedScenarios(settings, cachedDir, report);
            if (const std::optional<double> oneServer = runColdStartScenario(settings, cachedDir, report))
                runThreeServerColdStartScenario(settings, *oneServer, report);
        }
    }
    if (runs_({5}))
        runPlaybackQueueScenario(settings, report);
    if (runs_({6}))
        runPlaybackStartScenario(settings, report);
    if (runs_({7}))
        runDownloadScenario(settings, report);

    if (parser.isSet(json))
        std::printf("%s", report.json(settings.describe()).constData());
    else
        std::printf("%s\n%s", qPrintable(settings.describe()), qPrintable(report.table()));
    const bool failed = std::any_of(report.figures().cbegin(), report.figures().cend(),
                                    [](const Figure &figure) { return figure.metric == QLatin1String("failed"); });
    return failed ? 1 : 0;
}
