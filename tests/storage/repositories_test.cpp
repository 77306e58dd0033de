// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cachemetarepository.h"
#include "storage/homerepository.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverrepository.h"
#include "storage/settingsrepository.h"
#include "storage/sqlstatement.h"
#include "storage/syncstaterepository.h"
#include "storage/userdatarepository.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

UserData played(const QString &itemId, qint64 atMs)
{
    UserData data;
    data.itemId = itemId;
    data.played = true;
    data.playCount = 1;
    data.lastPlayedAtMs = atMs;
    return data;
}

UserData started(const QString &itemId, qint64 positionTicks, qint64 atMs)
{
    UserData data;
    data.itemId = itemId;
    data.positionTicks = positionTicks;
    data.lastPlayedAtMs = atMs;
    return data;
}

int queueLength(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM state.playback_queue")) && query.next());
    return query.value(0).toInt();
}

} // namespace

TEST(HomeRepository, ContinueWatchingListsStartedUnfinishedItemsMostRecentFirst)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
    const QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 5);
    fixture.setUserData(started(movies[0].id, 1000, 100));
    fixture.setUserData(started(movies[1].id, 2000, 300));
    fixture.setUserData(played(movies[2].id, 400));
    fixture.setUserData(started(movies[3].id, 0, 500));

    const QList<ItemSummary> rows = HomeRepository(fixture.connection()).continueWatching(10);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].id, movies[1].id);
    EXPECT_EQ(rows[0].positionTicks, 2000);
    EXPECT_EQ(rows[1].id, movies[0].id);
}

TEST(HomeRepository, NextUpIsTheEpisodeAfterTheLastOneWatchedAcrossSeasons)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    const MediaItem orbit = fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Orbit"), 2, 3);
    const MediaItem tides = fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Tides"), 1, 4);
    fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Untouched"), 1, 2);
    // Orbit: the whole first season watched, so the next one is S2E1. Tides: E2 watched most recently.
    fixture.setUserData(played(orbit.id + QStringLiteral("-s1e1"), 100));
    fixture.setUserData(played(orbit.id + QStringLiteral("-s1e2"), 110));
    fixture.setUserData(played(orbit.id + QStringLiteral("-s1e3"), 120));
    fixture.setUserData(played(tides.id + QStringLiteral("-s1e2"), 500));

    const QList<ItemSummary> rows = HomeRepository(fixture.connection()).nextUp(10);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].id, tides.id + QStringLiteral("-s1e3"));
    EXPECT_EQ(rows[0].seriesName, QStringLiteral("Tides"));
    EXPECT_EQ(rows[1].id, orbit.id + QStringLiteral("-s2e1"));
    EXPECT_EQ(rows[1].parentIndexNumber, 2);
    EXPECT_EQ(rows[1].indexNumber, 1);
}

TEST(HomeRepository, NextUpSkipsASeriesWhoseLastEpisodeWasWatched)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    const MediaItem done = fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Done"), 1, 2);
    fixture.setUserData(played(done.id + QStringLiteral("-s1e2"), 100));
    EXPECT_TRUE(HomeRepository(fixture.connection()).nextUp(10).isEmpty());
}

TEST(HomeRepository, LatestListsTheNewestAdditionsOfOneLibrary)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
    fixture.addLibrary(QStringLiteral("other"), QStringLiteral("Other"), QStringLiteral("movies"));
    const QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 30);
    fixture.addMovies(QStringLiteral("other"), 3, QStringLiteral("Zeta"));

    const QList<ItemSummary> rows = HomeRepository(fixture.connection()).latest(QStringLiteral("movies"), ItemType::Movie, 4);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].id, movies[29].id);
    EXPECT_EQ(rows[3].id, movies[26].id);
}

