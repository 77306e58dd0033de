// SPDX-License-Identifier: GPL-3.0-or-later
// The upload half of the playback lane against the demo server over loopback: local changes go into the queue,
// the worker delivers them as user data, and a refresh that pulls other devices' changes resolves conflicts.
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "services/messagebroker.h"
#include "services/playbacksyncworker.h"
#include "services/queuesendlock.h"
#include "services/databasewriter.h"
#include "services/userdataactions.h"
#include "storage/cachemetarepository.h"
#include "storage/itembatchwriter.h"
#include "storage/playbackqueuerepository.h"
#include "storage/userdatarepository.h"
#include "support/cachefixture.h"
#include "support/demosession.h"
#include "support/testdirectory.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <csignal>
#include <cstdio>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr qint64 Minute = 60'000;

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

class PlaybackSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        worker.setAutomaticRetry(false);
        movies = demo.server().itemIds(DemoItemKind::Movie);
        ASSERT_GE(movies.size(), 10);
    }

    void position(const QString &itemId, qint64 ticks, qint64 atMs)
    {
        PlaybackChange change;
        change.itemId = itemId;
        change.positionTicks = ticks;
        change.occurredAtMs = atMs;
        const Status stored = awaitResult(actions.recordPlayback(change));
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }
    void stored(QFuture<Status> future)
    {
        const Status status = awaitResult(std::move(future));
        ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    }
    /// One run of the worker, to its end.
    int drain()
    {
        QSignalSpy finished(&worker, &PlaybackSyncWorker::drainFinished);
        worker.drainNow();
        EXPECT_TRUE(waitUntil([&] { return !worker.isDraining(); }, 60'000));
        return finished.isEmpty() ? 0 : finished.last().at(0).toInt();
    }
    int pending() { return PlaybackQueueRepository(fixture.connection()).pendingCount(CacheFixture::ServerId); }
    std::optional<UserData> local(const QString &itemId)
    {
        return UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, itemId);
    }
    /// What a refresh of these items does: the server's user data, merged into the cache.
    void refreshUserData(const QStringList &itemIds)
    {
        const Result<QList<UserData>> fromServer = awaitResult(demo.backend().userDataForItems(itemIds));
        ASSERT_TRUE(fromServer.ok());
        ItemBatchWriter writer(fixture.connection(), fixture.config());
        ASSERT_TRUE(writer.mergeUserData(CacheFixture::ServerId, fromServer.value(), fixture.clock().nowMs()).ok());
    }

    CacheFixture fixture;
    DemoSession demo{DemoServerOptions{}}; // the full generated library: well over a thousand items
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    UserDataActions actions{writer, fixture.clock(), &broker};
    PlaybackSyncWorker worker{&demo.backend(), writer, fixture.clock()};
    QStringList movies;
};

} // namespace

TEST_F(PlaybackSyncTest, ChangesMadeOfflineReachTheServerOnReconnectWithTheirRealDate)
{
    const QString movie = movies[3];
    demo.server().setOffline(true);
    const qint64 watchedAt = fixture.clock().nowMs();
    position(movie, 1234 * TicksPerSecond, watchedAt);
    fixture.clock().advanceMs(5 * Minute);
    stored(actions.setFavorite(movie, true));
    stored(actions.setPlayed(movies[4], true));
    const qint64 playedAt = fixture.clock().nowMs();

    QSignalSpy status(&worker, &PlaybackSyncWorker::statusChanged);
    worker.start();
    ASSERT_TRUE(waitUntil([&] { return !worker.isDraining(); }));
    EXPECT_EQ(pending(), 3) << "nothing is lost while the server is away";
    EXPECT_EQ(worker.lastError().kind, ErrorKind::Offline);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toInt(), 3);

    demo.server().setOffline(false);
    EXPECT_EQ(drain(), 3);
    EXPECT_EQ(pending(), 0);
    EXPECT_FALSE(worker.lastError().isError());
    const UserData atServer = demo.userData(movie);
    EXPECT_EQ(atServer.positionTicks, 1234 * TicksPerSecond);
    EXPECT_FALSE(atServer.played);
    EXPECT_TRUE(atServer.isFavorite);
    EXPECT_EQ(atServer.lastPlayedAtMs, watchedAt) << "when it was watched, not when it was sent";
    const UserData played = demo.userData(movies[4]);
    EXPECT_TRUE(played.played);
    EXPECT_EQ(played.lastPlayedAtMs, playedAt);
    EXPECT_EQ(played.playCount, 1);
    EXPECT_TRUE(demo.server().playbackReports().isEmpty()) << "offline progress is never a fake live report";
}

