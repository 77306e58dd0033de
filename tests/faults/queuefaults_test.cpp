// SPDX-License-Identifier: GPL-3.0-or-later
// The playback queue against lost answers and a second process (issue #19, points 4 and 5). A played change whose
// answer was lost is sent again and still counts one play; `marquee-cli sync` sends the queue before it exits and
// says how many changes wait when it cannot; two processes on one data folder send each change once, in order, and a
// sender killed mid-queue does not keep it.
#include "app/appservices.h"
#include "app/clirunner.h"
#include "childprocess.h"
#include "faultfixture.h"
#include "services/playbacksyncworker.h"
#include "services/userdataactions.h"
#include "storage/cachemetarepository.h"
#include "storage/playbackqueuerepository.h"
#include "support/demosession.h"

#include <atomic>
#include <csignal>

using namespace marquee;
using namespace marquee::test;

namespace {

bool isUserDataWrite(const FakeRequest &request)
{
    return request.method != "GET"
           && (request.path.startsWith(QLatin1String("/UserItems/")) || request.path.startsWith(QLatin1String("/UserPlayedItems/"))
               || request.path.startsWith(QLatin1String("/UserFavoriteItems/")));
}

class QueueFaults : public FaultFixture
{
protected:
    [[nodiscard]] UserData serverUserData(const QString &itemId) const
    {
        const Result<UserData> data = awaitResult(services->backend()->userData(itemId), 10'000);
        EXPECT_TRUE(data.ok());
        return data.ok() ? data.value() : UserData{};
    }
};

/// A data folder signed in to a demo server through marquee-cli, for the CLI and two-process rows.
class SharedQueue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoServerOptions options = DemoSession::smallLibrary();
        session = std::make_unique<DemoSession>(options);
        proxy = std::make_unique<HostileProxy>(session->server().baseUrl());
        const int code = cli({QStringLiteral("sync"), QStringLiteral("--server"), proxy->url().toString(),
                              QStringLiteral("--user"), DemoServer::userName(), QStringLiteral("--password"),
                              DemoServer::password()});
        ASSERT_EQ(code, 0) << qPrintable(lastErr);
        items = session->server().itemIds(DemoItemKind::Movie).mid(0, 5);
    }

    int cli(QStringList arguments)
    {
        QString out;
        QTextStream outStream(&out);
        QTextStream errStream(&lastErr);
        lastErr.clear();
        arguments = QStringList{QStringLiteral("marquee-cli"), QStringLiteral("--data-dir"), directory.path(),
                                QStringLiteral("--file-credentials"), QStringLiteral("--quiet")}
                    + arguments;
        const int code = CliRunner(outStream, errStream).run(arguments);
        outStream.flush();
        errStream.flush();
        std::printf("$ marquee-cli %s -> exit %d\n%s%s", qPrintable(arguments.mid(5).join(QLatin1Char(' '))), code,
                    qPrintable(out), qPrintable(lastErr));
        return code;
    }

    /// Queues @p rounds alternating played and unplayed changes for each item (odd items start unplayed), as this
    /// computer recorded them offline; returns how many.
    int queueAlternatingChanges(int rounds)
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        EXPECT_TRUE(database.open().ok);
        PlaybackQueueRepository queue(database.connection());
        const QString serverId = CacheMetaRepository(database.connection()).serverId();
        int queued = 0;
        for (int round = 0; round < rounds; ++round) {
            for (int i = 0; i < items.size(); ++i) {
                PlaybackEvent event;
                event.serverId = serverId;
                event.itemId = items.at(i);
                event.kind = (round + i) % 2 ? PlaybackEventKind::Unplayed : PlaybackEventKind::Played;
                event.occurredAtMs = 1'700'000'000'000 + queued;
                EXPECT_TRUE(queue.record(event).ok());
                ++queued;
            }
        }
        database.releaseThreadConnection();
        return queued;
    }

    [[nodiscard]] int pending()
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        EXPECT_TRUE(database.open().ok);
        const int count = PlaybackQueueRepository(database.connection())
                              .pendingCount(CacheMetaRepository(database.connection()).serverId());
        database.releaseThreadConnection();
        return count;
    }

    [[nodiscard]] qint64 userDataWritesReceived() const
    {
        const QHash<QString, qint64> counts = session->server().requestCounts();
        return counts.value(QStringLiteral("/UserItems/{itemId}/UserData"))
               + counts.value(QStringLiteral("/UserPlayedItems/{itemId}"));
    }

    /// Each item ends as its newest change left it.
    void expectNewestChangeWon(int rounds)
    {
        for (int i = 0; i < items.size(); ++i) {
            const bool newestIsPlayed = (rounds - 1 + i) % 2 == 0;
            EXPECT_EQ(session->userData(items.at(i)).played, newestIsPlayed) << "item " << i;
        }
    }

    TestDirectory directory;
    std::unique_ptr<DemoSession> session;
    std::unique_ptr<HostileProxy> proxy;
    QStringList items;
    QString lastErr;
};

} // namespace

