// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting, filtering and searching a library through ItemReader, with page sizes small enough that every order
// crosses many page boundaries, read forwards (after a cursor), backwards (before a cursor) and by offset.
#include "storage/itemreader.h"
#include "storage/itemwriter.h"
#include "support/cachefixture.h"

#include <QDateTime>
#include <algorithm>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

const QString Movies = QStringLiteral("movies");
const QString Others = QStringLiteral("others");

/// A movie whose sort keys come in runs of ties and gaps: years repeat every 5, every 7th has no year, ratings
/// repeat every 4 and every 6th has none, and a few share one sort name.
MediaItem variedMovie(const QString &libraryId, int index)
{
    MediaItem item = CacheFixture::movie(libraryId, index, libraryId == Movies ? QStringLiteral("Movie")
                                                                                : QStringLiteral("Other"));
    item.name = index % 9 == 0 ? QStringLiteral("Twin") : QStringLiteral("Title %1").arg((index * 17) % 41, 2, 10,
                                                                                          QLatin1Char('0'));
    item.sortName = item.name.toLower();
    item.productionYear = index % 7 == 0 ? std::nullopt : std::optional<int>(1990 + index % 5);
    item.communityRating = index % 6 == 0 ? std::nullopt : std::optional<double>(6.0 + (index % 4) * 0.5);
    item.dateCreated = index % 10 == 3 ? QString()
                                       : QDateTime::fromSecsSinceEpoch(1'600'000'000 + (index * 37 % 23) * 3600, Qt::UTC)
                                             .toString(Qt::ISODate);
    item.genres = index % 3 == 0 ? QStringList{QStringLiteral("Drama"), QStringLiteral("Western")}
                                 : QStringList{QStringLiteral("Comedy")};
    return item;
}

/// The order a user expects: the key with missing values lowest, then the sort name, then the id; descending
/// reverses all three.
QVariant expectedKey(const MediaItem &item, LibrarySort sort)
{
    switch (sort) {
    case LibrarySort::Name: return item.sortName;
    case LibrarySort::Year: return item.productionYear.value_or(-1);
    case LibrarySort::DateAdded: return item.dateCreated;
    case LibrarySort::CommunityRating: return item.communityRating.value_or(-1.0);
    }
    return {};
}

QStringList expectedIds(QList<MediaItem> items, const LibraryView &view)
{
    std::sort(items.begin(), items.end(), [&](const MediaItem &a, const MediaItem &b) {
        const QVariant ka = expectedKey(a, view.sort);
        const QVariant kb = expectedKey(b, view.sort);
        const QPartialOrdering keyOrder = QVariant::compare(ka, kb);
        if (keyOrder != QPartialOrdering::Equivalent)
            return (keyOrder == QPartialOrdering::Less) == (view.order == Qt::AscendingOrder);
        if (a.sortName != b.sortName)
            return (a.sortName < b.sortName) == (view.order == Qt::AscendingOrder);
        return (a.id < b.id) == (view.order == Qt::AscendingOrder);
    });
    QStringList ids;
    for (const MediaItem &item : items)
        ids << item.id;
    return ids;
}

QStringList idsOf(const QList<ItemSummary> &items)
{
    QStringList ids;
    for (const ItemSummary &item : items)
        ids << item.id;
    return ids;
}

class LibraryViewsTest : public ::testing::Test
{
protected:
    LibraryViewsTest()
    {
        fixture.addLibrary(Movies, QStringLiteral("Movies"), QStringLiteral("movies"));
        fixture.addLibrary(Others, QStringLiteral("Others"), QStringLiteral("movies"));
        for (int i = 0; i < 47; ++i)
            movies << variedMovie(Movies, i);
        fixture.write(movies);
        QList<MediaItem> others;
        for (int i = 0; i < 5; ++i)
            others << variedMovie(Others, i);
        fixture.write(others);
    }

    LibraryQuery query(const LibraryView &view) const { return {Movies, ItemType::Movie, view}; }

    QStringList readForwards(const LibraryView &view, int pageSize)
    {
        LibraryPageRequest request{query(view), std::nullopt, std::nullopt, 0, pageSize};
        QStringList ids;
        for (int guard = 0; guard < 1000; ++guard) {
            const LibraryRows page = reader.libraryPage(request);
            ids += idsOf(page.items);
            if (page.items.size() < pageSize)
                break;
            request.after = page.last;
        }
        return ids;
    }

    /// From the last page back to the first, each page read before the first row of the one after it.
    QStringList readBackwards(const LibraryView &view, int pageSize, int total)
    {
        const int lastPage = (total - 1) / pageSize;
        LibraryPageRequest request{query(view), std::nullopt, std::nullopt, lastPage * pageSize, pageSize, total};
        LibraryRows page = reader.libraryPage(request);
        QStringList ids = idsOf(page.items);
        request.offset = 0;
        for (int guard = 0; guard < 1000 && !page.items.isEmpty(); ++guard) {
            request.before = page.first;
            page = reader.libraryPage(request);
            ids = idsOf(page.items) + ids;
        }
        return ids;
    }

    void setUserData(const QString &itemId, bool played, bool favourite)
    {
        fixture.setUserData({itemId, played, played ? 1 : 0, 0, favourite, {}, {}, {}});
    }

    CacheFixture fixture;
    ItemReader reader{fixture.connection()};
    QList<MediaItem> movies;
};

TEST_F(LibraryViewsTest, EverySortOrderPagesInOrderForwardsBackwardsAndByOffset)
{
    for (LibrarySort sort : {LibrarySort::Name, LibrarySort::Year, LibrarySort::DateAdded,
                             LibrarySort::CommunityRating}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "sort " << int(sort) << " order " << int(order));
            LibraryView view;
            view.sort = sort;
            view.order = order;
            const QStringList expected = expectedIds(movies, view);
            EXPECT_EQ(readForwards(view, 4), expected);
            EXPECT_EQ(readBackwards(view, 4, int(expected.size())), expected);
            const LibraryRows middle = reader.libraryPage({query(view), std::nullopt, std::nullopt, 20, 6});
            EXPECT_EQ(idsOf(middle.items), expected.mid(20, 6));
            const int total = int(expected.size());
            const LibraryRows nearEnd = reader.libraryPage({query(view), std::nullopt, std::nullopt, 40, 6, total});
            EXPECT_EQ(idsOf(nearEnd.items), expected.mid(40, 6)) << "walked from the end";
            EXPECT_EQ(reader.countInView(query(view)), expected.size());
        }
    }
}