TEST_F(PlaybackSyncTest, AThousandQueuedChangesArriveOnceEachInOrder)
{
    const QStringList items = demo.server().itemIds(DemoItemKind::Episode) + movies;
    ASSERT_GE(items.size(), 800);
    {
        // Queued straight through the repository: this is about delivery, not about recording.
        PlaybackQueueRepository queue(fixture.connection());
        PlaybackEvent event;
        event.serverId = CacheFixture::ServerId;
        for (int i = 0; i < 800; ++i) {
            event.itemId = items[i];
            event.kind = PlaybackEventKind::Progress;
            event.positionTicks = qint64(i + 1) * TicksPerSecond;
            event.occurredAtMs = fixture.clock().nowMs() + i;
            ASSERT_TRUE(queue.record(event).ok());
        }
        for (int i = 0; i < 100; ++i) {
            event.itemId = items[i];
            event.kind = PlaybackEventKind::Favorite;
            ASSERT_TRUE(queue.record(event).ok());
            event.kind = PlaybackEventKind::Unfavorite;
            ASSERT_TRUE(queue.record(event).ok());
        }
    }
    ASSERT_EQ(pending(), 1000);
    demo.server().resetCounters();

    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(drain(), 1000);
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());
    std::printf("[ figure ] queue drain rate: 1000 changes in %lld ms = %.0f changes/s (demo server, loopback)\n",
                elapsedMs, 1000.0 * 1000.0 / double(elapsedMs));

    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(demo.requests(QStringLiteral("/UserItems/{itemId}/UserData")), 800);
    EXPECT_EQ(demo.requests(QStringLiteral("/UserFavoriteItems/{itemId}")), 200);
    EXPECT_EQ(demo.server().totalRequests(), 1000) << "nothing sent twice";
    for (int first = 0; first < 800; first += 100) {
        const Result<QList<UserData>> batch = awaitResult(demo.backend().userDataForItems(items.mid(first, 100)));
        ASSERT_TRUE(batch.ok());
        ASSERT_EQ(batch.value().size(), 100);
        for (const UserData &data : batch.value()) {
            const int index = int(items.indexOf(data.itemId));
            EXPECT_EQ(data.positionTicks, qint64(index + 1) * TicksPerSecond) << data.itemId.toStdString();
            EXPECT_FALSE(data.isFavorite) << "unfavourite came after favourite";
        }
    }
}

