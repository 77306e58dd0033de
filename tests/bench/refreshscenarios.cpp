// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios 1 and 2, and the GUI stall of scenario 4 measured while scenario 1 runs.
#include "benchclient.h"
#include "benchlibrary.h"
#include "benchwindow.h"
#include "guiprobes.h"
#include "rawrefreshbaseline.h"
#include "scenarios.h"
#include "timedapplication.h"

#include "demoserver/demoserver.h"
#include "services/refreshscope.h"

#include <QDir>
#include <QTest>

namespace marquee::bench {

namespace {

constexpr quint64 Seed = 50;
constexpr int IdleHeartbeatMs = 1000;

struct Traffic
{
    double ms = 0;
    qint64 requests = 0;
    qint64 bytes = 0;
};

Traffic trafficSince(const DemoServer &server, const QElapsedTimer &timer)
{
    return {msSince(timer), server.totalRequests(), server.bytesSent()};
}

void fail(BenchReport &report, const QString &scenario, const QString &why)
{
    Figure figure{scenario, QStringLiteral("failed"), std::nullopt, std::nullopt, {}, std::nullopt, std::nullopt, why};
    report.add(figure);
}

} // namespace

void runRefreshScenarios(const BenchSettings &settings, BenchReport &report)
{
    const LibrarySize size = LibrarySize::forTotal(settings.refreshItems, EpisodeShare, Seed);
    DemoServer server(size.serverOptions(Seed));
    QString error;
    if (!server.start(&error))
        return fail(report, QStringLiteral("1 full refresh"), error);

    RawRefreshBaseline raw(server, settings.batchSize);
    raw.warmServer();
    const RawRefreshBaseline::Result rawRun = raw.run(settings.workDirectory);
    if (!rawRun.error.isEmpty())
        return fail(report, QStringLiteral("1 full refresh"), QStringLiteral("raw baseline: ") + rawRun.error);

    BenchClient client(QDir(settings.workDirectory).filePath(QStringLiteral("refresh")));
    error = client.connectTo(server);
    if (error.isEmpty())
        error = client.refresh({RefreshScope::libraries().key()});
    const std::optional<Library> movies = client.library(QStringLiteral("movies"));
    if (!error.isEmpty() || !movies)
        return fail(report, QStringLiteral("1 full refresh"), error.isEmpty() ? QStringLiteral("no movie library") : error);

    // The user watches the movie library fill in while the first sync runs.
    BenchWindow gui(client.services());
    gui.show();
    gui.window().showLibrary(movies->id);
    StallMonitor heartbeat;
    heartbeat.start();
    QTest::qWait(IdleHeartbeatMs);
    heartbeat.stop();
    const Samples idle = heartbeat.lateness();

    server.resetCounters();
    QElapsedTimer timer;
    timer.start();
    heartbeat.start();
    TimedApplication::instance()->startRecording();
    error = client.refresh(client.libraryScopes());
    TimedApplication::instance()->stopRecording();
    heartbeat.stop();
    const Traffic full = trafficSince(server, timer);
    if (!error.isEmpty())
        return fail(report, QStringLiteral("1 full refresh"), error);
    const int cached = client.cachedItemCount();
    const QString sizeText = QStringLiteral("%1 items, %2 episodes; raw: fetch %3 s, parse %4 s, bind and write %5 s")
                                 .arg(cached).arg(size.episodes)
                                 .arg(rawRun.fetchMs / 1000, 0, 'f', 1).arg(rawRun.parseMs / 1000, 0, 'f', 1)
                                 .arg((rawRun.ms - rawRun.fetchMs - rawRun.parseMs) / 1000, 0, 'f', 1);
    report.add({QStringLiteral("1 full refresh"), QStringLiteral("items/s"), cached / (full.ms / 1000),
                rawRun.items / (rawRun.ms / 1000), QStringLiteral("raw sqlite3, one transaction"), atLeast(2500),
                atLeast(0.5), sizeText});
    report.add({QStringLiteral("4 GUI stall during 1"), QStringLiteral("longest stall, ms"), heartbeat.lateness().max(),
                idle.max(), QStringLiteral("same window, idle"), atMost(16), std::nullopt,
                QStringLiteral("p99 %1 ms, %2 beats; slowest: %3")
                    .arg(heartbeat.lateness().percentile(99), 0, 'f', 2)
                    .arg(heartbeat.lateness().count())
                    .arg(TimedApplication::instance()->slowest(3))});

    server.resetCounters();
    timer.restart();
    error = client.refresh(client.libraryScopes());
    const Traffic unchanged = trafficSince(server, timer);
    if (!error.isEmpty())
        return fail(report, QStringLiteral("2 unchanged refresh"), error);
    const QString against = QStringLiteral("the full refresh (1)");
    report.add({QStringLiteral("2 unchanged refresh"), QStringLiteral("requests"), double(unchanged.requests),
                double(full.requests), against, std::nullopt, std::nullopt, {}});
    report.add({QStringLiteral("2 unchanged refresh"), QStringLiteral("bytes"), double(unchanged.bytes),
                double(full.bytes), against, std::nullopt, std::nullopt, {}});
    report.add({QStringLiteral("2 unchanged refresh"), QStringLiteral("ms"), unchanged.ms, full.ms, against,
                std::nullopt, std::nullopt, {}});
}

} // namespace marquee::bench
