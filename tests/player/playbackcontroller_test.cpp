// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController with a fake engine and the real reporting path to the demo server: the live reports it
// received, the 90 % rule, and playback while the server is away.
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "playbackfixture.h"
#include "player/playbackcontroller.h"
#include "player/playbackquality.h"
#include "services/playbacksyncworker.h"
#include "storage/playbacksessionrepository.h"
#include "storage/playbackqueuerepository.h"
#include "storage/userdatarepository.h"
#include "support/fakeplaybackengine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

class PlaybackControllerTest : public ::testing::Test, protected PlaybackFixture
{
protected:
    void SetUp() override
    {
        controller.setHeartbeatEnabled(false);
        worker.setAutomaticRetry(false);
        movie = demo.server().itemIds(DemoItemKind::Movie).value(1);
        ASSERT_FALSE(movie.isEmpty());
        const Result<MediaItem> details = awaitResult(demo.backend().itemDetails(movie));
        ASSERT_TRUE(details.ok());
        // The engine reports the runtime the server knows, so both apply the 90 % rule to the same length.
        duration = double(details.value().runTimeTicks) / double(TicksPerSecond);
        ASSERT_GE(duration, 80 * 60.0);
        before = demo.userData(movie);
    }

    QList<QJsonObject> reportsWhenThereAre(int count)
    {
        EXPECT_TRUE(waitUntil([&] { return demo.server().playbackReports().size() >= count; }, 10'000));
        return demo.server().playbackReports();
    }
    /// Plays the movie; @p localCopy: from a copy on this device (as a download), without asking the server.
    void startPlaying(qint64 startTicks = 0, bool localCopy = false)
    {
        const qsizetype loads = engine.loaded().size();
        PlaybackRequest request{movie, {}, QStringLiteral("A movie"), startTicks};
        if (localCopy)
            request.localMedia = QUrl::fromLocalFile(QStringLiteral("/downloads/a-movie.mkv"));
        controller.play(request);
        ASSERT_TRUE(waitUntil([&] { return engine.loaded().size() > loads; }, 10'000)) << "nothing was opened";
        engine.open(duration);
    }
    /// The plan the server makes for @p capabilities and @p cap, once it is loaded.
    PlaybackPlan planFor(const PlayerCapabilities &capabilities, std::optional<qint64> cap)
    {
        const qsizetype loads = engine.loaded().size();
        controller.setCapabilities(capabilities);
        controller.setMaxBitrate(cap);
        controller.play({movie, {}, QStringLiteral("A movie"), 0});
        EXPECT_TRUE(waitUntil([&] { return engine.loaded().size() > loads; }, 10'000)) << "nothing was opened";
        return controller.plan();
    }
    QList<ActiveTranscode> rememberedConversions()
    {
        return PlaybackSessionRepository(fixture.connection()).transcodes(CacheFixture::ServerId);
    }
    void tenSecondsLater()
    {
        fixture.clock().advanceMs(PlaybackController::ProgressIntervalMs);
        controller.heartbeat();
    }
    int pending() { return PlaybackQueueRepository(fixture.connection()).pendingCount(CacheFixture::ServerId); }
    std::optional<UserData> local()
    {
        return UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, movie);
    }
    static qint64 ticks(const QJsonObject &report)
    {
        return qint64(report.value(QStringLiteral("PositionTicks")).toDouble());
    }
    static QString path(const QJsonObject &report) { return report.value(QStringLiteral("Path")).toString(); }

    PlaybackSyncWorker worker{&demo.backend(), writer, fixture.clock()};
    FakePlaybackEngine engine;
    PlaybackController controller{engine, reporter, planner, transcodes, fixture.clock()};
    QString movie;
    double duration = 0.0; ///< seconds
    UserData before;       ///< the server's state before the test played anything
};

} // namespace

TEST_F(PlaybackControllerTest, TheStreamIsOpenedWithTheTokenInAHeaderAtTheChosenPosition)
{
    const qint64 resumeAt = (42 * 60 + 10) * TicksPerSecond; // "Resume from 42:10"
    controller.play({movie, {}, QStringLiteral("A movie"), resumeAt});
    ASSERT_TRUE(waitUntil([&] { return engine.loaded().size() == 1; }, 10'000));
    const PlaybackMedia &media = engine.loaded().first();
    EXPECT_EQ(media.startSeconds, 2530.0);
    EXPECT_EQ(media.title, QStringLiteral("A movie"));
    EXPECT_TRUE(media.url.path().endsWith(QStringLiteral("/Videos/") + movie + QStringLiteral("/stream")));
    const QString token = demo.backend().session().accessToken;
    ASSERT_FALSE(token.isEmpty());
    EXPECT_FALSE(media.url.toString().contains(token));
    ASSERT_EQ(media.headers.size(), 1);
    EXPECT_EQ(media.headers.first().first, QByteArrayLiteral("Authorization"));
    EXPECT_TRUE(media.headers.first().second.contains(token.toLatin1()));
}

TEST_F(PlaybackControllerTest, TheServerHearsStartProgressEveryTenSecondsPauseSeekAndStop)
{
    QSignalSpy answered(&reporter, &LivePlaybackReporter::serverAnswered);
    startPlaying(2530 * TicksPerSecond);
    reportsWhenThereAre(1);
    ASSERT_TRUE(waitUntil([&] { return reporter.isLive(); }));

    engine.playTo(2533.0);
    fixture.clock().advanceMs(3000);
    controller.heartbeat(); // 3 s after the start: too early for a progress report
    fixture.clock().advanceMs(PlaybackController::ProgressIntervalMs - 3000);
    engine.playTo(2540.0);
    controller.heartbeat();
    reportsWhenThereAre(2);
    engine.setPaused(true);
    reportsWhenThereAre(3);
    engine.seek(3000.0);
    reportsWhenThereAre(4);
    tenSecondsLater(); // paused, still reported so the server keeps the session
    reportsWhenThereAre(5);
    engine.stop();
    const QList<QJsonObject> reports = reportsWhenThereAre(6);

    ASSERT_EQ(reports.size(), 6);
    EXPECT_EQ(path(reports[0]), QStringLiteral("/Sessions/Playing"));
    EXPECT_EQ(ticks(reports[0]), 2530 * TicksPerSecond);
    EXPECT_EQ(reports[0].value(QStringLiteral("ItemId")).toString(), movie);
    EXPECT_EQ(path(reports[1]), QStringLiteral("/Sessions/Playing/Progress"));
    EXPECT_EQ(ticks(reports[1]), 2540 * TicksPerSecond);
    EXPECT_FALSE(reports[1].value(QStringLiteral("IsPaused")).toBool());
    EXPECT_TRUE(reports[2].value(QStringLiteral("IsPaused")).toBool());
    EXPECT_EQ(ticks(reports[3]), 3000 * TicksPerSecond);
    EXPECT_EQ(path(reports[4]), QStringLiteral("/Sessions/Playing/Progress"));
    EXPECT_EQ(path(reports[5]), QStringLiteral("/Sessions/Playing/Stopped"));
    EXPECT_EQ(ticks(reports[5]), 3000 * TicksPerSecond);
    const QString session = reports[0].value(QStringLiteral("PlaySessionId")).toString();
    EXPECT_FALSE(session.isEmpty());
    for (const QJsonObject &report : reports)
        EXPECT_EQ(report.value(QStringLiteral("PlaySessionId")).toString(), session);

    // Every position went through the queue too, and each accepted report took its own out again. Once the client
    // has every answer, one more job on the writer thread runs after every record and every confirmation.
    ASSERT_TRUE(waitUntil([&] { return answered.size() == reports.size(); }));
    writer.run([](const QSqlDatabase &) {}).waitForFinished();
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(local()->positionTicks, 3000 * TicksPerSecond);
    const UserData atServer = demo.userData(movie);
    EXPECT_EQ(atServer.positionTicks, 3000 * TicksPerSecond);
    EXPECT_FALSE(atServer.played);
    EXPECT_EQ(atServer.playCount, before.playCount + 1);
}

TEST_F(PlaybackControllerTest, PastNinetyPercentTheItemCountsAsPlayedAndLeavesContinueWatching)
{
    startPlaying();
    reportsWhenThereAre(1);
    ASSERT_TRUE(waitUntil([&] { return reporter.isLive(); }));
    engine.playTo(0.95 * duration);
    tenSecondsLater();
    engine.runToEnd();
    reportsWhenThereAre(3);

    ASSERT_TRUE(waitUntil([&] { return local() && local()->played; }));
    EXPECT_EQ(local()->positionTicks, 0);
    EXPECT_EQ(pending(), 1) << "played goes to the server as its own change";
    worker.drainNow();
    ASSERT_TRUE(waitUntil([&] { return pending() == 0 && !worker.isDraining(); }, 10'000));
    const UserData atServer = demo.userData(movie);
    EXPECT_TRUE(atServer.played);
    EXPECT_EQ(atServer.positionTicks, 0);
    EXPECT_EQ(atServer.playCount, before.playCount + 1) << "one viewing, counted once";
}

TEST_F(PlaybackControllerTest, ALowerPlayedShareIsASetting)
{
    controller.setPlayedShare(0.5);
    demo.server().setOffline(true);
    startPlaying(0, true);
    engine.playTo(0.6 * duration);
    engine.stop();
    ASSERT_TRUE(waitUntil([&] { return local() && local()->played; }));
    EXPECT_EQ(local()->positionTicks, 0);
}

TEST_F(PlaybackControllerTest, PlaybackOfADownloadWhileTheServerIsAwayReachesItLaterAsUserData)
{
    demo.server().setOffline(true);
    startPlaying(0, true);
    engine.playTo(300.0);
    tenSecondsLater();
    engine.playTo(1200.0);
    fixture.clock().advanceMs(4000);
    const qint64 stoppedAt = fixture.clock().nowMs();
    engine.stop();
    ASSERT_TRUE(waitUntil([&] { return local() && local()->positionTicks == 1200 * TicksPerSecond; }));
    EXPECT_FALSE(reporter.isLive());
    EXPECT_EQ(pending(), 1) << "one position per item";

    demo.server().setOffline(false);
    worker.drainNow();
    ASSERT_TRUE(waitUntil([&] { return pending() == 0 && !worker.isDraining(); }, 10'000));
    const UserData atServer = demo.userData(movie);
    EXPECT_EQ(atServer.positionTicks, 1200 * TicksPerSecond);
    EXPECT_EQ(atServer.lastPlayedAtMs, stoppedAt);
    EXPECT_TRUE(demo.server().playbackReports().isEmpty()) << "no live report without a live session";
}

TEST_F(PlaybackControllerTest, WithoutTheServerAndWithoutACopyThePlaybackFailsInWords)
{
    engine.open(10.0); // something played before
    demo.server().setOffline(true);
    QSignalSpy failed(&controller, &PlaybackController::playbackFailed);
    QSignalSpy stopped(&engine, &PlaybackEngine::stopped);
    controller.play({movie, {}, QStringLiteral("A movie"), 0});
    ASSERT_TRUE(waitUntil([&] { return !failed.isEmpty(); }, 10'000));
    const auto problem = failed.first().at(0).value<PlaybackProblem>();
    EXPECT_EQ(problem.kind, PlaybackProblem::Kind::Unreachable) << problem.details.toStdString();
    EXPECT_TRUE(problem.message().startsWith(QLatin1String("The server cannot be reached; this item is not downloaded")));
    EXPECT_EQ(stopped.size(), 1) << "what played before stops: nothing plays behind the message";
    EXPECT_TRUE(engine.loaded().isEmpty());
}

TEST_F(PlaybackControllerTest, EachPlayMethodIsChosenForTheProfileAndTheCapAndReportedAsPlayed)
{
    const PlayerCapabilities everything; // no list: any container and codec (the demo movie is H.264/AAC in MP4)
    PlayerCapabilities noMp4;
    noMp4.containers = {QStringLiteral("mkv")};
    PlayerCapabilities noH264 = noMp4;
    noH264.containers = {QStringLiteral("mp4")};
    noH264.videoCodecs = {QStringLiteral("hevc")};

    struct Case
    {
        PlayerCapabilities capabilities;
        std::optional<qint64> cap;
        PlayMethod method;
        QString status;
    };
    const QList<Case> cases{
        {everything, std::nullopt, PlayMethod::DirectPlay, QStringLiteral("Direct play")},
        {everything, 20'000'000, PlayMethod::DirectPlay, QStringLiteral("Direct play")},
        {noMp4, std::nullopt, PlayMethod::DirectStream,
         QStringLiteral("Direct stream: the container (MP4) is repackaged, picture and sound are not converted")},
        {everything, 4'000'000, PlayMethod::Transcode, QStringLiteral("Transcoding: bitrate above the 4 Mbps cap")},
        {noH264, std::nullopt, PlayMethod::Transcode,
         QStringLiteral("Transcoding: the video codec (H264) is not supported")},
    };
    const QString token = demo.backend().session().accessToken;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.status.toStdString());
        const PlaybackPlan plan = planFor(c.capabilities, c.cap);
        EXPECT_EQ(plan.method, c.method);
        EXPECT_EQ(playbackStatusText(plan), c.status);
        const PlaybackMedia &media = engine.loaded().last();
        EXPECT_EQ(media.converted, c.method != PlayMethod::DirectPlay);
        EXPECT_TRUE(media.url.path().endsWith(c.method == PlayMethod::DirectPlay ? QStringLiteral("/stream")
                                                                                 : QStringLiteral("/master.m3u8")))
            << media.url.toString().toStdString();
        EXPECT_FALSE(media.url.toString().contains(token)) << "the server's ApiKey stays out of the address";
        const int before = int(demo.server().playbackReports().size());
        engine.open(duration);
        const QJsonObject start = reportsWhenThereAre(before + 1).at(before);
        EXPECT_EQ(path(start), QStringLiteral("/Sessions/Playing"));
        EXPECT_EQ(start.value(QStringLiteral("PlayMethod")).toString(), playMethodName(c.method));
        EXPECT_EQ(start.value(QStringLiteral("PlaySessionId")).toString(), plan.playSessionId);
        EXPECT_EQ(start.value(QStringLiteral("MediaSourceId")).toString(), movie);
        EXPECT_EQ(start.value(QStringLiteral("AudioStreamIndex")).toInt(-1), 1);
        ASSERT_TRUE(waitUntil([&] { return reporter.isLive(); }));
        engine.stop();
        reportsWhenThereAre(before + 2);
    }
    // The server heard the device profile and the cap it decided by.
    const QJsonObject asked = demo.server().playbackInfoRequests().at(3);
    EXPECT_EQ(asked.value(QStringLiteral("MaxStreamingBitrate")).toDouble(), 4'000'000.0);
    EXPECT_TRUE(asked.value(QStringLiteral("DeviceProfile")).toObject().contains(QStringLiteral("DirectPlayProfiles")));
}

TEST_F(PlaybackControllerTest, AConversionIsStoppedWhenItsPlaybackEndsAndUntilThenKeptOnDisk)
{
    const PlaybackPlan plan = planFor({}, 1'500'000);
    ASSERT_TRUE(plan.converted);
    ASSERT_EQ(rememberedConversions().size(), 1) << "noted before the stream was opened";
    EXPECT_EQ(rememberedConversions().first().playSessionId, plan.playSessionId);
    engine.open(duration);
    engine.playTo(60.0);
    EXPECT_TRUE(demo.server().stoppedEncodings().isEmpty());
    engine.stop();
    ASSERT_TRUE(waitUntil([&] { return demo.server().stoppedEncodings() == QStringList{plan.playSessionId}; }, 10'000));
    ASSERT_TRUE(waitUntil([&] { return rememberedConversions().isEmpty(); }, 10'000));
}

TEST_F(PlaybackControllerTest, AnotherQualityIsANewPlanFromWhereItPlaysAndTheOldConversionStops)
{
    const PlaybackPlan first = planFor({}, 4'000'000);
    ASSERT_EQ(first.method, PlayMethod::Transcode);
    engine.open(duration);
    engine.playTo(600.0);
    reportsWhenThereAre(1);
    ASSERT_TRUE(waitUntil([&] { return reporter.isLive(); }));
    controller.replan({std::optional<qint64>(), {}, {}, {}});
    ASSERT_TRUE(waitUntil([&] { return engine.loaded().size() == 2; }, 10'000));
    EXPECT_EQ(controller.plan().method, PlayMethod::DirectPlay);
    EXPECT_EQ(engine.loaded().last().startSeconds, 600.0);
    EXPECT_NE(controller.plan().playSessionId, first.playSessionId);
    engine.open(duration);
    // The old stream was let go when the new one opened: its conversion goes, the new playback reports anew.
    ASSERT_TRUE(waitUntil([&] { return demo.server().stoppedEncodings() == QStringList{first.playSessionId}; }, 10'000));
    // The two reports travel at once: the server may hear them in either order.
    const QList<QJsonObject> reports = reportsWhenThereAre(3);
    const auto find = [&](const QString &reportPath) {
        for (const QJsonObject &report : reports.mid(1)) {
            if (path(report) == reportPath)
                return report;
        }
        return QJsonObject();
    };
    const QJsonObject stopped = find(QStringLiteral("/Sessions/Playing/Stopped"));
    EXPECT_EQ(ticks(stopped), 600 * TicksPerSecond);
    EXPECT_EQ(stopped.value(QStringLiteral("PlaySessionId")).toString(), first.playSessionId);
    const QJsonObject started = find(QStringLiteral("/Sessions/Playing"));
    EXPECT_EQ(started.value(QStringLiteral("PlayMethod")).toString(), QStringLiteral("DirectPlay"));
    EXPECT_EQ(started.value(QStringLiteral("PlaySessionId")).toString(), controller.plan().playSessionId);
}