TEST_F(PlaybackSyncTest, ASignOutStopsTheDrainWithoutLosingAnythingAndASignInResumesIt)
{
    for (int i = 0; i < 5; ++i)
        position(movies[i], qint64(100 + i) * TicksPerSecond, fixture.clock().nowMs());
    Session revoked = demo.backend().session();
    revoked.accessToken = QStringLiteral("revoked-token");
    demo.backend().setSession(revoked); // the drain starts on the new session
    ASSERT_TRUE(waitUntil([&] { return worker.isSignedOut() && !worker.isDraining(); }));
    EXPECT_EQ(worker.lastError().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(pending(), 5);
    EXPECT_EQ(demo.requests(QStringLiteral("/UserItems/{itemId}/UserData")), 1) << "it stopped at the first refusal";

    worker.drainSoon(); // a new local change while signed out only counts
    ASSERT_TRUE(waitUntil([&] { return !worker.isDraining(); }));
    EXPECT_EQ(pending(), 5);

    ASSERT_TRUE(awaitResult(demo.backend().signIn(DemoServer::userName(), DemoServer::password())).ok());
    ASSERT_TRUE(waitUntil([&] { return pending() == 0 && !worker.isDraining(); }, 20'000));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(demo.userData(movies[i]).positionTicks, qint64(100 + i) * TicksPerSecond);
}

TEST_F(PlaybackSyncTest, ServerErrorsDuringTheDrainLoseNothing)
{
    ASSERT_GE(movies.size(), 30);
    for (int i = 0; i < 30; ++i)
        position(movies[i], qint64(i + 10) * TicksPerSecond, fixture.clock().nowMs() + i);
    const int queued = pending();
    demo.server().setErrorRate(0.4);
    int delivered = 0;
    for (int round = 0; round < 200 && pending() > 0; ++round) {
        delivered += drain();
        fixture.clock().advanceMs(10 * Minute);
    }
    demo.server().setErrorRate(0.0);
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(delivered, queued);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(demo.userData(movies[i]).positionTicks, qint64(i + 10) * TicksPerSecond) << i;
}

TEST_F(PlaybackSyncTest, ANewerChangeFromAnotherDeviceWinsOverAnOlderOneQueuedHere)
{
    const QString movie = movies[6];
    demo.server().setOffline(true);
    const qint64 localAt = fixture.clock().nowMs();
    position(movie, 600 * TicksPerSecond, localAt);
    demo.server().setOffline(false);
    // Later, another device watched further.
    ASSERT_TRUE(demo.server().changeUserDataFromOtherDevice(
        movie, QJsonObject{{QStringLiteral("PlaybackPositionTicks"), double(3000 * TicksPerSecond)},
                           {QStringLiteral("LastPlayedDate"), isoDate(localAt + 10 * Minute)}}));

    refreshUserData({movie});
    EXPECT_EQ(local(movie)->positionTicks, 3000 * TicksPerSecond);
    EXPECT_EQ(pending(), 0) << "the older local position must not overwrite the newer one";
    demo.server().resetCounters();
    EXPECT_EQ(drain(), 0);
    EXPECT_EQ(demo.userData(movie).positionTicks, 3000 * TicksPerSecond);
}

TEST_F(PlaybackSyncTest, ANewerChangeQueuedHereWinsOverAnOlderOneFromAnotherDevice)
{
    const QString movie = movies[7];
    const qint64 otherAt = fixture.clock().nowMs();
    ASSERT_TRUE(demo.server().changeUserDataFromOtherDevice(
        movie, QJsonObject{{QStringLiteral("PlaybackPositionTicks"), double(3000 * TicksPerSecond)},
                           {QStringLiteral("LastPlayedDate"), isoDate(otherAt)}}));
    fixture.clock().advanceMs(10 * Minute);
    position(movie, 600 * TicksPerSecond, fixture.clock().nowMs());
    const qint64 localAt = fixture.clock().nowMs();

    refreshUserData({movie});
    EXPECT_EQ(local(movie)->positionTicks, 600 * TicksPerSecond);
    EXPECT_EQ(pending(), 1);
    EXPECT_EQ(drain(), 1);
    const UserData atServer = demo.userData(movie);
    EXPECT_EQ(atServer.positionTicks, 600 * TicksPerSecond);
    EXPECT_EQ(atServer.lastPlayedAtMs, localAt);

    refreshUserData({movie}); // nothing queued any more: the server's state is taken as it is
    EXPECT_EQ(local(movie)->positionTicks, 600 * TicksPerSecond);
}

// Re-executed as a child process by the next test, which kills it with SIGKILL while it records.
TEST(PlaybackCrash, ChildRecordsProgressUntilKilled)
{
    const QString directory = qEnvironmentVariable("MARQUEE_SYNC_CHILD_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "runs only as the child of PlaybackCrash.ProgressRecordedBeforeASigkillIsDelivered";
    const QString itemId = qEnvironmentVariable("MARQUEE_SYNC_CHILD_ITEM");
    Database database(DatabasePaths::inDirectory(directory));
    ASSERT_TRUE(database.open().ok);
    SystemClock clock;
    MessageBroker broker;
    DatabaseWriter writer(database);
    UserDataActions actions(writer, clock, &broker);
    for (qint64 second = 1;; ++second) {
        PlaybackChange change;
        change.itemId = itemId;
        change.positionTicks = second * 10 * TicksPerSecond;
        change.occurredAtMs = clock.nowMs();
        change.heldForLiveReport = second % 2 == 0; // as during a live session whose reports never got answered
        ASSERT_TRUE(awaitResult(actions.recordPlayback(change)).ok());
        std::printf("committed %lld\n", change.positionTicks);
        std::fflush(stdout);
    }
}

TEST(PlaybackCrash, ProgressRecordedBeforeASigkillIsDelivered)
{
    DemoSession demo;
    const QString movie = demo.server().itemIds(DemoItemKind::Movie).value(2);
    TestDirectory directory;
    Database database(DatabasePaths::inDirectory(directory.path()));
    ASSERT_TRUE(database.open().ok);
    ASSERT_TRUE(CacheMetaRepository(database.connection()).setServerId(demo.server().serverId()));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MARQUEE_SYNC_CHILD_DIR"), directory.path());
    environment.insert(QStringLiteral("MARQUEE_SYNC_CHILD_ITEM"), movie);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=PlaybackCrash.ChildRecordsProgressUntilKilled")});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count("committed") < 25 && timer.elapsed() < 60'000) {
        child.waitForReadyRead(100);
        output += child.readAllStandardOutput();
    }
    ::kill(pid_t(child.processId()), SIGKILL); // mid-recording: no clean shutdown, no flush, no destructor
    ASSERT_TRUE(child.waitForFinished());
    output += child.readAllStandardOutput();
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    qint64 lastReported = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            lastReported = line.mid(10).toLongLong();
    }
    ASSERT_GE(lastReported, 25 * 10 * TicksPerSecond);

    // The next start: the same files, the server reachable.
    {
        DatabaseWriter writer(database);
        SystemClock clock;
        PlaybackSyncWorker worker(&demo.backend(), writer, clock);
        worker.setAutomaticRetry(false);
        worker.start();
        ASSERT_TRUE(waitUntil([&] { return worker.pendingCount() == 0 && !worker.isDraining(); }, 20'000));
    }
    const UserData atServer = demo.userData(movie);
    // The child may have committed one more position after its last line reached us.
    EXPECT_GE(atServer.positionTicks, lastReported);
    EXPECT_LE(atServer.positionTicks, lastReported + 10 * TicksPerSecond);
    const std::optional<UserData> local =
        UserDataRepository(database.connection()).get(demo.server().serverId(), movie);
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(atServer.positionTicks, local->positionTicks);
    EXPECT_EQ(atServer.lastPlayedAtMs, local->lastPlayedAtMs);
    EXPECT_EQ(PlaybackQueueRepository(database.connection()).pendingCount(demo.server().serverId()), 0);
}

TEST_F(PlaybackSyncTest, AWorkerPinnedToAServerSendsThatServersChangesWhicheverServerIsInUse)
{
    // A change made for a server that is not the cache's active one (a friend's, say).
    const QString otherServer = QStringLiteral("a-friends-server");
    PlaybackEvent event;
    event.serverId = otherServer;
    event.itemId = movies[5];
    event.kind = PlaybackEventKind::Played;
    event.occurredAtMs = fixture.clock().nowMs();
    ASSERT_TRUE(PlaybackQueueRepository(fixture.connection()).record(event).ok());

    EXPECT_EQ(drain(), 0) << "the worker of the server in use leaves another server's changes";
    EXPECT_FALSE(demo.userData(movies[5]).played);

    PlaybackSyncWorker pinned(&demo.backend(), writer, fixture.clock());
    pinned.setAutomaticRetry(false);
    pinned.setServerId(otherServer);
    QSignalSpy finished(&pinned, &PlaybackSyncWorker::drainFinished);
    pinned.start();
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty() && !pinned.isDraining(); }, 60'000));
    EXPECT_EQ(finished.last().at(0).toInt(), 1);
    EXPECT_TRUE(demo.userData(movies[5]).played);
    EXPECT_EQ(PlaybackQueueRepository(fixture.connection()).pendingCount(otherServer), 0);
}

TEST_F(PlaybackSyncTest, WhileAnotherProcessSendsTheQueueThisOneWaitsAndItsOwnWorkersShareTheLock)
{
    TestDirectory directory;
    const QString path = directory.filePath(QStringLiteral("playback-queue.lock"));
    auto lock = std::make_shared<QueueSendLock>(path);
    worker.setSendLock(lock);
    stored(actions.setPlayed(movies[6], true));

    // Another process (marquee-cli) holds the folder's lock: nothing is sent, nothing is lost.
    auto otherProcess = std::make_unique<QLockFile>(path);
    ASSERT_TRUE(otherProcess->tryLock(0));
    EXPECT_EQ(drain(), 0);
    EXPECT_TRUE(worker.isWaitingForSendLock());
    EXPECT_EQ(pending(), 1);
    otherProcess.reset();

    // This process's workers (one per server) hold it together: the other process waits until the last lets go.
    ASSERT_TRUE(lock->tryAcquire()) << "a second worker of this process";
    EXPECT_EQ(drain(), 1);
    EXPECT_FALSE(worker.isWaitingForSendLock());
    EXPECT_TRUE(demo.userData(movies[6]).played);
    QLockFile another(path);
    EXPECT_FALSE(another.tryLock(0)) << "the first worker's run ended while the second still sends";
    lock->release();
    EXPECT_TRUE(another.tryLock(0));
}
