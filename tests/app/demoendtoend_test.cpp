// SPDX-License-Identifier: GPL-3.0-or-later
// The whole metadata lane for real: AppServices signs in to the built-in demo server on loopback through the
// Jellyfin backend, and the refresh service fills the cache. Nothing here is faked.
#include "app/appservices.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/syncstaterepository.h"
#include "support/testdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <cstdio>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

template <typename T>
T waitFor(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_TRUE(future.isFinished());
    return future.result();
}

class DemoEndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(services.openStorage().ok);
        const Result<Session> session = waitFor(services.startDemo());
        ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
        ASSERT_TRUE(services.isConnected());
        demo = services.demoServer();
        refresh = services.refreshService();
        refresh->setAutomaticEvaluation(false);
        moviesId = demo->libraryId(QStringLiteral("movies"));
        showsId = demo->libraryId(QStringLiteral("tvshows"));
    }

    void waitUntilIdle()
    {
        QElapsedTimer timer;
        timer.start();
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        } while (!refresh->isIdle() && timer.elapsed() < 30'000);
        ASSERT_TRUE(refresh->isIdle());
    }

    void syncEverything()
    {
        refresh->setVisibleScopes({QStringLiteral("libraries"), QStringLiteral("library:") + moviesId,
                                   QStringLiteral("library:") + showsId});
        waitUntilIdle();
        refresh->evaluate(); // the library scopes wait for the library list
        waitUntilIdle();
    }

    int cached(const QString &libraryId, ItemType type)
    {
        return ItemReader(services.database().connection()).countInLibrary(libraryId, type);
    }

    Error lastError(const QString &scope)
    {
        QSignalSpy finished(&services.broker(), &MessageBroker::refreshFinished);
        refresh->refreshNow(scope);
        waitUntilIdle();
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            if (signal.at(0).toString() == scope)
                return signal.at(1).value<Error>();
        }
        ADD_FAILURE() << "no refreshFinished for " << scope.toStdString();
        return {};
    }

    test::TestDirectory directory;
    AppServices services{AppServices::Options{directory.path(), true}};
    DemoServer *demo = nullptr;
    MetadataRefreshService *refresh = nullptr;
    QString moviesId;
    QString showsId;
};

} // namespace

TEST_F(DemoEndToEnd, AFirstSyncCachesEveryLibraryOfTheServer)
{
    syncEverything();
    EXPECT_EQ(LibraryRepository(services.database().connection(), services.cacheConfig()).all().size(), 2);
    EXPECT_EQ(cached(moviesId, ItemType::Movie), demo->itemIds(DemoItemKind::Movie).size());
    EXPECT_EQ(cached(showsId, ItemType::Series), demo->itemIds(DemoItemKind::Series).size());
    EXPECT_EQ(cached(showsId, ItemType::Episode), demo->itemIds(DemoItemKind::Episode).size());
    EXPECT_GT(demo->itemIds(DemoItemKind::Episode).size(), 1000);
}

TEST_F(DemoEndToEnd, AnUnchangedLibraryCostsAtMostTwoRequestsAndUnder20KB)
{
    syncEverything();
    demo->resetCounters();
    EXPECT_FALSE(lastError(QStringLiteral("library:") + showsId).isError());
    // The connectivity monitor's pings (a few bytes, when nothing else was heard for a while) are not the refresh's.
    const qint64 requests = demo->totalRequests() - demo->requestCounts().value(QStringLiteral("/System/Ping"));
    std::printf("unchanged library refresh: %lld requests, %lld bytes\n", qlonglong(requests),
                qlonglong(demo->bytesSent()));
    EXPECT_LE(requests, 2);
    EXPECT_LT(demo->bytesSent(), 20 * 1024);
    const QList<SyncRun> runs = SyncStateRepository(services.database().connection()).recentRuns(1);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].kind, QStringLiteral("incremental"));
    EXPECT_EQ(runs[0].deleted, 0);
}

TEST_F(DemoEndToEnd, AddedRenamedAndDeletedItemsOnTheServerShowAfterARefresh)
{
    syncEverything();
    const QStringList movies = demo->itemIds(DemoItemKind::Movie);
    const QString added = demo->addItem(DemoItemKind::Movie, QStringLiteral("A Film Added Today"), moviesId);
    ASSERT_FALSE(added.isEmpty());
    ASSERT_TRUE(demo->renameItem(movies[1], QStringLiteral("Renamed On The Server")));
    ASSERT_TRUE(demo->deleteItem(movies[2]));

    EXPECT_FALSE(lastError(QStringLiteral("library:") + moviesId).isError());
    ItemReader reader(services.database().connection());
    EXPECT_TRUE(reader.item(added).has_value());
    EXPECT_EQ(reader.item(movies[1])->name, QStringLiteral("Renamed On The Server"));
    EXPECT_FALSE(reader.item(movies[2]).has_value());
    EXPECT_EQ(cached(moviesId, ItemType::Movie), movies.size());
}

