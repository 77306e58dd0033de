// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "services/servereventsbridge.h"
#include "storage/itemreader.h"
#include "storage/sqlstatement.h"
#include "storage/syncstaterepository.h"
#include "storage/userdatarepository.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

/// Readable QStrings in gtest failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::FakeBackend;

namespace {

constexpr qint64 Hour = 3600'000;

QStringList firstArguments(const QSignalSpy &spy)
{
    QStringList values;
    for (const QList<QVariant> &call : spy)
        values.append(call.at(0).toString());
    return values;
}

class ServerEventsBridgeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QList<Library> libraries{
            fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0),
            fixture.addLibrary(QStringLiteral("hidden"), QStringLiteral("Hidden"), QStringLiteral("movies"), 1),
            fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 2)};
        movies = fixture.addMovies(QStringLiteral("movies"), 10);
        hidden = fixture.addMovies(QStringLiteral("hidden"), 5, QStringLiteral("Hidden"));
        series = fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Night Shift"), 1, 3);

        // The server holds what the cache holds, so the refreshes the bridge starts change nothing by accident.
        backend.setServerId(CacheFixture::ServerId);
        backend.setLibraries(libraries);
        for (const MediaItem &item : movies + hidden)
            backend.putItem(item, fixture.clock().nowMs() - Hour);

        // Every scope is fresh: only the bridge can make the service refresh anything.
        SyncStateRepository state(fixture.connection());
        const qint64 now = fixture.clock().nowMs();
        for (const QString &scope :
             QStringList{QStringLiteral("libraries"), QStringLiteral("home"), QStringLiteral("library:movies"),
              QStringLiteral("library:hidden"), QStringLiteral("library:shows"), QStringLiteral("series:") + series.id,
                         QStringLiteral("item:") + movies[0].id})
            ASSERT_TRUE(state.recordSuccess(scope, now, now + 24 * Hour, {}, {}));

        environment = {&backend, &fixture.database(), &writer, &fixture.config(), &fixture.clock(), 500};
        service = std::make_unique<MetadataRefreshService>(environment, &broker);
        service->setAutomaticEvaluation(false);
        bridge = std::make_unique<ServerEventsBridge>(fixture.database(), fixture.config(), fixture.clock(),
                                                      service.get(), &broker);
    }

    void TearDown() override
    {
        bridge.reset();
        service.reset();
    }

    void show(const QStringList &scopes)
    {
        service->setVisibleScopes(scopes);
        ASSERT_TRUE(service->isIdle()) << "fresh scopes start nothing";
    }

    void waitUntilIdle()
    {
        for (int i = 0; i < 500 && !(bridge->isIdle() && service->isIdle()); ++i)
            QTest::qWait(10);
        ASSERT_TRUE(bridge->isIdle() && service->isIdle()) << "work did not finish";
    }

    std::optional<UserData> userData(const QString &itemId)
    {
        return UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, itemId);
    }

    CacheFixture fixture;
    FakeBackend backend;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    RefreshEnvironment environment;
    std::unique_ptr<MetadataRefreshService> service;
    std::unique_ptr<ServerEventsBridge> bridge;
    QList<MediaItem> movies;
    QList<MediaItem> hidden;
    MediaItem series;
};

} // namespace

TEST_F(ServerEventsBridgeTest, UserDataFromTheSocketIsStoredAndOnlyVisibleScopesReRead)
{
    show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    QSignalSpy updated(&broker, &MessageBroker::scopeUpdated);
    QSignalSpy changed(bridge.get(), &ServerEventsBridge::itemsChanged);
    const UserData watched{movies[3].id, true, 1, 0, false, fixture.clock().nowMs(), {}, {}};
    const UserData favourite{hidden[1].id, false, 0, 1234, true, {}, {}, {}};

    bridge->onUserDataChanged({watched.itemId, favourite.itemId}, {watched, favourite});
    waitUntilIdle();

    ASSERT_TRUE(userData(watched.itemId).has_value());
    EXPECT_TRUE(userData(watched.itemId)->played);
    ASSERT_TRUE(userData(favourite.itemId).has_value()) << "stored even where nobody looks";
    EXPECT_TRUE(userData(favourite.itemId)->isFavorite);
    EXPECT_EQ(userData(favourite.itemId)->positionTicks, 1234);
    EXPECT_EQ(firstArguments(updated), QStringList{QStringLiteral("library:movies")});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toStringList(), (QStringList{watched.itemId, favourite.itemId}));
    EXPECT_EQ(backend.totalCalls(), 0) << "the socket already said everything";
}