TEST_F(LibraryViewsTest, UnplayedFavouritesAndGenreFiltersCombineAndKeepTheOrder)
{
    QList<MediaItem> played;
    QList<MediaItem> unplayed;
    QList<MediaItem> favourites;
    for (int i = 0; i < movies.size(); ++i) {
        const bool isPlayed = i % 4 == 1;
        const bool isFavourite = i % 5 == 2;
        if (isPlayed || isFavourite)
            setUserData(movies[i].id, isPlayed, isFavourite);
        (isPlayed ? played : unplayed) << movies[i];
        if (isFavourite)
            favourites << movies[i];
    }
    const auto westerns = [](const QList<MediaItem> &items) {
        QList<MediaItem> kept;
        std::copy_if(items.begin(), items.end(), std::back_inserter(kept),
                     [](const MediaItem &item) { return item.genres.contains(QStringLiteral("Western")); });
        return kept;
    };

    LibraryView view;
    view.sort = LibrarySort::Year;
    view.order = Qt::DescendingOrder;
    view.unplayedOnly = true;
    EXPECT_EQ(readForwards(view, 3), expectedIds(unplayed, view));
    EXPECT_EQ(reader.countInView(query(view)), unplayed.size());

    view.unplayedOnly = false;
    view.favouritesOnly = true;
    EXPECT_EQ(readForwards(view, 2), expectedIds(favourites, view));
    EXPECT_EQ(reader.countInView(query(view)), favourites.size());

    view.unplayedOnly = true;
    QList<MediaItem> unplayedFavourites;
    std::copy_if(favourites.begin(), favourites.end(), std::back_inserter(unplayedFavourites),
                 [&](const MediaItem &item) { return unplayed.contains(item); });
    EXPECT_EQ(readForwards(view, 2), expectedIds(unplayedFavourites, view));
    EXPECT_EQ(reader.countInView(query(view)), unplayedFavourites.size());

    view.unplayedOnly = false;
    view.favouritesOnly = false;
    view.genre = QStringLiteral("Western");
    EXPECT_EQ(readForwards(view, 3), expectedIds(westerns(movies), view));
    EXPECT_EQ(reader.countInView(query(view)), westerns(movies).size());

    view.unplayedOnly = true;
    view.sort = LibrarySort::Name;
    EXPECT_EQ(readForwards(view, 3), expectedIds(westerns(unplayed), view));
    EXPECT_EQ(reader.countInView(query(view)), westerns(unplayed).size());

    view.genre = QStringLiteral("Musical");
    EXPECT_TRUE(readForwards(view, 3).isEmpty());
    EXPECT_EQ(reader.countInView(query(view)), 0);
}

