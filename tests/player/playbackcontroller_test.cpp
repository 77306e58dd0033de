// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController with a fake engine and the real reporting path to the demo server: the live reports it
// received, the 90 % rule, and playback while the server is away.
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "player/playbackcontroller.h"
#include "services/liveplaybackreporter.h"
#include "services/messagebroker.h"
#include "services/playbacksyncworker.h"
#include "services/databasewriter.h"
#include "services/userdataactions.h"
#include "storage/playbackqueuerepository.h"
#include "storage/userdatarepository.h"
#include "support/cachefixture.h"
#include "support/demosession.h"
#include "support/fakeplaybackengine.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

class PlaybackControllerTest : public ::testing::Test
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
    void startPlaying(qint64 startTicks = 0)
    {
        controller.play({movie, {}, QStringLiteral("A movie"), startTicks});
        engine.open(duration);
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

    CacheFixture fixture;
    DemoSession demo;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    UserDataActions actions{writer, fixture.clock(), &broker};
    PlaybackSyncWorker worker{&demo.backend(), writer, fixture.clock()};
    LivePlaybackReporter reporter{&demo.backend(), actions, fixture.clock()};
    FakePlaybackEngine engine;
    PlaybackController controller{engine, reporter, fixture.clock()};
    QString movie;
    double duration = 0.0; ///< seconds
    UserData before;       ///< the server's state before the test played anything
};

} // namespace

TEST_F(PlaybackControllerTest, TheStreamIsOpenedWithTheTokenInAHeaderAtTheChosenPosition)
{
    const qint64 resumeAt = (42 * 60 + 10) * TicksPerSecond; // "Resume from 42:10"
    controller.play({movie, {}, QStringLiteral("A movie"), resumeAt});
    ASSERT_EQ(engine.loaded().size(), 1);
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

    // Every position went through the queue too, and each accepted report took its own out again.
    // The writer thread may still be behind the reports: wait for the last position.
    ASSERT_TRUE(waitUntil([&] { return pending() == 0 && local()->positionTicks == 3000 * TicksPerSecond; }));
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
    startPlaying();
    engine.playTo(0.6 * duration);
    engine.stop();
    ASSERT_TRUE(waitUntil([&] { return local() && local()->played; }));
    EXPECT_EQ(local()->positionTicks, 0);
}

TEST_F(PlaybackControllerTest, PlaybackWhileTheServerIsAwayReachesItLaterAsUserData)
{
    demo.server().setOffline(true);
    startPlaying();
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
