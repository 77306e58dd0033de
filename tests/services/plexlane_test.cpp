// SPDX-License-Identifier: GPL-3.0-or-later
// The refresh lane and the playback queue as they are, with a PlexBackend on the demo server's Plex face instead of
// Jellyfin: a full and an unchanged refresh, changes made on the server, watch state changed elsewhere, progress made
// offline and replayed with the time it happened, and a server that changed its identity.
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "services/playbacksyncworker.h"
#include "services/userdataactions.h"
#include "storage/cachemetarepository.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/playbackqueuerepository.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "support/plexdemosession.h"
#include "support/refreshwait.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <cstdio>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr qint64 Minute = 60'000;

DemoServerOptions onClock(const Clock &clock)
{
    DemoServerOptions options = PlexDemoSession::smallLibrary();
    options.clock = &clock;
    return options;
}

class PlexLaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The generated library's plays reach into late 2023: the lane's clock must be past them, as it is in life.
        fixture.clock().setNowMs(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
        environment = {&plex.backend(), &fixture.database(), &writer, &fixture.config(), &fixture.clock(), 100};
        service = std::make_unique<MetadataRefreshService>(environment, &broker);
        service->setAutomaticEvaluation(false);
        movies = plex.libraryId(QStringLiteral("movies"));
        shows = plex.libraryId(QStringLiteral("tvshows"));
    }
    void TearDown() override { service.reset(); }

    Error refresh(const QString &scope) { return refreshAndWait(*service, broker, scope); }
    void syncEverything()
    {
        ASSERT_FALSE(refresh(QStringLiteral("libraries")).isError());
        ASSERT_FALSE(refresh(QStringLiteral("library:") + movies).isError());
        ASSERT_FALSE(refresh(QStringLiteral("library:") + shows).isError());
    }
    int cached(const QString &libraryId, ItemType type)
    {
        return ItemReader(fixture.connection()).countInLibrary(libraryId, type);
    }
    std::optional<MediaItem> cachedItem(const QString &demoId)
    {
        return ItemReader(fixture.connection()).item(plex.key(demoId));
    }
    QString lastRunKind() { return SyncStateRepository(fixture.connection()).recentRuns(1).value(0).kind; }

    CacheFixture fixture;
    PlexDemoSession plex{onClock(fixture.clock())};
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    RefreshEnvironment environment;
    std::unique_ptr<MetadataRefreshService> service;
    QString movies;
    QString shows;
};

} // namespace

TEST_F(PlexLaneTest, AFullRefreshCachesEveryLibraryAndAnUnchangedOneCostsAFewSmallRequests)
{
    syncEverything();
    EXPECT_EQ(LibraryRepository(fixture.connection(), fixture.config()).all().size(), 2);
    EXPECT_EQ(cached(movies, ItemType::Movie), plex.server().itemIds(DemoItemKind::Movie).size());
    EXPECT_EQ(cached(shows, ItemType::Series), plex.server().itemIds(DemoItemKind::Series).size());
    EXPECT_EQ(cached(shows, ItemType::Season), plex.server().itemIds(DemoItemKind::Season).size());
    EXPECT_EQ(cached(shows, ItemType::Episode), plex.server().itemIds(DemoItemKind::Episode).size());
    EXPECT_EQ(lastRunKind(), QStringLiteral("full"));
    EXPECT_EQ(CacheMetaRepository(fixture.connection()).serverId(), plex.server().plexServerId());
    const std::optional<MediaItem> episode = cachedItem(plex.server().itemIds(DemoItemKind::Episode).first());
    ASSERT_TRUE(episode.has_value());
    EXPECT_FALSE(episode->seriesId.isEmpty());
    EXPECT_GT(episode->runTimeTicks, 0);

    fixture.clock().advanceMs(Minute);
    plex.server().resetCounters();
    EXPECT_FALSE(refresh(QStringLiteral("library:") + shows).isError());
    std::printf("[ figure ] unchanged Plex shows library refresh: %lld requests, %lld bytes\n",
                qlonglong(plex.server().totalRequests()), qlonglong(plex.server().bytesSent()));
    EXPECT_EQ(lastRunKind(), QStringLiteral("incremental"));
    EXPECT_LE(plex.server().totalRequests(), 9) << "three types: changed since, watched since, and a count each";
    EXPECT_LT(plex.server().bytesSent(), 20 * 1024);
    EXPECT_EQ(SyncStateRepository(fixture.connection()).recentRuns(1).value(0).deleted, 0);
}