TEST(LibraryRepository, ReplaceAllFollowsTheServerAndDropsARemovedLibraryWithItsItems)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 1);
    fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 0);
    fixture.addMovies(QStringLiteral("movies"), 10);

    LibraryRepository repository(fixture.connection(), fixture.config());
    QList<Library> all = repository.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].name, QStringLiteral("Shows")) << "the server's order";
    EXPECT_TRUE(all[0].isShows());

    WriteTransaction transaction(fixture.connection());
    ASSERT_TRUE(repository.replaceAll({Library{QStringLiteral("shows"), QStringLiteral("TV"), QStringLiteral("tvshows"), 0, {}}},
                                      fixture.clock().nowMs()));
    ASSERT_TRUE(transaction.commit());
    all = repository.all();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].name, QStringLiteral("TV"));
    EXPECT_EQ(ItemReader(fixture.connection()).countInLibrary(QStringLiteral("movies"), ItemType::Movie), 0);
}

TEST(SyncStateRepository, RecordsSuccessFailuresAndRunHistory)
{
    CacheFixture fixture;
    SyncStateRepository repository(fixture.connection());
    const QString scope = SyncStateRepository::libraryScope(QStringLiteral("movies"));
    EXPECT_FALSE(repository.state(scope).has_value());

    const Error timeout{ErrorKind::Timeout, QStringLiteral("no answer in 30 s"), QStringLiteral("GET http://h/Items"), 0};
    ASSERT_TRUE(repository.recordFailure(scope, 1000, timeout, 6000));
    ASSERT_TRUE(repository.recordFailure(scope, 7000, timeout, 17000));
    auto state = repository.state(scope);
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->failureCount, 2);
    EXPECT_EQ(state->lastErrorKind, ErrorKind::Timeout);
    EXPECT_EQ(state->lastError, timeout.toString());
    EXPECT_EQ(state->nextRetryAtMs, 17000);
    EXPECT_FALSE(state->lastSuccessAtMs.has_value());

    ASSERT_TRUE(repository.recordSuccess(scope, 20000, 30000, QStringLiteral("2026-11-21T10:00:00Z"), 18432));
    state = repository.state(scope);
    EXPECT_EQ(state->failureCount, 0);
    EXPECT_EQ(state->lastSuccessAtMs, 20000);
    EXPECT_EQ(state->expiresAtMs, 30000);
    EXPECT_EQ(state->totalCount, 18432);
    EXPECT_TRUE(state->lastError.isEmpty());
    EXPECT_EQ(state->lastErrorKind, ErrorKind::None);

    SyncRun run;
    run.id = repository.startRun(scope, QStringLiteral("full"), 20000);
    ASSERT_GT(run.id, 0);
    run.finishedAtMs = 21000;
    run.kind = QStringLiteral("incremental");
    run.status = QStringLiteral("succeeded");
    run.fetched = 500;
    run.written = 480;
    ASSERT_TRUE(repository.finishRun(run));
    const QList<SyncRun> runs = repository.recentRuns(5);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].status, QStringLiteral("succeeded"));
    EXPECT_EQ(runs[0].kind, QStringLiteral("incremental"));
    EXPECT_EQ(runs[0].written, 480);
    EXPECT_EQ(runs[0].finishedAtMs, 21000);
}

TEST(ServerRepository, SavingMakesOneServerActiveAndKeepsNoToken)
{
    CacheFixture fixture;
    ServerRepository repository(fixture.connection());
    EXPECT_FALSE(repository.active().has_value());
    ServerRecord first{0, QStringLiteral("http://a:8096"), QStringLiteral("id-a"), QStringLiteral("A"),
                       QStringLiteral("u1"), QStringLiteral("demo"), QStringLiteral("marquee/a"), true};
    ServerRecord second = first;
    second.url = QStringLiteral("http://b:8096");
    second.serverId = QStringLiteral("id-b");
    ASSERT_GT(repository.saveActive(first, 1), 0);
    ASSERT_GT(repository.saveActive(second, 2), 0);
    EXPECT_EQ(repository.active()->serverId, QStringLiteral("id-b"));
    ASSERT_GT(repository.saveActive(first, 3), 0);
    EXPECT_EQ(repository.active()->url, QStringLiteral("http://a:8096"));
    EXPECT_EQ(repository.active()->credentialKey, QStringLiteral("marquee/a"));
}

