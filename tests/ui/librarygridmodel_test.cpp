// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemreader.h"
#include "storage/itemwriter.h"
#include "support/cachefixture.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "uirepositories.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <numeric>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

class LibraryGridModelTest : public ::testing::Test
{
protected:
    LibraryGridModelTest() { cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies")); }

    QStringList idsInRows(const QList<int> &rows) const
    {
        QStringList ids;
        for (int row : rows)
            ids << model.index(row).data(ItemRoles::IdRole).toString();
        return ids;
    }

    QStringList allIds() const
    {
        QList<int> rows(model.rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        return idsInRows(rows);
    }

    CacheFixture cache;
    ItemReader reader{cache.connection()};
    LibraryGridModel model{reader};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(LibraryGridModelTest, CountsTheWholeLibraryAndReadsOnlyThePagesAskedFor)
{
    cache.addMovies(QStringLiteral("lib-movies"), 450);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_LE(model.loadedPageCount(), 1) << "at most the first page, which the model tester looks at";

    EXPECT_EQ(model.index(449).data().toString(), QStringLiteral("Movie 00449"));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Movie 00000"));
    EXPECT_EQ(model.loadedPageCount(), 2) << "a jump to the end reads the last page only";
    EXPECT_EQ(model.index(250).data().toString(), QStringLiteral("Movie 00250"));
    EXPECT_EQ(model.loadedPageCount(), 3);
    const QStringList ids = allIds();
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), 450);
}

TEST_F(LibraryGridModelTest, RowsReadInAnyOrderMatchTheViewsOrderAcrossPageBoundaries)
{
    cache.addMovies(QStringLiteral("lib-movies"), 60);
    LibraryView byRating;
    byRating.sort = LibrarySort::CommunityRating;
    byRating.order = Qt::DescendingOrder;
    LibraryPageRequest everything{{QStringLiteral("lib-movies"), ItemType::Movie, byRating}, {}, {}, 0, 1000};
    QStringList expected;
    for (const ItemSummary &item : reader.libraryPage(everything).items)
        expected << item.id;
    ASSERT_EQ(expected.size(), 60);

    model.setPageSize(7);
    model.setQuery({QStringLiteral("lib-movies"), ItemType::Movie, byRating});
    // A jump into the middle, then both neighbours (read after and before it), then the ends.
    const QList<int> rows{30, 29, 28, 35, 36, 42, 21, 20, 13, 0, 59, 58, 52, 6, 7, 14};
    QStringList wanted;
    for (int row : rows)
        wanted << expected.at(row);
    EXPECT_EQ(idsInRows(rows), wanted);
    EXPECT_EQ(allIds(), expected);
}

TEST_F(LibraryGridModelTest, KeepsABoundedNumberOfPagesInMemory)
{
    cache.addMovies(QStringLiteral("lib-movies"), 600);
    model.setPageSize(5);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    const QStringList ids = allIds();
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), 600);
    EXPECT_LE(model.loadedPageCount(), LibraryGridModel::MaxLoadedPages);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Movie 00000")) << "a dropped page reads again";
}

TEST_F(LibraryGridModelTest, AnEmptyOrUnknownLibraryHasNoRows)
{
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    EXPECT_EQ(model.rowCount(), 0);
    model.setLibrary(QString(), ItemType::Movie);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.itemAt(3).id.isEmpty());
}

TEST_F(LibraryGridModelTest, AFilterChangesTheRowsInOneReset)
{
    const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 10);
    cache.setUserData({movies[2].id, false, 0, 0, true, {}, {}, {}});
    cache.setUserData({movies[7].id, false, 0, 0, true, {}, {}, {}});
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LibraryView favourites;
    favourites.favouritesOnly = true;
    model.setView(favourites);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(allIds(), (QStringList{movies[2].id, movies[7].id}));
}

TEST_F(LibraryGridModelTest, RolesCarryTheUsersPlayedStateAndProgress)
{
    const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 3);
    cache.setUserData({movies[0].id, true, 1, 0, false, 1'700'000'000'000, {}, {}});
    cache.setUserData({movies[1].id, false, 0, movies[1].runTimeTicks / 4, false, 1'700'000'000'000, {}, {}});
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.index(0).data(ItemRoles::PlayedRole).toBool());
    EXPECT_DOUBLE_EQ(model.index(0).data(ItemRoles::ProgressRole).toDouble(), 0.0);
    EXPECT_FALSE(model.index(1).data(ItemRoles::PlayedRole).toBool());
    EXPECT_NEAR(model.index(1).data(ItemRoles::ProgressRole).toDouble(), 0.25, 0.001);
    EXPECT_EQ(model.index(2).data(ItemRoles::SubtitleRole).toString(), QStringLiteral("1952"));
    EXPECT_EQ(model.index(2).data(ItemRoles::TypeRole).toInt(), int(ItemType::Movie));
    EXPECT_EQ(model.itemAt(2).id, movies[2].id);
    EXPECT_FALSE(model.index(0).data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(model.roleNames().contains(ItemRoles::TitleRole));
}

TEST_F(LibraryGridModelTest, ReloadUpdatesInPlaceAndAddsOrRemovesRowsAtTheEnd)
{
    QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 30);
    model.setPageSize(10);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    ASSERT_EQ(model.rowCount(), 30);
    (void)allIds();

    movies[0].name = QStringLiteral("Movie 00000 (Director's Cut)");
    movies[0].sortName = movies[0].name.toLower();
    movies[0].etag = QStringLiteral("etag-renamed");
    cache.write({movies[0]});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload(0, 11);
    EXPECT_EQ(reset.count(), 0) << "a reset would send the view back to the top";
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0) << "only the renamed row repaints";
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 0);
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Movie 00000 (Director's Cut)"));

    cache.addMovies(QStringLiteral("lib-movies"), 35);
    model.reload(0, 11);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 30);
    EXPECT_EQ(model.rowCount(), 35);
    EXPECT_EQ(model.index(34).data().toString(), QStringLiteral("Movie 00034"));

    ItemWriter(cache.connection(), cache.config()).remove({movies[1].id, movies[2].id});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.reload(0, 11);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowCount(), 33);
}

TEST_F(LibraryGridModelTest, AChangeOutsideTheVisibleRowsRepaintsNothingButIsReadWhenShown)
{
    QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 30);
    model.setPageSize(10);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    (void)allIds();

    movies[25].name = QStringLiteral("Movie 00025 (Extended)");
    movies[25].etag = QStringLiteral("etag-extended");
    cache.write({movies[25]});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.reload(0, 11);
    EXPECT_EQ(changed.count(), 0) << "the rows on screen are the same, so nothing repaints";
    EXPECT_EQ(model.index(25).data().toString(), QStringLiteral("Movie 00025 (Extended)"))
        << "scrolled to, the row shows what the cache holds now";

    movies[3].name = QStringLiteral("Movie 00003 (Remastered)");
    movies[3].etag = QStringLiteral("etag-remastered");
    cache.write({movies[3]});
    model.reload(20, 29);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(model.index(3).data().toString(), QStringLiteral("Movie 00003 (Remastered)"));
}

} // namespace
