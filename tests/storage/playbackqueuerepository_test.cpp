// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itembatchwriter.h"
#include "storage/playbackqueuerepository.h"
#include "storage/userdataconflict.h"
#include "storage/userdatarepository.h"
#include "support/cachefixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

const QString Movie = QStringLiteral("movie-1");
const QString Other = QStringLiteral("movie-2");

class PlaybackQueueTest : public ::testing::Test
{
protected:
    PlaybackEvent event(const QString &itemId, PlaybackEventKind kind, qint64 atMs, qint64 positionTicks = 0)
    {
        PlaybackEvent e;
        e.serverId = CacheFixture::ServerId;
        e.itemId = itemId;
        e.kind = kind;
        e.occurredAtMs = atMs;
        e.positionTicks = positionTicks;
        return e;
    }
    qint64 record(const PlaybackEvent &e)
    {
        const Result<qint64> seq = queue.record(e);
        EXPECT_TRUE(seq.ok()) << seq.error().toString().toStdString();
        return seq.ok() ? seq.value() : -1;
    }
    QList<PlaybackEventKind> kinds()
    {
        QList<PlaybackEventKind> result;
        for (const PlaybackEvent &e : queue.pending(CacheFixture::ServerId))
            result.append(e.kind);
        return result;
    }
    std::optional<UserData> local(const QString &itemId)
    {
        return UserDataRepository(fixture.connection()).get(CacheFixture::ServerId, itemId);
    }
    std::optional<PlaybackEvent> nextDue(qint64 nowMs)
    {
        const auto next = queue.nextDue(CacheFixture::ServerId, nowMs);
        EXPECT_TRUE(next.ok());
        return next.ok() ? next.value() : std::nullopt;
    }
    /// What the server says, merged the way a refresh batch does it.
    void mergeFromServer(const UserData &server)
    {
        ItemBatchWriter writer(fixture.connection(), fixture.config());
        ASSERT_TRUE(writer.mergeUserData(CacheFixture::ServerId, {server}, 50'000).ok());
    }

    CacheFixture fixture;
    PlaybackQueueRepository queue{fixture.connection()};
};

} // namespace

TEST_F(PlaybackQueueTest, AChangeUpdatesUserDataAndTheQueueTogether)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 42'000'000));
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->positionTicks, 42'000'000);
    EXPECT_FALSE(data->played);
    EXPECT_EQ(data->lastPlayedAtMs, 1000);
    EXPECT_EQ(data->localUpdatedAtMs, 1000);
    const QList<PlaybackEvent> pending = queue.pending(CacheFixture::ServerId);
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].positionTicks, 42'000'000);
    EXPECT_EQ(pending[0].occurredAtMs, 1000);
}

TEST_F(PlaybackQueueTest, ANewerPositionReplacesTheOlderOneBehindEverythingBeforeIt)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 10));
    record(event(Movie, PlaybackEventKind::Favorite, 2000));
    record(event(Movie, PlaybackEventKind::Progress, 3000, 30));
    EXPECT_EQ(kinds(), (QList{PlaybackEventKind::Favorite, PlaybackEventKind::Progress}));
    EXPECT_EQ(queue.pending(CacheFixture::ServerId).last().positionTicks, 30);
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 2);
}

TEST_F(PlaybackQueueTest, PlayedStateChangesDropThePendingPositionAndStayInOrder)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 10));
    record(event(Movie, PlaybackEventKind::Played, 2000));
    record(event(Movie, PlaybackEventKind::Unplayed, 3000));
    record(event(Movie, PlaybackEventKind::Favorite, 4000));
    record(event(Movie, PlaybackEventKind::Unfavorite, 5000));
    EXPECT_EQ(kinds(), (QList{PlaybackEventKind::Played, PlaybackEventKind::Unplayed, PlaybackEventKind::Favorite,
                              PlaybackEventKind::Unfavorite}));
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_FALSE(data->played);
    EXPECT_FALSE(data->isFavorite);
    EXPECT_EQ(data->positionTicks, 0);
    EXPECT_FALSE(data->lastPlayedAtMs.has_value()) << "unplayed forgets when it was played";
}

TEST_F(PlaybackQueueTest, MarkingPlayedResetsThePositionSoTheItemLeavesContinueWatching)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 10));
    record(event(Movie, PlaybackEventKind::Played, 2000));
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_TRUE(data->played);
    EXPECT_EQ(data->positionTicks, 0);
    EXPECT_EQ(data->playCount, 1);
}

TEST_F(PlaybackQueueTest, ARowHeldForALiveReportHoldsBackLaterRowsOfItsItemOnly)
{
    PlaybackEvent held = event(Movie, PlaybackEventKind::Progress, 1000, 10);
    held.nextAttemptAtMs = 61'000;
    record(held);
    record(event(Movie, PlaybackEventKind::Favorite, 2000));
    record(event(Other, PlaybackEventKind::Played, 3000));

    const auto first = nextDue(5000);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->itemId, Other) << "the held item's favourite must not overtake its position";
    ASSERT_TRUE(queue.remove(first->seq));
    EXPECT_FALSE(nextDue(5000).has_value());

    ASSERT_TRUE(queue.releaseAll()); // as after a restart
    const auto second = nextDue(5000);
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->kind, PlaybackEventKind::Progress);
}