TEST(SettingsRepository, StoresAndOverwritesValues)
{
    CacheFixture fixture;
    SettingsRepository settings(fixture.connection());
    EXPECT_EQ(settings.value(QStringLiteral("ttl/movies"), QStringLiteral("default")), QStringLiteral("default"));
    ASSERT_TRUE(settings.setValue(QStringLiteral("ttl/movies"), QStringLiteral("600")));
    ASSERT_TRUE(settings.setValue(QStringLiteral("ttl/movies"), QStringLiteral("900")));
    EXPECT_EQ(settings.value(QStringLiteral("ttl/movies")), QStringLiteral("900"));
    EXPECT_EQ(settings.all().size(), 1);
}

TEST(CacheMetaRepository, ANewServerIdentityWipesMetadataButNeverTheQueueOrUserData)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
    const QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 20);
    fixture.setUserData(started(movies[0].id, 5000, 10));
    SqlStatement enqueue(fixture.connection(), QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, "
                                                              "kind, position_ticks, occurred_at) VALUES (:server, "
                                                              ":item, 'progress', 5000, 10)"));
    ASSERT_TRUE(enqueue.bind(QStringLiteral(":server"), CacheFixture::ServerId)
                    .bind(QStringLiteral(":item"), movies[0].id)
                    .exec());
    CacheMetaRepository meta(fixture.connection());
    EXPECT_EQ(meta.serverId(), CacheFixture::ServerId);

    WriteTransaction transaction(fixture.connection());
    ASSERT_TRUE(meta.wipeMetadata());
    ASSERT_TRUE(meta.setServerId(QStringLiteral("another-server")));
    ASSERT_TRUE(transaction.commit());

    ItemReader reader(fixture.connection());
    EXPECT_EQ(reader.countInLibrary(QStringLiteral("movies"), ItemType::Movie), 0);
    EXPECT_TRUE(reader.search(QStringLiteral("Movie"), 5).isEmpty());
    EXPECT_TRUE(LibraryRepository(fixture.connection(), fixture.config()).all().isEmpty());
    EXPECT_EQ(queueLength(fixture.connection()), 1);
    EXPECT_TRUE(UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, movies[0].id).has_value());
}

TEST(ItemBatchWriter, ServerUserDataNeverOverwritesAChangeStillWaitingInTheQueue)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
    QList<MediaItem> movies{CacheFixture::movie(QStringLiteral("movies"), 1, QStringLiteral("Movie")),
                            CacheFixture::movie(QStringLiteral("movies"), 2, QStringLiteral("Movie"))};
    // This device watched movie 1 up to 50 minutes; the change is queued for the server.
    fixture.setUserData(started(movies[0].id, 50, 900));
    SqlStatement enqueue(fixture.connection(), QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, "
                                                              "kind, position_ticks, occurred_at) VALUES (:server, "
                                                              ":item, 'progress', 50, 900)"));
    ASSERT_TRUE(enqueue.bind(QStringLiteral(":server"), CacheFixture::ServerId).bind(QStringLiteral(":item"), movies[0].id).exec());

    for (MediaItem &movie : movies)
        movie.userData = started(movie.id, 10, 100); // older state from the server
    ItemBatchWriter writer(fixture.connection(), fixture.config());
    const Result<int> written = writer.write(CacheFixture::ServerId, movies, 2000);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), 2);

    UserDataRepository userData(fixture.connection());
    EXPECT_EQ(userData.get(CacheFixture::ServerId, movies[0].id)->positionTicks, 50) << "the local change survives";
    const auto other = userData.get(CacheFixture::ServerId, movies[1].id);
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(other->positionTicks, 10);
    EXPECT_EQ(other->serverUpdatedAtMs, 2000);
}

TEST(ItemBatchWriter, ABatchThatFailsHalfwayLeavesNeitherItemsNorUserData)
{
    CacheFixture fixture;
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
    MediaItem good = CacheFixture::movie(QStringLiteral("movies"), 1, QStringLiteral("Movie"));
    good.userData = started(good.id, 10, 100);
    MediaItem orphan = CacheFixture::movie(QStringLiteral("gone"), 2, QStringLiteral("Movie"));

    ItemBatchWriter writer(fixture.connection(), fixture.config());
    EXPECT_FALSE(writer.write(CacheFixture::ServerId, {good, orphan}, 1000).ok());
    EXPECT_FALSE(ItemReader(fixture.connection()).item(good.id).has_value());
    EXPECT_FALSE(UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, good.id).has_value());
}
