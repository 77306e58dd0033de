// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemreader.h"
#include "storage/itemwriter.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

class ItemRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies")); }

    QList<ItemSummary> readAll(int pageSize)
    {
        ItemReader reader(fixture.connection());
        QList<ItemSummary> all;
        LibraryPageRequest request;
        request.query = {QStringLiteral("movies"), ItemType::Movie, {}};
        request.limit = pageSize;
        for (;;) {
            const LibraryRows page = reader.libraryPage(request);
            all += page.items;
            if (page.items.size() < pageSize)
                return all;
            request.after = page.last;
        }
    }

    CacheFixture fixture;
};

} // namespace

TEST_F(ItemRepositoryTest, KeysetPagesVisitEveryItemOnceInNameOrder)
{
    fixture.addMovies(QStringLiteral("movies"), 1000);
    const QList<ItemSummary> all = readAll(128);
    ASSERT_EQ(all.size(), 1000);
    QSet<QString> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0)
            EXPECT_LE(all[i - 1].sortName, all[i].sortName);
    }
    EXPECT_EQ(ids.size(), 1000);
    EXPECT_EQ(all.first().name, QStringLiteral("Movie 00000"));
}

TEST_F(ItemRepositoryTest, KeysetPagingNeitherSkipsNorRepeatsItemsWithEqualSortNames)
{
    // 25 remakes share one sort name: a page boundary falls inside the run of ties.
    QList<MediaItem> remakes;
    for (int i = 0; i < 25; ++i) {
        MediaItem item = CacheFixture::movie(QStringLiteral("movies"), i, QStringLiteral("Remake"));
        item.name = QStringLiteral("King Kong");
        item.sortName = QStringLiteral("king kong");
        remakes.append(item);
    }
    fixture.write(remakes);
    fixture.addMovies(QStringLiteral("movies"), 10, QStringLiteral("Alpha"));

    const QList<ItemSummary> all = readAll(7);
    ASSERT_EQ(all.size(), 35);
    QStringList kongIds;
    for (const ItemSummary &item : all) {
        if (item.sortName == QLatin1String("king kong"))
            kongIds << item.id;
    }
    ASSERT_EQ(kongIds.size(), 25);
    QStringList sorted = kongIds;
    sorted.sort();
    EXPECT_EQ(kongIds, sorted) << "ties are ordered by id";
    EXPECT_EQ(QSet<QString>(kongIds.begin(), kongIds.end()).size(), 25);
}

TEST_F(ItemRepositoryTest, PagesCarryThePlayedStateOfTheCachedServer)
{
    const QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 3);
    UserData started;
    started.itemId = movies[1].id;
    started.positionTicks = 12345;
    fixture.setUserData(started);
    UserData watched;
    watched.itemId = movies[2].id;
    watched.played = true;
    fixture.setUserData(watched);

    const QList<ItemSummary> all = readAll(10);
    ASSERT_EQ(all.size(), 3);
    EXPECT_FALSE(all[0].played);
    EXPECT_EQ(all[0].positionTicks, 0);
    EXPECT_EQ(all[1].positionTicks, 12345);
    EXPECT_TRUE(all[2].played);
}

TEST_F(ItemRepositoryTest, AnUnchangedEtagDoesNotRewriteTheRow)
{
    QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 5);
    ItemWriter writer(fixture.connection(), fixture.config());

    WriteTransaction unchanged(fixture.connection());
    EXPECT_EQ(writer.upsert(movies, fixture.clock().nowMs()), 0);
    ASSERT_TRUE(unchanged.commit());

    movies[3].name = QStringLiteral("Renamed");
    movies[3].etag = QStringLiteral("new-etag");
    WriteTransaction changed(fixture.connection());
    EXPECT_EQ(writer.upsert(movies, fixture.clock().nowMs()), 1);
    ASSERT_TRUE(changed.commit());
    EXPECT_EQ(ItemReader(fixture.connection()).item(movies[3].id)->name, QStringLiteral("Renamed"));
}

TEST_F(ItemRepositoryTest, ASummaryListingKeepsTheCastThatADetailsFetchStored)
{
    MediaItem full = CacheFixture::movie(QStringLiteral("movies"), 1, QStringLiteral("Movie"));
    full.detailLevel = DetailLevel::Full;
    full.people = {{QStringLiteral("p1"), QStringLiteral("Ada Lovelace"), QStringLiteral("Countess"),
                    QStringLiteral("Actor"), {}}};
    full.studios = {QStringLiteral("Analytical Pictures")};
    fixture.write({full});

    MediaItem summary = full;
    summary.detailLevel = DetailLevel::Summary;
    summary.people.clear();
    summary.studios.clear();
    summary.etag = QStringLiteral("changed");
    summary.overview = QStringLiteral("A new overview.");
    fixture.write({summary});

    const auto stored = ItemReader(fixture.connection()).item(full.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->overview, QStringLiteral("A new overview."));
    EXPECT_EQ(stored->detailLevel, DetailLevel::Full);
    ASSERT_EQ(stored->people.size(), 1);
    EXPECT_EQ(stored->people.first(), full.people.first());
    EXPECT_EQ(stored->studios, full.studios);
}

