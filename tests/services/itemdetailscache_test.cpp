// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/itemdetailscache.h"
#include "services/itemdetailssource.h"
#include "services/messagebroker.h"
#include "storage/itemreader.h"
#include "support/cachefixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

constexpr qint64 Minute = 60'000;

MediaItem itemNamed(const QString &id)
{
    MediaItem item;
    item.id = id;
    item.name = QStringLiteral("Name of ") + id;
    return item;
}

} // namespace

TEST(ItemDetailsCacheTest, EvictsTheLeastRecentlyUsedEntry)
{
    ManualClock clock;
    ItemDetailsCache cache(clock, 3);
    cache.put(itemNamed(QStringLiteral("a")));
    cache.put(itemNamed(QStringLiteral("b")));
    cache.put(itemNamed(QStringLiteral("c")));
    ASSERT_TRUE(cache.get(QStringLiteral("a"))) << "reading a makes b the least recently used";
    cache.put(itemNamed(QStringLiteral("d")));

    EXPECT_EQ(cache.size(), 3);
    EXPECT_FALSE(cache.contains(QStringLiteral("b")));
    EXPECT_TRUE(cache.contains(QStringLiteral("a")));
    EXPECT_TRUE(cache.contains(QStringLiteral("c")));
    EXPECT_TRUE(cache.contains(QStringLiteral("d")));

    cache.put(itemNamed(QStringLiteral("e")));
    EXPECT_FALSE(cache.contains(QStringLiteral("c"))) << "then c, which nobody read";
}

TEST(ItemDetailsCacheTest, PuttingAnItemAgainReplacesItAndMakesItRecent)
{
    ManualClock clock;
    ItemDetailsCache cache(clock, 2);
    cache.put(itemNamed(QStringLiteral("a")));
    cache.put(itemNamed(QStringLiteral("b")));
    MediaItem renamed = itemNamed(QStringLiteral("a"));
    renamed.name = QStringLiteral("Renamed");
    cache.put(renamed);
    cache.put(itemNamed(QStringLiteral("c")));
    EXPECT_FALSE(cache.contains(QStringLiteral("b")));
    EXPECT_EQ(cache.get(QStringLiteral("a"))->name, QStringLiteral("Renamed"));
}

TEST(ItemDetailsCacheTest, EntriesOlderThanTheMaximumAgeAreMisses)
{
    ManualClock clock;
    ItemDetailsCache cache(clock);
    EXPECT_EQ(cache.capacity(), 1000);
    EXPECT_EQ(cache.maxAgeMs(), 60 * Minute);
    cache.put(itemNamed(QStringLiteral("a")));
    clock.advanceMs(59 * Minute);
    EXPECT_TRUE(cache.get(QStringLiteral("a")).has_value());
    clock.advanceMs(Minute);
    EXPECT_FALSE(cache.get(QStringLiteral("a")).has_value());
    EXPECT_FALSE(cache.contains(QStringLiteral("a"))) << "an expired entry is dropped when found";

    cache.setMaxAgeMs(5 * Minute);
    cache.put(itemNamed(QStringLiteral("b")));
    clock.advanceMs(5 * Minute);
    EXPECT_FALSE(cache.get(QStringLiteral("b")).has_value());
}

TEST(ItemDetailsCacheTest, CountsHitsAndMissesAndInvalidates)
{
    ManualClock clock;
    ItemDetailsCache cache(clock);
    EXPECT_FALSE(cache.get(QStringLiteral("a")));
    cache.put(itemNamed(QStringLiteral("a")));
    cache.put(itemNamed(QStringLiteral("b")));
    EXPECT_TRUE(cache.get(QStringLiteral("a")));
    EXPECT_TRUE(cache.get(QStringLiteral("a")));
    cache.invalidate(QStringLiteral("a"));
    EXPECT_FALSE(cache.get(QStringLiteral("a")));
    EXPECT_TRUE(cache.get(QStringLiteral("b")));
    cache.invalidateAll();
    EXPECT_FALSE(cache.get(QStringLiteral("b")));
    EXPECT_EQ(cache.hits(), 3);
    EXPECT_EQ(cache.misses(), 3);
    cache.resetCounters();
    EXPECT_EQ(cache.hits() + cache.misses(), 0);
}

TEST(ItemDetailsCacheTest, ShrinkingTheCapacityEvictsTheOldest)
{
    ManualClock clock;
    ItemDetailsCache cache(clock, 10);
    for (int i = 0; i < 10; ++i)
        cache.put(itemNamed(QString::number(i)));
    cache.setCapacity(4);
    EXPECT_EQ(cache.size(), 4);
    EXPECT_TRUE(cache.contains(QStringLiteral("9")));
    EXPECT_FALSE(cache.contains(QStringLiteral("5")));
}

class ItemDetailsSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
        movies = fixture.addMovies(QStringLiteral("movies"), 5);
    }

    void renameInDatabase(const QString &id, const QString &name)
    {
        MediaItem item = *reader.item(id);
        item.name = name;
        item.etag = QStringLiteral("changed");
        fixture.write({item});
    }

    CacheFixture fixture;
    ItemReader reader{fixture.connection()};
    ItemDetailsCache cache{fixture.clock()};
    MessageBroker broker;
    ItemDetailsSource source{reader, cache, &broker};
    QList<MediaItem> movies;
};

TEST_F(ItemDetailsSourceTest, ReadsThroughTheCache)
{
    const QString id = movies[2].id;
    ASSERT_TRUE(source.item(id).has_value());
    EXPECT_EQ(cache.misses(), 1);
    renameInDatabase(id, QStringLiteral("Renamed"));
    EXPECT_EQ(source.item(id)->name, movies[2].name) << "served from memory";
    EXPECT_EQ(cache.hits(), 1);

    EXPECT_FALSE(source.item(QStringLiteral("not-cached")).has_value());
    EXPECT_FALSE(cache.contains(QStringLiteral("not-cached"))) << "absence is not remembered";
}

TEST_F(ItemDetailsSourceTest, AnItemScopeUpdateDropsThatItemOnly)
{
    (void)source.item(movies[0].id);
    (void)source.item(movies[1].id);
    renameInDatabase(movies[0].id, QStringLiteral("Renamed"));
    Q_EMIT broker.scopeUpdated(QStringLiteral("item:") + movies[0].id);
    EXPECT_FALSE(cache.contains(movies[0].id));
    EXPECT_TRUE(cache.contains(movies[1].id));
    EXPECT_EQ(source.item(movies[0].id)->name, QStringLiteral("Renamed"));
}

TEST_F(ItemDetailsSourceTest, LibrarySeriesAndHomeUpdatesDropEverything)
{
    for (const QString &scope : {QStringLiteral("library:movies"), QStringLiteral("series:x"), QStringLiteral("home")}) {
        (void)source.item(movies[0].id);
        (void)source.item(movies[1].id);
        ASSERT_EQ(cache.size(), 2);
        Q_EMIT broker.scopeUpdated(scope);
        EXPECT_EQ(cache.size(), 0) << scope.toStdString();
    }
}

TEST_F(ItemDetailsSourceTest, InvalidateItemsDropsTheGivenIds)
{
    for (const MediaItem &movie : std::as_const(movies))
        (void)source.item(movie.id);
    source.invalidateItems({movies[0].id, movies[3].id});
    EXPECT_EQ(cache.size(), 3);
    EXPECT_FALSE(cache.contains(movies[3].id));
}