TEST_F(PlexLaneTest, AddedRenamedAndDeletedOnTheServerShowAfterAnIncrementalRefresh)
{
    syncEverything();
    fixture.clock().advanceMs(Minute);
    const QStringList demoMovies = plex.server().itemIds(DemoItemKind::Movie);
    const QString added = plex.server().addItem(DemoItemKind::Movie, QStringLiteral("A Film Added Today"));
    ASSERT_FALSE(added.isEmpty());
    ASSERT_TRUE(plex.server().renameItem(demoMovies[1], QStringLiteral("Renamed On The Server")));
    const QString deletedKey = plex.key(demoMovies[2]);
    ASSERT_TRUE(plex.server().deleteItem(demoMovies[2]));
    const QString addedSeries = plex.server().addItem(DemoItemKind::Series, QStringLiteral("A New Show"));
    const QString goneSeries = plex.server().itemIds(DemoItemKind::Series).first();
    ASSERT_TRUE(plex.server().deleteItem(goneSeries));
    fixture.clock().advanceMs(Minute);

    EXPECT_FALSE(refresh(QStringLiteral("library:") + movies).isError());
    EXPECT_EQ(lastRunKind(), QStringLiteral("incremental"));
    EXPECT_TRUE(cachedItem(added).has_value());
    EXPECT_EQ(cachedItem(demoMovies[1])->name, QStringLiteral("Renamed On The Server"));
    EXPECT_FALSE(ItemReader(fixture.connection()).item(deletedKey).has_value());
    EXPECT_EQ(cached(movies, ItemType::Movie), demoMovies.size()) << "one added, one deleted";

    EXPECT_FALSE(refresh(QStringLiteral("library:") + shows).isError());
    EXPECT_TRUE(cachedItem(addedSeries).has_value());
    EXPECT_EQ(cached(shows, ItemType::Episode), plex.server().itemIds(DemoItemKind::Episode).size())
        << "the deleted show's episodes went, the new show's came";
    EXPECT_EQ(cached(shows, ItemType::Series), plex.server().itemIds(DemoItemKind::Series).size());
}

TEST_F(PlexLaneTest, WatchStateChangedOnTheServerOnlyReachesTheCache)
{
    syncEverything();
    fixture.clock().advanceMs(Minute);
    const QStringList demoMovies = plex.server().itemIds(DemoItemKind::Movie);
    const QString watched = demoMovies[10];
    ASSERT_TRUE(plex.server().changeUserDataFromOtherDevice(
        watched, QJsonObject{{QStringLiteral("Played"), true},
                             {QStringLiteral("PlayCount"), 1},
                             {QStringLiteral("LastPlayedDate"),
                              QDateTime::fromMSecsSinceEpoch(fixture.clock().nowMs(), Qt::UTC).toString(Qt::ISODate)}}));
    fixture.clock().advanceMs(Minute);
    EXPECT_FALSE(refresh(QStringLiteral("library:") + movies).isError());
    ASSERT_TRUE(cachedItem(watched)->userData.has_value());
    EXPECT_TRUE(cachedItem(watched)->userData->played) << "updatedAt did not move; the lastViewedAt pass saw it";

    // An unwatch moves no date at all: the posters on screen have their own pass.
    ASSERT_TRUE(plex.server().changeUserDataFromOtherDevice(
        watched, QJsonObject{{QStringLiteral("Played"), false}, {QStringLiteral("PlayCount"), 0}}));
    service->setVisibleItems(QStringLiteral("library:") + movies, {plex.key(watched)});
    EXPECT_FALSE(refresh(QStringLiteral("userdata:") + movies).isError());
    EXPECT_FALSE(cachedItem(watched)->userData->played);
}