TEST_F(ItemRepositoryTest, DetailsRoundTripEveryField)
{
    MediaItem movie = CacheFixture::movie(QStringLiteral("movies"), 7, QStringLiteral("Movie"));
    movie.name = QStringLiteral("<img src=x> Amélie & 東京");
    movie.originalTitle = QStringLiteral("Le Fabuleux Destin");
    movie.tagline = QStringLiteral("She'll change your life.");
    movie.criticRating = 88;
    movie.premiereDate = QStringLiteral("2001-04-25T00:00:00.0000000Z");
    movie.backdropImageTag = QStringLiteral("backdrop");
    movie.detailLevel = DetailLevel::Full;
    movie.people = {{QStringLiteral("p"), QStringLiteral("Audrey"), QStringLiteral("Amélie"), QStringLiteral("Actor"),
                     QStringLiteral("img")}};
    movie.studios = {QStringLiteral("UGC")};
    fixture.write({movie});

    auto stored = ItemReader(fixture.connection()).item(movie.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->userData.has_value());
    EXPECT_EQ(*stored, movie);
}

TEST_F(ItemRepositoryTest, ChildrenComeInSeasonAndEpisodeOrder)
{
    fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    const MediaItem series = fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Orbit"), 3, 12);
    ItemReader reader(fixture.connection());
    const QList<MediaItem> seasons = reader.children(series.id);
    ASSERT_EQ(seasons.size(), 3);
    EXPECT_EQ(seasons[0].name, QStringLiteral("Season 1"));
    EXPECT_EQ(seasons[2].indexNumber, 3);
    const QList<MediaItem> episodes = reader.children(seasons[1].id);
    ASSERT_EQ(episodes.size(), 12);
    for (int i = 0; i < episodes.size(); ++i)
        EXPECT_EQ(episodes[i].indexNumber, i + 1) << "episode 10 must not sort before episode 2";
    EXPECT_EQ(reader.countInLibrary(QStringLiteral("shows"), ItemType::Series), 1);
    EXPECT_EQ(reader.countInLibrary(QStringLiteral("shows"), ItemType::Episode), 36);
}

TEST_F(ItemRepositoryTest, OfflineSearchFindsPrefixesIgnoresAccentsAndTreatsSyntaxAsText)
{
    QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 3);
    movies[0].name = QStringLiteral("Amélie");
    movies[0].etag = QStringLiteral("e1");
    movies[1].name = QStringLiteral("The Matrix");
    movies[1].etag = QStringLiteral("e2");
    fixture.write(movies);

    ItemReader reader(fixture.connection());
    const QList<ItemSummary> accent = reader.search(QStringLiteral("amel"), 10);
    ASSERT_EQ(accent.size(), 1);
    EXPECT_EQ(accent.first().name, QStringLiteral("Amélie"));
    EXPECT_EQ(reader.search(QStringLiteral("matr"), 10).size(), 1);
    EXPECT_TRUE(reader.search(QStringLiteral("Movie 00001"), 10).isEmpty()) << "the rename left the index";
    EXPECT_TRUE(reader.search(QStringLiteral("\" OR * NEAR( -"), 10).isEmpty());
    EXPECT_TRUE(reader.search(QString(), 10).isEmpty());
}

TEST_F(ItemRepositoryTest, RemovedItemsLeaveTheLibraryAndTheSearchIndex)
{
    const QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 4);
    ItemWriter writer(fixture.connection(), fixture.config());
    EXPECT_EQ(writer.idsInLibrary(QStringLiteral("movies")).size(), 4);
    WriteTransaction transaction(fixture.connection());
    EXPECT_EQ(writer.remove({movies[0].id, movies[1].id, QStringLiteral("unknown")}), 2);
    ASSERT_TRUE(transaction.commit());

    ItemReader reader(fixture.connection());
    EXPECT_EQ(reader.countInLibrary(QStringLiteral("movies"), ItemType::Movie), 2);
    EXPECT_TRUE(reader.search(QStringLiteral("Movie 00000"), 10).isEmpty());
    EXPECT_EQ(reader.search(QStringLiteral("Movie 00003"), 10).size(), 1);
}

TEST_F(ItemRepositoryTest, AFailedBatchLeavesTheCacheAsItWas)
{
    fixture.addMovies(QStringLiteral("movies"), 3);
    QList<MediaItem> batch;
    batch.append(CacheFixture::movie(QStringLiteral("movies"), 100, QStringLiteral("Movie")));
    batch.append(CacheFixture::movie(QStringLiteral("no-such-library"), 101, QStringLiteral("Movie")));
    {
        ItemWriter writer(fixture.connection(), fixture.config());
        WriteTransaction transaction(fixture.connection());
        EXPECT_EQ(writer.upsert(batch, fixture.clock().nowMs()), -1) << "the foreign key rejects the second row";
        // No commit: the guard rolls back.
    }
    EXPECT_EQ(ItemReader(fixture.connection()).countInLibrary(QStringLiteral("movies"), ItemType::Movie), 3);
}
