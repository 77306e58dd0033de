// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/libraryrefreshjob.h"
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "storage/cachemetarepository.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/sqlstatement.h"
#include "storage/syncstaterepository.h"
#include "storage/userdatarepository.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"

#include <QSignalSpy>
#include <QTest>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::FakeBackend;

namespace {

constexpr qint64 Hour = 3600'000;

MediaItem serverMovie(const QString &libraryId, int index)
{
    MediaItem item = CacheFixture::movie(libraryId, index, QStringLiteral("Film"));
    item.userData.reset();
    return item;
}

class RefreshServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        backend.setServerId(CacheFixture::ServerId);
        backend.setClock(&fixture.clock());
        backend.setLibraries({Library{QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0, {}},
                              Library{QStringLiteral("hidden"), QStringLiteral("Hidden"), QStringLiteral("movies"), 1, {}}});
        for (int i = 0; i < 1200; ++i)
            backend.putItem(serverMovie(QStringLiteral("movies"), i), savedAt);
        for (int i = 0; i < 50; ++i)
            backend.putItem(serverMovie(QStringLiteral("hidden"), 5000 + i), savedAt);
        environment = {&backend, &fixture.database(), &writer, &fixture.config(), &fixture.clock(), 500};
        service = std::make_unique<MetadataRefreshService>(environment, &broker);
        service->setAutomaticEvaluation(false);
    }

    void TearDown() override { service.reset(); }

    /// Makes scopes visible and waits until everything they started has finished.
    void show(const QStringList &scopes)
    {
        service->setVisibleScopes(scopes);
        waitUntilIdle();
    }

    void waitUntilIdle()
    {
        for (int i = 0; i < 500 && !service->isIdle(); ++i)
            QTest::qWait(10);
        ASSERT_TRUE(service->isIdle()) << "refresh jobs did not finish";
    }

    int cachedMovies(const QString &library = QStringLiteral("movies"))
    {
        return ItemReader(fixture.connection()).countInLibrary(library, ItemType::Movie);
    }

    /// The libraries scope first, as the main window always shows the library list.
    void syncLibraryOnce()
    {
        show({QStringLiteral("libraries")});
        show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    }

    CacheFixture fixture;
    FakeBackend backend;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    RefreshEnvironment environment;
    std::unique_ptr<MetadataRefreshService> service;
    qint64 savedAt = fixture.clock().nowMs() - Hour;
};

} // namespace

TEST_F(RefreshServiceTest, AMissingVisibleLibraryIsFetchedInBatchesAndThenIsFresh)
{
    QSignalSpy progress(&broker, &MessageBroker::refreshProgress);
    QSignalSpy updated(&broker, &MessageBroker::scopeUpdated);
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Missing);
    syncLibraryOnce();

    EXPECT_EQ(cachedMovies(), 1200);
    EXPECT_EQ(backend.calls(QStringLiteral("items")), 3) << "1,200 items in batches of 500";
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Fresh);
    EXPECT_EQ(SyncStateRepository(fixture.connection()).recentRuns(1).first().kind, QStringLiteral("full"));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first().at(1).toInt(), 500);
    EXPECT_EQ(progress.last().at(1).toInt(), 1200);
    EXPECT_EQ(progress.last().at(2).toInt(), 1200);
    EXPECT_GE(updated.count(), 3) << "the page can show the first batch before the rest arrives";

    backend.resetCounters();
    show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    EXPECT_EQ(backend.totalCalls(), 0) << "fresh scopes cost nothing";
}

TEST_F(RefreshServiceTest, AHiddenLibraryIsNeverRequested)
{
    syncLibraryOnce();
    fixture.clock().advanceMs(48 * Hour);
    show({QStringLiteral("libraries"), QStringLiteral("library:movies"), QStringLiteral("home")});
    EXPECT_FALSE(backend.requestedParents().contains(QStringLiteral("hidden")));
    EXPECT_EQ(cachedMovies(QStringLiteral("hidden")), 0);
}

TEST_F(RefreshServiceTest, AStaleLibraryIsServedFromTheCacheWhileItRefreshes)
{
    syncLibraryOnce();
    fixture.clock().advanceMs(5 * Hour);
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Stale);
    backend.holdItemPagesAfter(0);
    service->setVisibleScopes({QStringLiteral("library:movies")});
    ASSERT_TRUE(service->isActive(QStringLiteral("library:movies")));
    EXPECT_EQ(cachedMovies(), 1200) << "the stale rows stay readable";
    backend.release();
    waitUntilIdle();
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Fresh);
}