TEST_F(PlexLaneTest, ProgressMadeOfflineReachesTheServerWithTheTimeItHappened)
{
    UserDataActions actions{writer, fixture.clock(), &broker};
    PlaybackSyncWorker worker{&plex.backend(), writer, fixture.clock()};
    worker.setAutomaticRetry(false);
    const QStringList demoMovies = plex.server().itemIds(DemoItemKind::Movie);
    const QString movie = plex.key(demoMovies[3]);
    const QString finished = plex.key(demoMovies[4]);
    ASSERT_TRUE(plex.server().setOffline(true));

    const qint64 watchedAt = fixture.clock().nowMs();
    PlaybackChange change;
    change.itemId = movie;
    change.positionTicks = 1234 * TicksPerSecond;
    change.occurredAtMs = watchedAt;
    ASSERT_TRUE(awaitResult(actions.recordPlayback(change)).ok());
    fixture.clock().advanceMs(5 * Minute);
    ASSERT_TRUE(awaitResult(actions.setFavorite(movie, true)).ok());
    ASSERT_TRUE(awaitResult(actions.setPlayed(finished, true)).ok());
    const qint64 playedAt = fixture.clock().nowMs();
    fixture.clock().advanceMs(60 * Minute);

    worker.start();
    ASSERT_TRUE(waitUntil([&] { return !worker.isDraining(); }, 30'000));
    EXPECT_EQ(PlaybackQueueRepository(fixture.connection()).pendingCount(CacheFixture::ServerId), 3)
        << "nothing is lost while the server is away";
    EXPECT_EQ(worker.lastError().kind, ErrorKind::Offline);

    ASSERT_TRUE(plex.server().setOffline(false));
    worker.drainNow();
    ASSERT_TRUE(waitUntil([&] {
        return !worker.isDraining()
            && PlaybackQueueRepository(fixture.connection()).pendingCount(CacheFixture::ServerId) == 0;
    }, 30'000));
    const UserData atServer = plex.userData(movie);
    EXPECT_EQ(atServer.positionTicks, 1234 * TicksPerSecond);
    EXPECT_TRUE(atServer.isFavorite);
    EXPECT_EQ(atServer.lastPlayedAtMs, watchedAt) << "when it was watched, not when it was sent";
    const UserData played = plex.userData(finished);
    EXPECT_TRUE(played.played);
    EXPECT_EQ(played.playCount, 1);
    EXPECT_EQ(played.lastPlayedAtMs, playedAt);
    const QList<QJsonObject> reports = plex.server().plexTimelineReports();
    ASSERT_FALSE(reports.isEmpty());
    for (const QJsonObject &report : reports) {
        EXPECT_EQ(report.value(QStringLiteral("offline")).toString(), QStringLiteral("1")) << "a replay, not a live report";
        EXPECT_LE(report.value(QStringLiteral("time")).toString().toLongLong(),
                  report.value(QStringLiteral("duration")).toString().toLongLong());
    }
}

TEST_F(PlexLaneTest, AServerWithAnotherMachineIdentifierIsAnotherServer)
{
    syncEverything();
    QSignalSpy notices(&broker, &MessageBroker::notice);
    plex.server().changeIdentity();
    EXPECT_FALSE(refresh(QStringLiteral("libraries")).isError());
    EXPECT_EQ(CacheMetaRepository(fixture.connection()).serverId(), plex.server().plexServerId());
    EXPECT_EQ(cached(movies, ItemType::Movie), 0) << "the old server's items are meaningless here";
    ASSERT_FALSE(notices.isEmpty());
    EXPECT_FALSE(refresh(QStringLiteral("library:") + movies).isError());
    EXPECT_EQ(cached(movies, ItemType::Movie), plex.server().itemIds(DemoItemKind::Movie).size());
}
