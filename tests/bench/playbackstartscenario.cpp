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

/// Lets a player that has just stopped finish letting go of its stream (mpv tears down after its end-file), so that
/// each open starts from an idle player, as a viewer's Play does.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    loop.exec();
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
        // Stopped, and its end-file read here, so that the next open does not take it for its own.
        const char *stop[] = {"stop", nullptr};
        mpv_command(m_mpv, stop);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < TimeoutMs && mpv_wait_event(m_mpv, 1.0)->event_id != MPV_EVENT_IDLE) {
        }
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
    BareMpv bare;
    const QString movie = server.itemIds(DemoItemKind::Movie).first();

    for (const auto &[name, cap] : {std::pair{QStringLiteral("direct play ms"), std::optional<qint64>()},
                                    std::pair{QStringLiteral("HLS transcode ms"), std::optional<qint64>(720'000)}}) {
        controller.setMaxBitrate(cap);
        StreamSource stream; ///< of Marquee's last plan: what mpv alone opens
        const auto playInMarquee = [&]() -> std::optional<double> {
            QElapsedTimer timer;
            timer.start();
            controller.play({movie, {}, QStringLiteral("bench"), 0});
            if (!waitFor(&engine, &PlaybackEngine::started))
                return std::nullopt;
            const double ms = msSince(timer);
            stream = controller.plan().stream;
            engine.stop();
            waitFor(&engine, &PlaybackEngine::stopped);
            settle();
            return ms;
        };
        Samples marquee;
        Samples baseline;
        QString failure;
        // Round 0 is not counted: the first open of each pays once for libmpv's demuxers and the server's first
        // answer. Then the two take turns going first, so that neither always opens while the other tears down.
        // Going first, mpv alone opens the address of Marquee's previous plan (the demo server converts again).
        for (int round = 0; round <= settings.coldStartRuns && failure.isEmpty(); ++round) {
            std::optional<double> ours;
            double alone = -1.0;
            if (round % 2 == 0) {
                ours = playInMarquee();
                if (ours)
                    alone = bare.open(stream);
            } else {
                alone = bare.open(stream);
                settle();
                ours = playInMarquee();
            }
            if (!ours) {
                failure = QStringLiteral("%1: no first frame").arg(name);
            } else if (alone < 0) {
                failure = QStringLiteral("%1: mpv alone could not open the stream").arg(name);
            } else if (round > 0) {
                marquee.add(*ours);
                baseline.add(alone);
            }
        }
        if (!failure.isEmpty())
            return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, failure});
        report.add({Scenario, name, marquee.median(), baseline.median(), QStringLiteral("mpv alone, same URL"),
                    std::nullopt, std::nullopt,
                    QStringLiteral("median of %1, max %2 ms (mpv alone %3 ms); Marquee asks PlaybackInfo first")
                        .arg(settings.coldStartRuns)
                        .arg(marquee.max(), 0, 'f', 1)
                        .arg(baseline.max(), 0, 'f', 1)});
    }
}

} // namespace marquee::bench