// ---- Point 4 -----------------------------------------------------------------------------------------------------

TEST_F(QueueFaults, APlayedWhoseAnswerWasLostIsSentAgainAndCountsOnePlay)
{
    PlaybackSyncWorker *worker = services->syncWorker();
    worker->setAutomaticRetry(false);
    const QString item = demo.itemIds(DemoItemKind::Movie).value(3);
    const UserData serverBefore = serverUserData(item);
    std::atomic<int> writes{0};
    proxy->setTamper([&](const FakeRequest &request, FakeResponse &response) {
        // The server has applied the change by now (the proxy forwarded it); only its answer is lost.
        if (isUserDataWrite(request) && writes++ == 0)
            response.mode = FakeResponse::Mode::HangUp;
    });
    ASSERT_TRUE(waitUntil([&] { return !worker->isDraining(); }, 10'000));
    services->userDataActions()->setPlayed(item, true);
    ASSERT_TRUE(waitUntil([&] { return writes.load() >= 1 && !worker->isDraining(); }, 20'000));
    // Qt's network stack may send it again by itself on a closed connection; if not, the queue does once the
    // server answers again.
    if (worker->pendingCount() != 0) {
        EXPECT_TRUE(worker->lastError().isError());
        worker->drainNow();
    }
    ASSERT_TRUE(waitUntil([&] { return worker->pendingCount() == 0 && !worker->isDraining(); }, 20'000));
    const UserData serverAfter = serverUserData(item);
    std::printf("queued changes 1 -> %d; sent %d times; server play count %d -> %d, played %d\n",
                worker->pendingCount(), writes.load(), serverBefore.playCount, serverAfter.playCount,
                int(serverAfter.played));
    EXPECT_GE(writes.load(), 2) << "the change went twice: once with its answer lost";
    EXPECT_TRUE(serverAfter.played);
    EXPECT_EQ(serverAfter.playCount, serverBefore.playCount + 1) << "one play, however often it was sent";
}

TEST_F(SharedQueue, SyncSendsEveryQueuedChangeBeforeItExits)
{
    const int queued = queueAlternatingChanges(1);
    // Each answer takes seconds: far longer than the refresh of this small library.
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (isUserDataWrite(request)) {
            response.mode = FakeResponse::Mode::Trickle;
            response.trickleIntervalMs = 5;
        }
    });
    EXPECT_EQ(cli({QStringLiteral("sync")}), 0) << qPrintable(lastErr);
    std::printf("queued changes %d -> %d; the server received %lld\n", queued, pending(),
                static_cast<long long>(userDataWritesReceived()));
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(userDataWritesReceived(), queued);
    expectNewestChangeWon(1);
}

TEST_F(SharedQueue, SyncSaysHowManyChangesWaitWhenTheServerWillNotTakeThem)
{
    const int queued = queueAlternatingChanges(1);
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (isUserDataWrite(request))
            response = FakeResponse::withStatus(503);
    });
    EXPECT_EQ(cli({QStringLiteral("sync")}), 1);
    std::printf("queued changes %d -> %d\n", queued, pending());
    EXPECT_TRUE(lastErr.contains(QStringLiteral("%1 changes to played state, positions or favourites are still waiting")
                                     .arg(queued)))
        << lastErr.toStdString();
    EXPECT_TRUE(lastErr.contains(QStringLiteral("They are kept"))) << lastErr.toStdString();
    EXPECT_FALSE(lastErr.contains(QStringLiteral("503"))) << "words, not an HTTP code";
    EXPECT_EQ(pending(), queued);
}

// ---- Point 5 -----------------------------------------------------------------------------------------------------

// Not a test of its own: the body of each child process. Restores the sign-in, which starts the sync worker, and
// waits until the shared queue is empty.
TEST(QueueFaultChild, DrainTheSharedQueue)
{
    const QString directory = ChildProcess::directory();
    if (directory.isEmpty())
        GTEST_SKIP() << "runs only as a child of the SharedQueue rows";
    AppServices services(AppServices::Options{directory, true});
    ASSERT_TRUE(services.openStorage().ok);
    int delivered = 0;
    QObject::connect(services.syncWorker(), &PlaybackSyncWorker::drainFinished,
                     [&](int count, const Error &) { delivered += count; });
    ChildProcess::waitForGo();
    const Result<bool> restored = awaitResult(services.restoreSession(), 30'000);
    ASSERT_TRUE(restored.ok() && restored.value());
    std::printf("started\n");
    std::fflush(stdout);
    EXPECT_TRUE(waitUntil([&] {
        return services.syncWorker()->pendingCount() == 0 && !services.syncWorker()->isDraining();
    }, 120'000));
    std::printf("delivered %d\n", delivered);
}

TEST_F(SharedQueue, TwoProcessesSendEachChangeOnceAndTheNewestChangeWins)
{
    constexpr int Rounds = 4;
    const int queued = queueAlternatingChanges(Rounds);
    // Slow answers: while one process waits for one, the other would read the same row and send it again.
    session->server().setLatency(150);
    session->server().resetCounters();
    const QString goFile = directory.filePath(QStringLiteral("go"));
    ChildProcess app;
    ChildProcess cliRun;
    app.start(QStringLiteral("QueueFaultChild.DrainTheSharedQueue"), directory.path(), goFile);
    cliRun.start(QStringLiteral("QueueFaultChild.DrainTheSharedQueue"), directory.path(), goFile);
    QFile(goFile).open(QIODevice::WriteOnly);
    const QByteArray one = app.finish();
    const QByteArray two = cliRun.finish();
    EXPECT_TRUE(app.succeeded()) << one.constData();
    EXPECT_TRUE(cliRun.succeeded()) << two.constData();
    session->server().setLatency(0);
    std::printf("queued changes %d -> %d; the server received %lld writes\n", queued, pending(),
                static_cast<long long>(userDataWritesReceived()));
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(userDataWritesReceived(), queued) << "each change sent once, by one process";
    expectNewestChangeWon(Rounds);
}

TEST_F(SharedQueue, ASenderKilledMidQueueDoesNotKeepIt)
{
    constexpr int Rounds = 2;
    const int queued = queueAlternatingChanges(Rounds);
    session->server().setLatency(1000);
    session->server().resetCounters();
    ChildProcess killed;
    killed.start(QStringLiteral("QueueFaultChild.DrainTheSharedQueue"), directory.path());
    ASSERT_TRUE(waitUntil([&] { return userDataWritesReceived() >= 2; }, 60'000)) << "the first sender is mid-queue";
    ::kill(pid_t(killed.process().processId()), SIGKILL);
    killed.finish();
    const int left = pending();
    session->server().setLatency(0);

    ChildProcess next;
    next.start(QStringLiteral("QueueFaultChild.DrainTheSharedQueue"), directory.path());
    const QByteArray output = next.finish();
    EXPECT_TRUE(next.succeeded()) << output.constData();
    std::printf("queued changes %d; %d left when the first sender was killed; %d after the next one\n", queued, left,
                pending());
    EXPECT_GT(left, 0);
    EXPECT_EQ(pending(), 0) << "the lock of a dead process is not kept";
    expectNewestChangeWon(Rounds);
}
