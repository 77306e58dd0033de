// SPDX-License-Identifier: GPL-3.0-or-later
// Player figures with a headless MpvEngine (vo=null, ao=null) against the demo server over loopback:
// load() → started() (open the stream, probe, first frame decoded), seek() → seeked(), and the CPU the
// process spends per second of playback.
//
//   build/tests/bench/playerstart_bench [rounds=15]
#include "backend/clientidentity.h"
#include "backend/jellyfinauthorization.h"
#include "demoserver/demoserver.h"
#include "player/mpvengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace marquee;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Waits for @p signal of @p engine; false after 15 s.
template <typename Signal>
bool waitFor(MpvEngine &engine, Signal signal)
{
    QEventLoop loop;
    bool arrived = false;
    const QMetaObject::Connection connection = QObject::connect(&engine, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return arrived;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void print(const char *what, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    std::printf("%-28s min %7.1f  median %7.1f  max %7.1f ms  (n=%lld)\n", what, samples.first(),
                samples.at(samples.size() / 2), samples.last(), qlonglong(samples.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 15;
    DemoServer server(DemoServerOptions{.movies = 3, .series = 1});
    if (!server.start())
        return 1;
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/Videos/%1/stream").arg(server.itemIds(DemoItemKind::Movie).constFirst()));
    url.setQuery(QStringLiteral("static=true"));
    const PlaybackMedia media{url,
                              {{"Authorization", JellyfinAuthorization::headerValue(
                                                     ClientIdentity::forThisDevice(QStringLiteral("bench")),
                                                     server.createAccessToken(QStringLiteral("bench")))}},
                              0.0,
                              QStringLiteral("bench")};

    MpvEngine engine(MpvEngine::Output::Headless);
    if (!engine.startError().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(engine.startError()));
        return 1;
    }
    QList<double> starts;
    QList<double> seeks;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        timer.start();
        engine.load(media);
        if (!waitFor(engine, &PlaybackEngine::started))
            return 1;
        starts.append(msSince(timer));
        timer.start();
        engine.seek(round % 2 ? 2.0 : 7.0);
        if (!waitFor(engine, &PlaybackEngine::seeked))
            return 1;
        seeks.append(msSince(timer));
    }
    print("load() -> started()", starts);
    print("seek() -> seeked()", seeks);

    engine.load(media);
    if (!waitFor(engine, &PlaybackEngine::started))
        return 1;
    const double cpuBefore = cpuMs();
    timer.start();
    QEventLoop loop;
    QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
    loop.exec();
    const double wallSeconds = msSince(timer) / 1e3;
    std::printf("%-28s %7.1f ms CPU per second of 320x180 h264 + aac playback (headless, %.1f s)\n",
                "playback cost", (cpuMs() - cpuBefore) / wallSeconds, wallSeconds);
    engine.stop();
    waitFor(engine, &PlaybackEngine::stopped);
    return 0;
}