TEST_F(LibraryViewsTest, SearchFindsTitlesByPrefixInThisLibraryOnly)
{
    LibraryView view;
    view.searchText = QStringLiteral("tit 1");
    QList<MediaItem> expected;
    for (const MediaItem &item : movies) {
        if (item.name.startsWith(QStringLiteral("Title 1")))
            expected << item;
    }
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(readForwards(view, 2), expectedIds(expected, view));
    EXPECT_EQ(reader.countInView(query(view)), expected.size());

    // "Twin" exists in both libraries; only this library's twins come back.
    view.searchText = QStringLiteral("TWI");
    const QStringList twins = readForwards(view, 50);
    ASSERT_FALSE(twins.isEmpty());
    for (const QString &id : twins)
        EXPECT_TRUE(id.startsWith(QStringLiteral("movi"))) << id.toStdString();

    view.searchText = QStringLiteral("\" OR * NEAR(");
    EXPECT_EQ(readForwards(view, 50).size(), 0) << "syntax is searched as text, and finds nothing";
    view.searchText = QStringLiteral("  ");
    EXPECT_EQ(readForwards(view, 50).size(), movies.size()) << "a blank search is no search";
}

TEST_F(LibraryViewsTest, GenreListFollowsWritesAndDeletes)
{
    EXPECT_EQ(reader.genresInLibrary(Movies, ItemType::Movie),
              (QStringList{QStringLiteral("Comedy"), QStringLiteral("Drama"), QStringLiteral("Western")}));
    EXPECT_TRUE(reader.genresInLibrary(Movies, ItemType::Series).isEmpty());

    QList<MediaItem> changed = movies;
    for (MediaItem &item : changed) {
        item.genres = {QStringLiteral("Film-Noir")};
        item.etag += QStringLiteral("-2");
    }
    changed.first().genres = {QStringLiteral("Comedy"), QStringLiteral("Comedy")};
    fixture.write(changed);
    EXPECT_EQ(reader.genresInLibrary(Movies, ItemType::Movie),
              (QStringList{QStringLiteral("Comedy"), QStringLiteral("Film-Noir")}));
    LibraryView comedy;
    comedy.genre = QStringLiteral("Comedy");
    EXPECT_EQ(reader.countInView(query(comedy)), 1) << "a repeated genre counts once";

    ItemWriter writer(fixture.connection(), fixture.config());
    EXPECT_EQ(writer.remove({changed.first().id}), 1);
    EXPECT_EQ(reader.genresInLibrary(Movies, ItemType::Movie), QStringList{QStringLiteral("Film-Noir")});
    EXPECT_EQ(reader.countInView(query(comedy)), 0);
}

TEST(LibraryViewSetting, RoundTripsTheRememberedPartAndRejectsGarbage)
{
    LibraryView view;
    view.sort = LibrarySort::CommunityRating;
    view.order = Qt::DescendingOrder;
    view.favouritesOnly = true;
    view.genre = QStringLiteral("Science \"Fiction\"");
    view.searchText = QStringLiteral("not remembered");
    const Result<LibraryView> back = decodeLibraryView(encodeLibraryView(view));
    ASSERT_TRUE(back.ok());
    view.searchText.clear();
    EXPECT_EQ(back.value(), view);

    const Result<LibraryView> garbage = decodeLibraryView(QStringLiteral("{\"sort\": \"popularity\"}"));
    ASSERT_FALSE(garbage.ok());
    EXPECT_NE(garbage.error().message.indexOf(QStringLiteral("popularity")), -1);
    EXPECT_FALSE(decodeLibraryView(QStringLiteral("not json")).ok());
}

} // namespace
