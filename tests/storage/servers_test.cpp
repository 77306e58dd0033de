// SPDX-License-Identifier: GPL-3.0-or-later
// Several servers in one cache (#14, migrations/cache/0009): each server's rows are its own, even under the same
// item ids, and one server's rows go without touching another's.
#include "storage/cacheserverrepository.h"
#include "storage/homerepository.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/mergedhome.h"
#include "storage/mergedsearch.h"
#include "storage/serverremoval.h"
#include "storage/serverrepository.h"
#include "storage/serverscope.h"
#include "storage/syncstaterepository.h"
#include "storage/userdatarepository.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

const QString FriendsServer = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString Movies = QStringLiteral("movies");

/// The fixture's server (the active one) and a friend's server whose movies have the same ids, other names.
class TwoServers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fixture.addLibrary(Movies, QStringLiteral("Movies"), QStringLiteral("movies"));
        homeMovies = fixture.addMovies(Movies, 30);
        home = *CacheServerRepository(fixture.connection()).keyOf(CacheFixture::ServerId);
        friends = *CacheServerRepository(fixture.connection()).ensureKey(FriendsServer);

        LibraryRepository libraries(fixture.connection(), fixture.config(), ServerScope::of(friends));
        WriteTransaction transaction(fixture.connection());
        ASSERT_TRUE(libraries.replaceAll({{Movies, QStringLiteral("Friend's films"), QStringLiteral("movies"), 0, {}}},
                                         fixture.clock().nowMs()));
        ASSERT_TRUE(transaction.commit());
        QList<MediaItem> theirs;
        for (int i = 0; i < 20; ++i)
            theirs << CacheFixture::movie(Movies, i, QStringLiteral("Flick"));
        // The same ids as the home server's movies, as two Plex servers or two copies of one Jellyfin library have.
        for (int i = 0; i < theirs.size(); ++i)
            theirs[i].id = homeMovies.at(i).id;
        ItemBatchWriter writer(fixture.connection(), fixture.config(), ServerScope::of(friends));
        ASSERT_TRUE(writer.write(FriendsServer, theirs, fixture.clock().nowMs()));
        friendsMovies = theirs;
    }

    [[nodiscard]] static QStringList names(const QList<ItemSummary> &rows)
    {
        QStringList result;
        for (const ItemSummary &row : rows)
            result << row.name;
        return result;
    }

    [[nodiscard]] static LibraryPageRequest firstPage()
    {
        LibraryPageRequest request;
        request.query = {Movies, ItemType::Movie, {}};
        request.limit = 100;
        return request;
    }

    CacheFixture fixture;
    QList<MediaItem> homeMovies;
    QList<MediaItem> friendsMovies;
    qint64 home = 0;
    qint64 friends = 0;
};

} // namespace

TEST_F(TwoServers, EachServerReadsBackItsOwnItemsUnderTheSameIds)
{
    const QString sharedId = homeMovies.at(3).id;
    const std::optional<MediaItem> mine = ItemReader(fixture.connection(), ServerScope::of(home)).item(sharedId);
    const std::optional<MediaItem> theirs = ItemReader(fixture.connection(), ServerScope::of(friends)).item(sharedId);
    ASSERT_TRUE(mine && theirs);
    EXPECT_EQ(mine->name, QStringLiteral("Movie 00003"));
    EXPECT_EQ(theirs->name, QStringLiteral("Flick 00003"));
    // The active server is the fixture's: what the pages read without naming a server.
    EXPECT_EQ(ItemReader(fixture.connection()).item(sharedId)->name, QStringLiteral("Movie 00003"));
}