TEST_F(PlaybackQueueTest, AConfirmedLiveReportRemovesOnlyThePositionItCarried)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 10));
    ASSERT_TRUE(queue.removeConfirmedProgress(CacheFixture::ServerId, Movie, 1000, 10));
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 0);

    record(event(Movie, PlaybackEventKind::Progress, 2000, 20));
    record(event(Movie, PlaybackEventKind::Progress, 3000, 30));
    ASSERT_TRUE(queue.removeConfirmedProgress(CacheFixture::ServerId, Movie, 2000, 20)); // a late answer
    ASSERT_TRUE(queue.removeConfirmedProgress(CacheFixture::ServerId, Movie, 3000, 25)); // not what is queued
    ASSERT_EQ(queue.pendingCount(CacheFixture::ServerId), 1);
    EXPECT_EQ(queue.pending(CacheFixture::ServerId).first().positionTicks, 30);
}

TEST_F(PlaybackQueueTest, AFailedRowWaitsAndCountsItsAttemptsUntilReleased)
{
    const qint64 seq = record(event(Movie, PlaybackEventKind::Favorite, 1000));
    ASSERT_TRUE(queue.postpone(seq, 20'000, QStringLiteral("Server unreachable")));
    EXPECT_FALSE(nextDue(10'000).has_value());
    ASSERT_TRUE(queue.releaseFailed(CacheFixture::ServerId));
    const auto next = nextDue(10'000);
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->attempts, 1);
    EXPECT_EQ(next->lastError, QStringLiteral("Server unreachable"));
}

TEST_F(PlaybackQueueTest, AChangeWithoutAnItemIsRefusedAndWritesNothing)
{
    const Result<qint64> seq = queue.record(event(QString(), PlaybackEventKind::Played, 1000));
    EXPECT_FALSE(seq.ok());
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 0);
}

TEST_F(PlaybackQueueTest, ANewerChangeFromAnotherDeviceWinsAndItsQueuedPositionIsNotSent)
{
    record(event(Movie, PlaybackEventKind::Progress, 1000, 10));
    UserData server{Movie, false, 3, 70, false, 2000, {}, {}};
    mergeFromServer(server);
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->positionTicks, 70);
    EXPECT_EQ(data->playCount, 3);
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 0);
}

TEST_F(PlaybackQueueTest, ANewerLocalChangeSurvivesOlderServerDataAndStaysQueued)
{
    record(event(Movie, PlaybackEventKind::Progress, 3000, 10));
    mergeFromServer(UserData{Movie, true, 3, 0, false, 2000, {}, {}});
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->positionTicks, 10);
    EXPECT_FALSE(data->played);
    EXPECT_EQ(data->serverUpdatedAtMs, 50'000);
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 1);
}

TEST_F(PlaybackQueueTest, OnATieTheLargerPositionWins)
{
    record(event(Movie, PlaybackEventKind::Progress, 2000, 10));
    mergeFromServer(UserData{Movie, false, 1, 5, false, 2000, {}, {}});
    EXPECT_EQ(local(Movie)->positionTicks, 10);
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 1);

    mergeFromServer(UserData{Movie, false, 1, 90, false, 2000, {}, {}});
    EXPECT_EQ(local(Movie)->positionTicks, 90);
    EXPECT_EQ(queue.pendingCount(CacheFixture::ServerId), 0);
}

TEST_F(PlaybackQueueTest, AQueuedFavouriteIsKeptWhileTheServersPlayStateIsTaken)
{
    record(event(Movie, PlaybackEventKind::Favorite, 1000));
    mergeFromServer(UserData{Movie, true, 2, 0, false, 500, {}, {}});
    const auto data = local(Movie);
    ASSERT_TRUE(data.has_value());
    EXPECT_TRUE(data->isFavorite);
    EXPECT_TRUE(data->played) << "no play-state change is queued: the server's is the truth";
    EXPECT_EQ(kinds(), QList{PlaybackEventKind::Favorite});
}

TEST(UserDataConflict, AServerWithoutALastPlayedDateIsOlderThanAnyLocalChange)
{
    const UserData local{Movie, false, 0, 10, false, 100, {}, 100};
    const UserData server{Movie, true, 1, 0, true, {}, {}, {}};
    const auto resolution = UserDataConflict::resolve(local, server, PendingLocalChange{100, false});
    EXPECT_FALSE(resolution.serverWinsPlayState);
    EXPECT_EQ(resolution.merged.positionTicks, 10);
    EXPECT_TRUE(resolution.merged.isFavorite) << "no favourite change is queued";
    EXPECT_FALSE(resolution.reason.isEmpty());
}