TEST_F(RefreshServiceTest, AnUnchangedLibraryCostsTwoRequests)
{
    syncLibraryOnce();
    fixture.clock().advanceMs(5 * Hour);
    backend.resetCounters();
    show({QStringLiteral("library:movies")});
    EXPECT_EQ(backend.totalCalls(), 2);
    EXPECT_EQ(backend.calls(QStringLiteral("items")), 1);
    EXPECT_EQ(backend.calls(QStringLiteral("itemCount")), 1);
    EXPECT_EQ(cachedMovies(), 1200);
}

TEST_F(RefreshServiceTest, ServerChangesAppearAndDeletionsDisappearAfterARefresh)
{
    syncLibraryOnce();
    fixture.clock().advanceMs(5 * Hour);
    MediaItem renamed = serverMovie(QStringLiteral("movies"), 7);
    renamed.name = QStringLiteral("A Brand New Title");
    renamed.etag = QStringLiteral("changed");
    backend.putItem(renamed, fixture.clock().nowMs());
    backend.putItem(serverMovie(QStringLiteral("movies"), 9000), fixture.clock().nowMs());
    backend.removeItem(serverMovie(QStringLiteral("movies"), 3).id);
    backend.removeItem(serverMovie(QStringLiteral("movies"), 4).id);

    show({QStringLiteral("library:movies")});
    ItemReader reader(fixture.connection());
    EXPECT_EQ(reader.item(renamed.id)->name, QStringLiteral("A Brand New Title"));
    EXPECT_TRUE(reader.item(serverMovie(QStringLiteral("movies"), 9000).id).has_value());
    EXPECT_FALSE(reader.item(serverMovie(QStringLiteral("movies"), 3).id).has_value());
    EXPECT_EQ(cachedMovies(), 1199);
    const QList<SyncRun> runs = SyncStateRepository(fixture.connection()).recentRuns(1);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].deleted, 2);
    EXPECT_EQ(runs[0].kind, QStringLiteral("incremental"));
}

TEST_F(RefreshServiceTest, AFailureBacksOffAndRecoversWithoutWaitingForTheTtl)
{
    backend.setFailure(ErrorKind::Offline);
    show({QStringLiteral("libraries")});
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 1);

    service->evaluate();
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 1) << "backing off for 5 s";

    backend.setFailure(ErrorKind::None);
    fixture.clock().advanceMs(5'001);
    service->evaluate();
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 2);
    EXPECT_EQ(LibraryRepository(fixture.connection(), fixture.config()).all().size(), 2);
}

TEST_F(RefreshServiceTest, TheServerComingBackEndsTheBackOffOfWhatFailedWhileItWasAway)
{
    backend.setFailure(ErrorKind::Offline);
    show({QStringLiteral("libraries")});
    service->setServerReachable(false);
    ASSERT_EQ(backend.calls(QStringLiteral("serverInfo")), 1);

    // A second later the connectivity monitor hears the server again: nobody should wait out the 5 s back-off.
    backend.setFailure(ErrorKind::None);
    fixture.clock().advanceMs(1'000);
    service->setServerReachable(true);
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 2) << "the visible scope waited out its back-off";
    EXPECT_EQ(LibraryRepository(fixture.connection(), fixture.config()).all().size(), 2);
}

TEST_F(RefreshServiceTest, WhileTheServerIsAwayNothingRefreshesByItself)
{
    backend.setFailure(ErrorKind::Offline);
    show({QStringLiteral("libraries")});
    service->setServerReachable(false);
    fixture.clock().advanceMs(10 * 60'000); // far past any back-off
    service->evaluate();
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 1) << "only the connectivity monitor asks while it is away";

    service->refreshNow(QStringLiteral("libraries"));
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("serverInfo")), 2) << "what the user asks for still runs";
}

