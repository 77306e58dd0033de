// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario 6 (issue #18): the time from *Play* to the first frame, for direct play and for an HLS transcode, with a
// headless libmpv against the demo server. Marquee's figure covers what the app does: ask the server how to play
// (PlaybackInfo), note a conversion on disk, open the stream. The baseline is mpv on its own opening the same address
// with the same headers in the same run, without asking anyone first.
#include "benchclient.h"
#include "samples.h"
#include "scenarios.h"

#include "demoserver/demoserver.h"
#include "player/mpvengine.h"
#include "player/playbackcontroller.h"
#include "services/playbackservices.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <mpv/client.h>

#include <vector>

namespace marquee::bench {

namespace {

const QString Scenario = QStringLiteral("6 play to first frame");
constexpr int TimeoutMs = 20'000;

/// Waits for @p signal of @p sender; false after TimeoutMs.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool arrived = false;
    const QMetaObject::Connection connection = QObject::connect(sender, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return arrived;
}

/// libmpv with nothing around it: null outputs, the stream's headers, loadfile, wait for the first frame.
class BareMpv
{
public:
    BareMpv()
        : m_mpv(mpv_create())
    {
        for (const auto &[name, value] : {std::pair{"vo", "null"}, std::pair{"ao", "null"}, std::pair{"ytdl", "no"},
                                          std::pair{"config", "no"}, std::pair{"load-scripts", "no"},
                                          std::pair{"idle", "yes"}})
            mpv_set_option_string(m_mpv, name, value);
        mpv_initialize(m_mpv);
    }
    ~BareMpv() { mpv_terminate_destroy(m_mpv); }
    BareMpv(const BareMpv &) = delete;
    BareMpv &operator=(const BareMpv &) = delete;

    /// Milliseconds from loadfile to the first frame; a negative number when it failed.
    double open(const StreamSource &stream)
    {
        QList<QByteArray> lines;
        for (const auto &[name, value] : stream.headers)
            lines.append(name + ": " + value);
        std::vector<mpv_node> items(size_t(lines.size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            items[size_t(i)].format = MPV_FORMAT_STRING;
            items[size_t(i)].u.string = lines[i].data();
        }
        mpv_node_list list{int(items.size()), items.data(), nullptr};
        mpv_node node;
        node.format = MPV_FORMAT_NODE_ARRAY;
        node.u.list = &list;
        mpv_set_property(m_mpv, "http-header-fields", MPV_FORMAT_NODE, &node);
        const QByteArray url = stream.url.toEncoded();
        const char *command[] = {"loadfile", url.constData(), "replace", nullptr};
        QElapsedTimer timer;
        timer.start();
        mpv_command(m_mpv, command);
        double result = -1.0;
        while (timer.elapsed() < TimeoutMs) {
            const mpv_event *event = mpv_wait_event(m_mpv, 1.0);
            if (event->event_id == MPV_EVENT_PLAYBACK_RESTART) {
                result = msSince(timer);
                break;
            }
            if (event->event_id == MPV_EVENT_END_FILE)
                break;
        }
        const char *stop[] = {"stop", nullptr};
        mpv_command(m_mpv, stop);
        return result;
    }

private:
    mpv_handle *m_mpv;
};

} // namespace

void runPlaybackStartScenario(const BenchSettings &settings, BenchReport &report)
{
    DemoServer server(DemoServerOptions{.movies = 3, .series = 1});
    QString error;
    if (!server.start(&error))
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    BenchClient client(QDir(settings.workDirectory).filePath(QStringLiteral("playback")));
    error = client.connectTo(server);
    if (!error.isEmpty())
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    PlaybackServices &playback = *client.services().playback();
    MpvEngine engine(MpvEngine::Output::Headless);
    if (!engine.startError().isEmpty())
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, engine.startError()});
    PlaybackController controller(engine, playback.reporter(), playback.planner(), playback.transcodes(),
                                  client.services().clock());
    controller.setHeartbeatEnabled(false);
    controller.setCapabilities(engine.capabilities());
    BareMpv alone;
    const QString movie = server.itemIds(DemoItemKind::Movie).first();

    for (const auto &[name, cap] : {std::pair{QStringLiteral("direct play ms"), std::optional<qint64>()},
                                    std::pair{QStringLiteral("HLS transcode ms"), std::optional<qint64>(720'000)}}) {
        Samples marquee;
        Samples baseline;
        for (int round = 0; round < settings.coldStartRuns; ++round) {
            controller.setMaxBitrate(cap);
            QElapsedTimer timer;
            timer.start();
            controller.play({movie, {}, QStringLiteral("bench"), 0});
            if (!waitFor(&engine, &PlaybackEngine::started))
                return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {},
                                   QStringLiteral("%1: no first frame").arg(name)});
            marquee.add(msSince(timer));
            const PlaybackPlan plan = controller.plan();
            engine.stop();
            waitFor(&engine, &PlaybackEngine::stopped);
            const double bare = alone.open(plan.stream);
            if (bare < 0)
                return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {},
                                   QStringLiteral("%1: mpv alone could not open the stream").arg(name)});
            baseline.add(bare);
        }
        report.add({Scenario, name, marquee.median(), baseline.median(), QStringLiteral("mpv alone, same URL"),
                    std::nullopt, std::nullopt,
                    QStringLiteral("median of %1; Marquee asks PlaybackInfo first").arg(settings.coldStartRuns)});
    }
}

} // namespace marquee::bench
