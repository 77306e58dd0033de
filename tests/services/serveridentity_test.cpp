// SPDX-License-Identifier: GPL-3.0-or-later
// A server at the same address with a new id (#14): its metadata goes, another server's cache and everything in the
// state database stay.
#include "services/serveridentity.h"
#include "storage/cachemetarepository.h"
#include "storage/cacheserverrepository.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"
#include "storage/syncstaterepository.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

const QString FriendsServer = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString ReinstalledServer = QStringLiteral("00000000000000000000000000000042");
const QString Movies = QStringLiteral("movies");

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
    return query.value(0).toInt();
}

} // namespace

TEST(ServerIdentity, ANewIdentityWipesOnlyThatServersMetadataAndKeepsItsPendingProgress)
{
    CacheFixture fixture;
    const QSqlDatabase db = fixture.connection();
    fixture.addLibrary(Movies, QStringLiteral("Movies"), QStringLiteral("movies"));
    const QList<MediaItem> homeMovies = fixture.addMovies(Movies, 12);
    const qint64 home = *CacheServerRepository(db).keyOf(CacheFixture::ServerId);
    SyncStateRepository(db).recordSuccess(QStringLiteral("library:movies"), 100, 200, QStringLiteral("w"), 12);
    UserData started;
    started.itemId = homeMovies.at(0).id;
    started.positionTicks = 5000;
    started.lastPlayedAtMs = 10;
    fixture.setUserData(started);
    SqlStatement enqueue(db, QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, position_ticks, "
                                            "occurred_at) VALUES (:server, :item, 'progress', 5000, 10)"));
    ASSERT_TRUE(enqueue.bind(QStringLiteral(":server"), CacheFixture::ServerId)
                    .bind(QStringLiteral(":item"), homeMovies.at(0).id)
                    .exec());

    // A friend's server beside it, with the same item ids.
    const qint64 friends = *CacheServerRepository(db).ensureKey(FriendsServer);
    {
        WriteTransaction transaction(db);
        ASSERT_TRUE(LibraryRepository(db, fixture.config(), ServerScope::of(friends))
                        .replaceAll({{Movies, QStringLiteral("Films"), QStringLiteral("movies"), 0, {}}}, 100));
        ASSERT_TRUE(transaction.commit());
    }
    ASSERT_TRUE(ItemBatchWriter(db, fixture.config(), ServerScope::of(friends)).write(FriendsServer, homeMovies, 100));
    SyncStateRepository(db, ServerScope::of(friends))
        .recordSuccess(QStringLiteral("library:movies"), 100, 200, QStringLiteral("w"), 12);

    const Result<ServerIdentity::Outcome> outcome = ServerIdentity::adopt(db, ReinstalledServer);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome.value(), ServerIdentity::Outcome::Replaced);

    EXPECT_EQ(CacheMetaRepository(db).serverId(), ReinstalledServer);
    EXPECT_EQ(ItemReader(db, ServerScope::of(home)).countInLibrary(Movies, ItemType::Movie), 0);
    EXPECT_FALSE(SyncStateRepository(db, ServerScope::of(home)).state(QStringLiteral("library:movies")));
    // The pages follow the active server: the reinstalled one, with nothing cached yet.
    EXPECT_EQ(ItemReader(db).countInLibrary(Movies, ItemType::Movie), 0);
    EXPECT_TRUE(LibraryRepository(db, fixture.config()).all().isEmpty());

    ItemReader friendsReader(db, ServerScope::of(friends));
    EXPECT_EQ(friendsReader.countInLibrary(Movies, ItemType::Movie), 12);
    EXPECT_EQ(friendsReader.search(QStringLiteral("Movie"), 50).size(), 12);
    EXPECT_TRUE(SyncStateRepository(db, ServerScope::of(friends)).state(QStringLiteral("library:movies")));

    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM state.playback_queue")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM state.user_data")), 1);
}

TEST(ServerIdentity, TheSameIdentityKeepsEverything)
{
    CacheFixture fixture;
    fixture.addLibrary(Movies, QStringLiteral("Movies"), QStringLiteral("movies"));
    fixture.addMovies(Movies, 5);
    const Result<ServerIdentity::Outcome> outcome = ServerIdentity::adopt(fixture.connection(), CacheFixture::ServerId);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome.value(), ServerIdentity::Outcome::Same);
    EXPECT_EQ(ItemReader(fixture.connection()).countInLibrary(Movies, ItemType::Movie), 5);
}

TEST(ServerIdentity, ASessionWithAnotherServerSwitchesToItAndANewIdAtTheSameAddressReplacesTheOldOne)
{
    CacheFixture fixture;
    const QSqlDatabase db = fixture.connection();
    fixture.addLibrary(Movies, QStringLiteral("Movies"), QStringLiteral("movies"));
    fixture.addMovies(Movies, 7);
    const qint64 home = *CacheServerRepository(db).keyOf(CacheFixture::ServerId);

    // Signing in to a friend's server at another address: the home server's cache waits for it.
    const Result<ServerIdentity::Outcome> switched = ServerIdentity::begin(db, FriendsServer, {});
    ASSERT_TRUE(switched);
    EXPECT_EQ(switched.value(), ServerIdentity::Outcome::Switched);
    EXPECT_EQ(CacheMetaRepository(db).serverId(), FriendsServer);
    EXPECT_EQ(ItemReader(db, ServerScope::of(home)).countInLibrary(Movies, ItemType::Movie), 7);

    // Back home with the saved sign-in: everything is still there.
    const Result<ServerIdentity::Outcome> back = ServerIdentity::begin(db, CacheFixture::ServerId, CacheFixture::ServerId);
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value(), ServerIdentity::Outcome::Switched);
    EXPECT_EQ(ItemReader(db).countInLibrary(Movies, ItemType::Movie), 7);

    // The home address answers with a new id (reinstalled): only then do its rows go.
    const Result<ServerIdentity::Outcome> replaced = ServerIdentity::begin(db, ReinstalledServer, CacheFixture::ServerId);
    ASSERT_TRUE(replaced);
    EXPECT_EQ(replaced.value(), ServerIdentity::Outcome::Replaced);
    EXPECT_EQ(ItemReader(db, ServerScope::of(home)).countInLibrary(Movies, ItemType::Movie), 0);
    EXPECT_EQ(CacheMetaRepository(db).serverId(), ReinstalledServer);
}