TEST_F(ServerEventsBridgeTest, UserDataUpdatesHomeAndTheOpenItemWhenThoseAreVisible)
{
    show({QStringLiteral("home"), QStringLiteral("item:") + movies[0].id});
    QSignalSpy updated(&broker, &MessageBroker::scopeUpdated);
    UserData data{movies[0].id, true, 1, 0, false, {}, {}, {}};
    data.itemId.clear(); // the id comes from the list, as some servers leave it out of the payload
    bridge->onUserDataChanged({movies[0].id}, {data});
    waitUntilIdle();
    EXPECT_EQ(firstArguments(updated), (QStringList{QStringLiteral("item:") + movies[0].id, QStringLiteral("home")}));
    EXPECT_TRUE(userData(movies[0].id)->played);
}

TEST_F(ServerEventsBridgeTest, AQueuedLocalChangeIsNotOverwrittenByTheSocket)
{
    const QString id = movies[5].id;
    fixture.setUserData({id, false, 0, 9'000'000, false, {}, {}, fixture.clock().nowMs()});
    SqlStatement enqueue(fixture.connection(),
                         QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, position_ticks, "
                                        "occurred_at) VALUES (:server, :item, 'progress', 9000000, 1)"));
    ASSERT_TRUE(enqueue.bind(QStringLiteral(":server"), CacheFixture::ServerId)
                    .bind(QStringLiteral(":item"), id)
                    .exec());

    bridge->onUserDataChanged({id}, {UserData{id, true, 3, 0, true, {}, {}, {}}});
    waitUntilIdle();

    const std::optional<UserData> stored = userData(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->played);
    EXPECT_EQ(stored->positionTicks, 9'000'000);
    EXPECT_TRUE(stored->isFavorite) << "only the position is queued here; the favourite set elsewhere is taken";
}

TEST_F(ServerEventsBridgeTest, AnUpdatedItemRefreshesItsVisibleScopesAndNeverHiddenOnes)
{
    show({QStringLiteral("libraries"), QStringLiteral("library:movies")});
    QSignalSpy started(&broker, &MessageBroker::refreshStarted);
    bridge->onLibraryChanged({}, {movies[1].id, hidden[2].id}, {});
    waitUntilIdle();
    EXPECT_EQ(firstArguments(started), QStringList{QStringLiteral("library:movies")});
    EXPECT_FALSE(backend.requestedParents().contains(QStringLiteral("hidden")));
}

TEST_F(ServerEventsBridgeTest, AnUpdatedEpisodeRefreshesItsVisibleShow)
{
    show({QStringLiteral("series:") + series.id});
    QSignalSpy started(&broker, &MessageBroker::refreshStarted);
    const QString episode = series.id + QStringLiteral("-s1e2");
    bridge->onLibraryChanged({}, {episode}, {});
    waitUntilIdle();
    EXPECT_EQ(firstArguments(started), QStringList{QStringLiteral("series:") + series.id});
}

TEST_F(ServerEventsBridgeTest, AnUnknownNewItemRefreshesTheVisibleListsOnly)
{
    show({QStringLiteral("libraries"), QStringLiteral("home"), QStringLiteral("library:movies"),
          QStringLiteral("item:") + movies[0].id});
    QSignalSpy started(&broker, &MessageBroker::refreshStarted);
    bridge->onLibraryChanged({QStringLiteral("brand-new-item")}, {}, {});
    waitUntilIdle();
    QStringList scopes = firstArguments(started);
    scopes.sort();
    EXPECT_EQ(scopes, (QStringList{QStringLiteral("home"), QStringLiteral("library:movies")}));
}

TEST_F(ServerEventsBridgeTest, AnUpdateOfAnUncachedItemCostsNothing)
{
    show({QStringLiteral("library:movies")});
    QSignalSpy started(&broker, &MessageBroker::refreshStarted);
    bridge->onLibraryChanged({}, {QStringLiteral("not-in-the-cache")}, {});
    waitUntilIdle();
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(backend.totalCalls(), 0);
}

TEST_F(ServerEventsBridgeTest, RemovedItemsLeaveTheCacheAndVisibleScopesReRead)
{
    show({QStringLiteral("library:movies")});
    QSignalSpy updated(&broker, &MessageBroker::scopeUpdated);
    QSignalSpy started(&broker, &MessageBroker::refreshStarted);
    QSignalSpy changed(bridge.get(), &ServerEventsBridge::itemsChanged);
    bridge->onLibraryChanged({}, {}, {movies[4].id, hidden[0].id, QStringLiteral("never-cached")});
    waitUntilIdle();

    ItemReader reader(fixture.connection());
    EXPECT_FALSE(reader.item(movies[4].id).has_value());
    EXPECT_FALSE(reader.item(hidden[0].id).has_value());
    EXPECT_TRUE(reader.item(movies[5].id).has_value());
    EXPECT_EQ(firstArguments(updated), QStringList{QStringLiteral("library:movies")});
    EXPECT_EQ(started.count(), 0) << "a removal needs no request";
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toStringList(), (QStringList{movies[4].id, hidden[0].id}));
}