TEST_F(TwoServers, LibrariesAndTheirPagesShowOneServersRowsOnly)
{
    const QList<Library> mine = LibraryRepository(fixture.connection(), fixture.config(), ServerScope::of(home)).all();
    const QList<Library> theirs =
        LibraryRepository(fixture.connection(), fixture.config(), ServerScope::of(friends)).all();
    ASSERT_EQ(mine.size(), 1);
    ASSERT_EQ(theirs.size(), 1);
    EXPECT_EQ(mine.first().name, QStringLiteral("Movies"));
    EXPECT_EQ(theirs.first().name, QStringLiteral("Friend's films"));

    ItemReader homeReader(fixture.connection(), ServerScope::of(home));
    ItemReader friendsReader(fixture.connection(), ServerScope::of(friends));
    EXPECT_EQ(homeReader.countInLibrary(Movies, ItemType::Movie), 30);
    EXPECT_EQ(friendsReader.countInLibrary(Movies, ItemType::Movie), 20);
    const QStringList homePage = names(homeReader.libraryPage(firstPage()).items);
    const QStringList friendsPage = names(friendsReader.libraryPage(firstPage()).items);
    EXPECT_EQ(homePage.size(), 30);
    EXPECT_EQ(friendsPage.size(), 20);
    EXPECT_TRUE(homePage.filter(QStringLiteral("Flick")).isEmpty());
    EXPECT_TRUE(friendsPage.filter(QStringLiteral("Movie")).isEmpty());

    // Keyset paging stays within the server: the page after the friend's 10th movie holds its other 10.
    LibraryPageRequest next = firstPage();
    next.limit = 10;
    const LibraryRows first = friendsReader.libraryPage(next);
    next.after = first.last;
    EXPECT_EQ(names(friendsReader.libraryPage(next).items), friendsPage.mid(10));

    // Each genre filter counts one server's items.
    LibraryQuery drama{Movies, ItemType::Movie, {}};
    drama.view.genre = QStringLiteral("Drama");
    EXPECT_EQ(homeReader.countInView(drama), 30);
    EXPECT_EQ(friendsReader.countInView(drama), 20);
}

TEST_F(TwoServers, SearchAndHomeShowOneServersRowsOnly)
{
    ItemReader homeReader(fixture.connection(), ServerScope::of(home));
    ItemReader friendsReader(fixture.connection(), ServerScope::of(friends));
    EXPECT_TRUE(homeReader.search(QStringLiteral("Flick"), 50).isEmpty());
    EXPECT_EQ(friendsReader.search(QStringLiteral("Flick"), 50).size(), 20);
    EXPECT_TRUE(friendsReader.search(QStringLiteral("Movie"), 50).isEmpty());

    const QStringList latest = names(HomeRepository(fixture.connection(), ServerScope::of(friends))
                                         .latest(Movies, ItemType::Movie, 50));
    EXPECT_EQ(latest.size(), 20);
    EXPECT_TRUE(latest.filter(QStringLiteral("Movie")).isEmpty());

    // Continue Watching joins the user's state of each server to that server's items.
    UserData started;
    started.itemId = homeMovies.at(5).id;
    started.positionTicks = 1000;
    started.lastPlayedAtMs = 100;
    fixture.setUserData(started);
    const QList<ItemSummary> homeResume =
        HomeRepository(fixture.connection(), ServerScope::of(home)).continueWatching(10);
    ASSERT_EQ(homeResume.size(), 1);
    EXPECT_EQ(homeResume.first().name, QStringLiteral("Movie 00005"));
    EXPECT_TRUE(HomeRepository(fixture.connection(), ServerScope::of(friends)).continueWatching(10).isEmpty());
}

TEST_F(TwoServers, RefreshStateIsKeptPerServer)
{
    SyncStateRepository homeState(fixture.connection(), ServerScope::of(home));
    SyncStateRepository friendsState(fixture.connection(), ServerScope::of(friends));
    ASSERT_TRUE(homeState.recordSuccess(QStringLiteral("library:movies"), 100, 200, QStringLiteral("w1"), 30));
    ASSERT_TRUE(friendsState.recordSuccess(QStringLiteral("library:movies"), 150, 250, QStringLiteral("w2"), 20));
    EXPECT_EQ(homeState.state(QStringLiteral("library:movies"))->totalCount, 30);
    EXPECT_EQ(friendsState.state(QStringLiteral("library:movies"))->totalCount, 20);
    ASSERT_GT(friendsState.startRun(QStringLiteral("library:movies"), QStringLiteral("full"), 150), 0);
    EXPECT_TRUE(homeState.recentRuns(10).isEmpty());
    EXPECT_EQ(friendsState.recentRuns(10).size(), 1);
}