TEST_F(RefreshServiceTest, BackoffDoublesUpToFiveMinutes)
{
    EXPECT_EQ(RefreshJob::backoffMs(0), 5'000);
    EXPECT_EQ(RefreshJob::backoffMs(1), 10'000);
    EXPECT_EQ(RefreshJob::backoffMs(3), 40'000);
    EXPECT_EQ(RefreshJob::backoffMs(6), 300'000);
    EXPECT_EQ(RefreshJob::backoffMs(60), 300'000);
}

TEST_F(RefreshServiceTest, AManualRefreshIgnoresBackoffAndTtl)
{
    syncLibraryOnce();
    backend.resetCounters();
    service->refreshNow(QStringLiteral("library:movies"));
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("itemCount")), 1) << "fresh, but asked for";

    backend.setFailure(ErrorKind::ServerError);
    service->refreshNow(QStringLiteral("library:movies"));
    waitUntilIdle();
    backend.setFailure(ErrorKind::None);
    backend.resetCounters();
    service->refreshNow(QStringLiteral("library:movies"));
    waitUntilIdle();
    EXPECT_GE(backend.totalCalls(), 1) << "a manual refresh runs during backoff";
}

TEST_F(RefreshServiceTest, ARunIsCalledIncrementalFromItsStartNotOnlyOnceItEnds)
{
    syncLibraryOnce();
    fixture.clock().advanceMs(5 * Hour);
    backend.resetCounters();
    backend.holdItemPagesAfter(0);
    service->setVisibleScopes({QStringLiteral("library:movies")});
    for (int i = 0; i < 200 && backend.calls(QStringLiteral("items")) < 1; ++i)
        QTest::qWait(5);
    // What Sync activity shows while the run is going on.
    const QList<SyncRun> running = SyncStateRepository(fixture.connection()).recentRuns(1);
    ASSERT_EQ(running.size(), 1);
    ASSERT_EQ(running[0].status, QStringLiteral("running"));
    EXPECT_EQ(running[0].kind, QStringLiteral("incremental"));
    backend.release();
    waitUntilIdle();
    EXPECT_EQ(SyncStateRepository(fixture.connection()).recentRuns(1).first().kind, QStringLiteral("incremental"));
}

TEST_F(RefreshServiceTest, TheSameScopeQueuedTwiceRunsOnce)
{
    show({QStringLiteral("libraries")});
    backend.holdItemPagesAfter(0);
    service->refreshNow(QStringLiteral("library:movies"));
    service->refreshNow(QStringLiteral("library:movies"));
    service->setVisibleScopes({QStringLiteral("library:movies")});
    backend.release();
    waitUntilIdle();
    EXPECT_EQ(SyncStateRepository(fixture.connection()).recentRuns(10).size(), 2) << "libraries + one library run";
}

TEST_F(RefreshServiceTest, ACancelledRunKeepsTheBatchesItFinishedAndNothingHalfWritten)
{
    show({QStringLiteral("libraries")});
    backend.holdItemPagesAfter(1);
    service->setVisibleScopes({QStringLiteral("library:movies")});
    for (int i = 0; i < 200 && backend.calls(QStringLiteral("items")) < 2; ++i)
        QTest::qWait(5);
    service->cancel(QStringLiteral("library:movies"));
    waitUntilIdle();

    EXPECT_EQ(cachedMovies(), 500) << "exactly the first batch";
    const QList<SyncRun> runs = SyncStateRepository(fixture.connection()).recentRuns(1);
    EXPECT_EQ(runs[0].status, QStringLiteral("cancelled"));
    EXPECT_EQ(runs[0].errorKind, ErrorKind::Cancelled) << "Sync activity words a user's own cancel from its kind";
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Missing);
}

TEST_F(RefreshServiceTest, A401SignsOutKeepsTheCacheAndStopsScheduling)
{
    syncLibraryOnce();
    QSignalSpy signedOut(&broker, &MessageBroker::signedOut);
    fixture.clock().advanceMs(5 * Hour);
    backend.setFailure(ErrorKind::Unauthorized);
    show({QStringLiteral("library:movies")});
    ASSERT_EQ(signedOut.count(), 1);
    EXPECT_EQ(cachedMovies(), 1200);

    backend.resetCounters();
    fixture.clock().advanceMs(Hour);
    service->evaluate();
    waitUntilIdle();
    EXPECT_EQ(backend.totalCalls(), 0) << "no requests while signed out";

    backend.setFailure(ErrorKind::None);
    service->resume();
    waitUntilIdle();
    EXPECT_GT(backend.totalCalls(), 0);
}

TEST_F(RefreshServiceTest, ADifferentServerIdWipesMetadataButKeepsTheQueueAndSaysSo)
{
    syncLibraryOnce();
    SqlStatement enqueue(fixture.connection(), QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, "
                                                              "kind, position_ticks, occurred_at) VALUES (:server, "
                                                              "'x', 'progress', 1, 1)"));
    ASSERT_TRUE(enqueue.bind(QStringLiteral(":server"), CacheFixture::ServerId).exec());
    QSignalSpy notices(&broker, &MessageBroker::notice);

    backend.setServerId(QStringLiteral("reinstalled-server"));
    fixture.clock().advanceMs(2 * Hour);
    show({QStringLiteral("libraries")});
    ASSERT_EQ(notices.count(), 1);
    EXPECT_EQ(CacheMetaRepository(fixture.connection()).serverId(), QStringLiteral("reinstalled-server"));
    EXPECT_EQ(cachedMovies(), 0);
    {
        // Scoped: a query left on a row would hold an old snapshot of the WAL for this connection.
        QSqlQuery queue(fixture.connection());
        ASSERT_TRUE(queue.exec(QStringLiteral("SELECT count(*) FROM state.playback_queue")) && queue.next());
        EXPECT_EQ(queue.value(0).toInt(), 1);
    }

    show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    EXPECT_EQ(cachedMovies(), 1200) << "and it refreshes";
}

TEST_F(RefreshServiceTest, ServerUserDataArrivesWithItemsButNotOverAQueuedLocalChange)
{
    MediaItem watched = serverMovie(QStringLiteral("movies"), 1);
    watched.userData = UserData{watched.id, true, 2, 0, true, savedAt, {}, {}};
    backend.putItem(watched, savedAt);
    syncLibraryOnce();
    const auto data = UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, watched.id);
    ASSERT_TRUE(data.has_value());
    EXPECT_TRUE(data->played);
    EXPECT_TRUE(data->isFavorite);
    EXPECT_EQ(data->playCount, 2);
}