TEST_F(DemoEndToEnd, SeriesAndDetailsScopesBringSeasonsEpisodesAndCast)
{
    syncEverything();
    const QString seriesId = demo->itemIds(DemoItemKind::Series).first();
    EXPECT_FALSE(lastError(QStringLiteral("series:") + seriesId).isError());
    ItemReader reader(services.database().connection());
    const QList<MediaItem> seasons = reader.children(seriesId);
    ASSERT_FALSE(seasons.isEmpty());
    EXPECT_FALSE(reader.children(seasons.first().id).isEmpty());

    const QString movieId = demo->itemIds(DemoItemKind::Movie).first();
    EXPECT_EQ(reader.item(movieId)->detailLevel, DetailLevel::Summary);
    EXPECT_FALSE(lastError(QStringLiteral("item:") + movieId).isError());
    const std::optional<MediaItem> movie = reader.item(movieId);
    EXPECT_EQ(movie->detailLevel, DetailLevel::Full);
    EXPECT_FALSE(movie->people.isEmpty());
    EXPECT_EQ(movie->libraryId, moviesId);
}

TEST_F(DemoEndToEnd, AnUnreachableServerKeepsTheCacheAndARefreshAfterwardsRecovers)
{
    syncEverything();
    const int movies = cached(moviesId, ItemType::Movie);
    QSignalSpy connectivity(&services.broker(), &MessageBroker::connectivityChanged);
    ASSERT_TRUE(demo->setOffline(true));
    EXPECT_EQ(lastError(QStringLiteral("library:") + moviesId).kind, ErrorKind::Offline);
    EXPECT_EQ(cached(moviesId, ItemType::Movie), movies);
    ASSERT_FALSE(connectivity.isEmpty());
    EXPECT_FALSE(connectivity.last().at(0).toBool());

    ASSERT_TRUE(demo->setOffline(false));
    EXPECT_FALSE(lastError(QStringLiteral("library:") + moviesId).isError());
    EXPECT_TRUE(connectivity.last().at(0).toBool());
}

TEST_F(DemoEndToEnd, AServerThatGoesAwayWhileNothingRefreshesIsNoticedWithinSeconds)
{
    syncEverything();
    QSignalSpy connectivity(&services.broker(), &MessageBroker::connectivityChanged);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(demo->setOffline(true));
    ASSERT_TRUE(connectivity.wait(15'000)) << "nothing refreshes, and nobody noticed the server going away";
    EXPECT_FALSE(connectivity.last().at(0).toBool());
    std::printf("offline noticed after %lld ms\n", qlonglong(timer.elapsed()));
    EXPECT_LT(timer.elapsed(), 10'000);

    timer.restart();
    ASSERT_TRUE(demo->setOffline(false));
    ASSERT_TRUE(connectivity.wait(15'000)) << "the server answers again and the app still says Offline";
    EXPECT_TRUE(connectivity.last().at(0).toBool());
    std::printf("back online noticed after %lld ms\n", qlonglong(timer.elapsed()));
}

TEST(DemoEndToEndLaunch, AServerThatIsDownAtLaunchIsOfflineWithinSeconds)
{
    test::TestDirectory directory;
    DemoServer server(DemoServerOptions{.movies = 5, .series = 1});
    ASSERT_TRUE(server.start());
    {
        AppServices first{AppServices::Options{directory.path(), true}};
        ASSERT_TRUE(first.openStorage().ok);
        ASSERT_TRUE(waitFor(first.signIn(server.baseUrl(), DemoServer::userName(), DemoServer::password())).ok());
    }
    ASSERT_TRUE(server.setOffline(true));

    // The next launch restores the saved sign-in without asking the server; nothing is on screen to refresh.
    AppServices services{AppServices::Options{directory.path(), true}};
    ASSERT_TRUE(services.openStorage().ok);
    QSignalSpy connectivity(&services.broker(), &MessageBroker::connectivityChanged);
    QElapsedTimer timer;
    timer.start();
    const Result<bool> restored = waitFor(services.restoreSession());
    ASSERT_TRUE(restored.ok() && restored.value());
    // The verdict may already have come while the sign-in was restored.
    ASSERT_TRUE(!connectivity.isEmpty() || connectivity.wait(15'000)) << "launched with the server down, and never said Offline";
    EXPECT_FALSE(connectivity.last().at(0).toBool());
    EXPECT_LT(timer.elapsed(), 10'000);
}
