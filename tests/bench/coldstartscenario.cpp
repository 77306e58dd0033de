// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario 3: the real app started as a whole process on a big cache, until Home has painted; and the same on a
// cache that holds three servers (#14).
#include "benchclient.h"
#include "benchlibrary.h"
#include "processruns.h"
#include "scenarios.h"
#include "demoserver/demoserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace marquee::bench {

namespace {
constexpr int ServerCount = 3;
constexpr int ItemsPerServer = 30'000;
constexpr quint64 Seed = 7;

/// Three demo servers of @p itemsEach items, the same generated library under three identities, each signed in
/// to and synced into one data folder (the last one is the one in use); empty and a failure in the report if not.
QString prepareThreeServers(const BenchSettings &settings, int itemsEach, BenchReport &report)
{
    const LibrarySize size = LibrarySize::forTotal(itemsEach, EpisodeShare, Seed);
    const QString dataDir = QDir(settings.workDirectory).filePath(QStringLiteral("three-servers"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    int cached = 0;
    for (int i = 0; i < ServerCount && error.isEmpty(); ++i) {
        DemoServer server(size.serverOptions(Seed));
        if (!server.start(&error))
            break;
        for (int identity = 0; identity < i; ++identity)
            server.changeIdentity();
        BenchClient client(dataDir);
        error = client.connectTo(server);
        if (error.isEmpty())
            error = client.refreshEverything();
        cached = client.cachedItemCount();
    }
    if (!error.isEmpty()) {
        report.add({QStringLiteral("3 cold start, 3 servers"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, error});
        return {};
    }
    report.add({QStringLiteral("3 cold start, 3 servers"), QStringLiteral("first syncs, s"), timer.elapsed() / 1000.0,
                std::nullopt, {}, std::nullopt, std::nullopt,
                QStringLiteral("%1 servers of %2 items (the same ids under three server ids)").arg(ServerCount).arg(cached)});
    return dataDir;
}
} // namespace

std::optional<double> runColdStartScenario(const BenchSettings &settings, const QString &dataDir, BenchReport &report)
{
    // The app quits once Home has painted (src/app/firstpaintprobe.h).
    const ProcessRuns app(settings.marqueePath, {QStringLiteral("--data-dir"), dataDir},
                          {QStringLiteral("MARQUEE_EXIT_AFTER_FIRST_PAINT=1")});
    const ProcessRuns version(settings.marqueePath, {QStringLiteral("--version")});
    QString error;
    const QList<ProcessRuns::Run> appRuns = app.run(settings.coldStartRuns, &error);
    const QList<ProcessRuns::Run> versionRuns = version.run(settings.coldStartRuns, &error);
    if (appRuns.isEmpty() || versionRuns.isEmpty()) {
        report.add({QStringLiteral("3 cold start"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, error});
        return std::nullopt;
    }
    Samples wall, inMain, peak, versionWall;
    static const QRegularExpression reported(QStringLiteral("first-paint-ms ([0-9.]+) peak-rss-kib ([0-9]+)"));
    for (const ProcessRuns::Run &run : appRuns) {
        const QRegularExpressionMatch match = reported.match(QString::fromLatin1(run.output));
        wall.add(run.wallMs);
        inMain.add(match.captured(1).toDouble());
        peak.add(match.captured(2).toDouble() / 1024.0);
    }
    for (const ProcessRuns::Run &run : versionRuns)
        versionWall.add(run.wallMs);
    const QString baseline = QStringLiteral("marquee --version");
    report.add({QStringLiteral("3 cold start"), QStringLiteral("to Home painted, median ms"), wall.median(),
                versionWall.median(), baseline, atMost(400), std::nullopt,
                QStringLiteral("%1 runs, max %2 ms; main() to paint %3 ms")
                    .arg(wall.count()).arg(wall.max(), 0, 'f', 1).arg(inMain.median(), 0, 'f', 1)});
    report.add({QStringLiteral("3 cold start"), QStringLiteral("VmHWM at Home painted, MiB"), peak.median(),
                std::nullopt, {}, atMost(300), std::nullopt, QStringLiteral("the marquee process")});
    return wall.median();
}

void runThreeServerColdStartScenario(const BenchSettings &settings, double oneServerMs, BenchReport &report)
{
    const int itemsEach = std::min(ItemsPerServer, settings.cachedItems);
    const QString dataDir = prepareThreeServers(settings, itemsEach, report);
    if (dataDir.isEmpty())
        return;
    const ProcessRuns app(settings.marqueePath, {QStringLiteral("--data-dir"), dataDir},
                          {QStringLiteral("MARQUEE_EXIT_AFTER_FIRST_PAINT=1")});
    QString error;
    const QList<ProcessRuns::Run> runs = app.run(settings.coldStartRuns, &error);
    if (runs.isEmpty()) {
        report.add({QStringLiteral("3 cold start, 3 servers"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, error});
        return;
    }
    Samples wall;
    for (const ProcessRuns::Run &run : runs)
        wall.add(run.wallMs);
    report.add({QStringLiteral("3 cold start, 3 servers"), QStringLiteral("to Home painted, median ms"), wall.median(),
                oneServerMs, QStringLiteral("one server of %1 items").arg(settings.cachedItems), std::nullopt,
                atMost(1.5),
                QStringLiteral("%1 runs, max %2 ms; the sidebar lists the other two servers' libraries")
                    .arg(wall.count()).arg(wall.max(), 0, 'f', 1)});
}

} // namespace marquee::bench