TEST_F(RefreshServiceTest, ALookaheadRefreshesAVisibleScopeCloseToExpiry)
{
    syncLibraryOnce();
    const auto state = SyncStateRepository(fixture.connection()).state(QStringLiteral("library:movies"));
    ASSERT_TRUE(state && state->expiresAtMs);
    fixture.clock().setNowMs(*state->expiresAtMs - 60'000); // a minute before expiry: still fresh
    EXPECT_EQ(service->freshness(RefreshScope::library(QStringLiteral("movies"))), ScopeFreshness::Fresh);
    backend.resetCounters();
    show({QStringLiteral("library:movies")});
    EXPECT_EQ(backend.calls(QStringLiteral("itemCount")), 1);
}

TEST_F(RefreshServiceTest, PlayedStateSetElsewhereReachesThePostersOnScreenWhenTheirLibraryRefreshes)
{
    syncLibraryOnce();
    // Another device watched movie 5: its user data changed on the server, but no metadata date did.
    MediaItem watched = serverMovie(QStringLiteral("movies"), 5);
    watched.userData = UserData{watched.id, true, 1, 0, false, savedAt, {}, {}};
    backend.putItem(watched, savedAt);
    service->setVisibleItems(QStringLiteral("library:movies"), {watched.id, serverMovie(QStringLiteral("movies"), 6).id});
    QSignalSpy updated(&broker, &MessageBroker::scopeUpdated);

    fixture.clock().advanceMs(5 * Hour);
    backend.resetCounters();
    show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    EXPECT_EQ(backend.calls(QStringLiteral("userDataForItems")), 1);
    const auto data = UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, watched.id);
    ASSERT_TRUE(data.has_value());
    EXPECT_TRUE(data->played);
    ASSERT_FALSE(updated.isEmpty());
    EXPECT_EQ(updated.last().at(0).toString(), QStringLiteral("library:movies")) << "the grid re-reads";
}

TEST_F(RefreshServiceTest, AHiddenLibrarysVisibleItemsAreNotReRead)
{
    syncLibraryOnce();
    service->setVisibleItems(QStringLiteral("library:hidden"), {serverMovie(QStringLiteral("hidden"), 5000).id});
    backend.resetCounters();
    service->refreshNow(QStringLiteral("library:movies"));
    waitUntilIdle();
    EXPECT_EQ(backend.calls(QStringLiteral("userDataForItems")), 0);
}