TEST_F(TwoServers, RemovingOneServersMetadataLeavesTheOthersRows)
{
    SyncStateRepository(fixture.connection(), ServerScope::of(home))
        .recordSuccess(QStringLiteral("library:movies"), 100, 200, {}, 30);
    {
        WriteTransaction transaction(fixture.connection());
        const Result<int> removed = ServerRemoval(fixture.connection()).removeMetadata(home);
        ASSERT_TRUE(removed);
        EXPECT_EQ(removed.value(), 30);
        ASSERT_TRUE(transaction.commit());
    }
    ItemReader homeReader(fixture.connection(), ServerScope::of(home));
    ItemReader friendsReader(fixture.connection(), ServerScope::of(friends));
    EXPECT_EQ(homeReader.countInLibrary(Movies, ItemType::Movie), 0);
    EXPECT_TRUE(homeReader.search(QStringLiteral("Movie"), 50).isEmpty());
    EXPECT_FALSE(SyncStateRepository(fixture.connection(), ServerScope::of(home)).state(QStringLiteral("library:movies")));
    EXPECT_EQ(friendsReader.countInLibrary(Movies, ItemType::Movie), 20);
    EXPECT_EQ(friendsReader.search(QStringLiteral("Flick"), 50).size(), 20);
    EXPECT_EQ(friendsReader.genresInLibrary(Movies, ItemType::Movie),
              QStringList({QStringLiteral("Adventure"), QStringLiteral("Drama")}));
    EXPECT_EQ(LibraryRepository(fixture.connection(), fixture.config(), ServerScope::of(friends)).all().size(), 1);
}

TEST_F(TwoServers, RemovingAServerTakesItsKeyAndHistoryToo)
{
    SyncStateRepository(fixture.connection(), ServerScope::of(friends))
        .startRun(QStringLiteral("libraries"), QStringLiteral("full"), 100);
    {
        WriteTransaction transaction(fixture.connection());
        ASSERT_TRUE(ServerRemoval(fixture.connection()).removeServer(friends));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_FALSE(CacheServerRepository(fixture.connection()).keyOf(FriendsServer));
    EXPECT_TRUE(SyncStateRepository(fixture.connection(), ServerScope::of(friends)).recentRuns(10).isEmpty());
    EXPECT_EQ(ItemReader(fixture.connection(), ServerScope::of(home)).countInLibrary(Movies, ItemType::Movie), 30);
}

TEST_F(TwoServers, RemovingAnItemByIdRemovesOnlyThatServersRow)
{
    const QString sharedId = homeMovies.at(0).id;
    ASSERT_TRUE(ItemBatchWriter(fixture.connection(), fixture.config(), ServerScope::of(friends)).remove({sharedId}));
    EXPECT_FALSE(ItemReader(fixture.connection(), ServerScope::of(friends)).item(sharedId));
    EXPECT_TRUE(ItemReader(fixture.connection(), ServerScope::of(home)).item(sharedId));
}

TEST_F(TwoServers, EachSortOfALibraryPageSeeksItsIndexByServerFirst)
{
    const QList<QPair<LibrarySort, QString>> sorts{{LibrarySort::Name, QStringLiteral("items_library_by_name")},
                                                   {LibrarySort::Year, QStringLiteral("items_library_by_year")},
                                                   {LibrarySort::DateAdded, QStringLiteral("items_library_by_date_added")},
                                                   {LibrarySort::CommunityRating, QStringLiteral("items_library_by_rating")}};
    for (const auto &[sort, index] : sorts) {
        LibraryPageRequest request = firstPage();
        request.query.view.sort = sort;
        const LibrarySql page = LibrarySql::page(request);
        QSqlQuery plan(fixture.connection());
        ASSERT_TRUE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql));
        for (const auto &[placeholder, value] : page.values)
            plan.bindValue(placeholder, value);
        plan.bindValue(QStringLiteral(":server_key"), friends);
        ASSERT_TRUE(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString seek = QStringLiteral("INDEX %1 (server_key=? AND library_id=? AND type=?").arg(index);
        EXPECT_TRUE(steps.join(QLatin1Char('\n')).contains(seek)) << steps.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(TwoServers, HomeMergesContinueWatchingNewestFirstAndNamesTheServerWhereLibraryNamesClash)
{
    ServerRepository servers(fixture.connection());
    ServerRecord mine{0, QStringLiteral("http://home.lan:8096"), CacheFixture::ServerId, QStringLiteral("Home")};
    ServerRecord theirs{0, QStringLiteral("http://friend.example:8096"), FriendsServer, QStringLiteral("Friend")};
    ASSERT_GT(servers.saveActive(mine, 1), 0);
    ASSERT_GT(servers.saveActive(theirs, 2), 0);
    const auto started = [](const QString &itemId, qint64 lastPlayedAtMs) {
        UserData data;
        data.itemId = itemId;
        data.positionTicks = 1000;
        data.lastPlayedAtMs = lastPlayedAtMs;
        return data;
    };
    fixture.setUserData(started(homeMovies.at(5).id, 100));
    ASSERT_TRUE(UserDataRepository(fixture.connection()).put(FriendsServer, started(friendsMovies.at(7).id, 200)));
    fixture.setUserData(started(homeMovies.at(9).id, 300));

    MergedHome home(fixture.connection(), fixture.config());
    const QList<ItemSummary> resume = home.read(10).continueWatching;
    EXPECT_EQ(names(resume), (QStringList{QStringLiteral("Movie 00009"), QStringLiteral("Flick 00007"),
                                          QStringLiteral("Movie 00005")}));
    ASSERT_EQ(resume.size(), 3);
    EXPECT_EQ(resume.at(0).serverId, QString()); // the server in use
    EXPECT_EQ(resume.at(1).serverId, FriendsServer);
    EXPECT_EQ(home.read(2).continueWatching.size(), 2);

    QList<MergedHome::LatestRow> latest = home.read(50).latest;
    ASSERT_EQ(latest.size(), 2);
    EXPECT_EQ(latest.at(0).serverId, QString());
    EXPECT_EQ(latest.at(0).items.size(), 30);
    EXPECT_EQ(latest.at(1).serverId, FriendsServer);
    EXPECT_EQ(latest.at(1).library.name, QStringLiteral("Friend's films"));
    EXPECT_EQ(names(latest.at(1).items).filter(QStringLiteral("Flick")).size(), 20);
    EXPECT_EQ(latest.at(1).items.first().serverId, FriendsServer);
    // Different names need no server beside them.
    EXPECT_TRUE(latest.at(0).serverName.isEmpty());
    EXPECT_TRUE(latest.at(1).serverName.isEmpty());

    LibraryRepository friendsLibraries(fixture.connection(), fixture.config(), ServerScope::of(friends));
    WriteTransaction transaction(fixture.connection());
    ASSERT_TRUE(friendsLibraries.replaceAll({{Movies, QStringLiteral("Movies"), QStringLiteral("movies"), 0, {}}},
                                            fixture.clock().nowMs()));
    ASSERT_TRUE(transaction.commit());
    latest = home.read(50).latest;
    ASSERT_EQ(latest.size(), 2);
    EXPECT_EQ(latest.at(0).serverName, QStringLiteral("Home"));
    EXPECT_EQ(latest.at(1).serverName, QStringLiteral("Friend"));
}

TEST_F(TwoServers, SearchCoversEveryServerAndSaysWhereEachMatchLives)
{
    ServerRepository servers(fixture.connection());
    ASSERT_GT(servers.saveActive({0, QStringLiteral("http://friend.example:8096"), FriendsServer,
                                  QStringLiteral("Friend")}, 1), 0);
    ASSERT_GT(servers.saveActive({0, QStringLiteral("http://home.lan:8096"), CacheFixture::ServerId,
                                  QStringLiteral("Home")}, 2), 0);
    // A third film of one title on each server: found on both, under the same id.
    MergedSearch search(fixture.connection());
    const QList<MergedSearch::ServerResults> both = search.search(QStringLiteral("00003"), 10);
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.at(0).serverId, QString()) << "the server in use first";
    EXPECT_EQ(both.at(0).serverName, QStringLiteral("Home"));
    EXPECT_EQ(names(both.at(0).items), QStringList{QStringLiteral("Movie 00003")});
    EXPECT_EQ(both.at(1).serverId, FriendsServer);
    EXPECT_EQ(both.at(1).serverName, QStringLiteral("Friend"));
    EXPECT_EQ(names(both.at(1).items), QStringList{QStringLiteral("Flick 00003")});
    EXPECT_EQ(both.at(1).items.first().serverId, FriendsServer);
    EXPECT_EQ(both.at(1).items.first().id, both.at(0).items.first().id) << "one id, two servers";

    // A server without a match is left out; so is every server for text without a word.
    const QList<MergedSearch::ServerResults> theirs = search.search(QStringLiteral("flick"), 5);
    ASSERT_EQ(theirs.size(), 1);
    EXPECT_EQ(theirs.first().serverId, FriendsServer);
    EXPECT_EQ(theirs.first().items.size(), 5);
    EXPECT_TRUE(search.search(QStringLiteral("  "), 10).isEmpty());
    EXPECT_TRUE(search.search(QStringLiteral("\"*) NEAR("), 10).isEmpty()) << "search syntax is text, not a query";
}
