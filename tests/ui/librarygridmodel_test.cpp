// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemreader.h"
#include "support/cachefixture.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "uirepositories.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

class LibraryGridModelTest : public ::testing::Test
{
protected:
    LibraryGridModelTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
        // The tester would call fetchMore() from its modelReset handler, before it marks the reset finished, and
        // then report the inserted rows as a change during a reset; these tests drive fetchMore() themselves.
        tester.setUseFetchMore(false);
    }

    QStringList allIds() const
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(ItemRoles::IdRole).toString();
        return ids;
    }

    CacheFixture cache;
    ItemReader reader{cache.connection()};
    LibraryGridModel model{reader};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(LibraryGridModelTest, PagesThroughTheLibraryWithFetchMore)
{
    const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 450);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore({}));

    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 200);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_TRUE(model.atEnd());
    EXPECT_EQ(inserted.count(), 3);

    // Keyset order: sort name, then id; every item exactly once.
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Movie 00000"));
    EXPECT_EQ(model.index(449).data().toString(), QStringLiteral("Movie 00449"));
    const QStringList ids = allIds();
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), 450);
    EXPECT_FALSE(model.canFetchMore(model.index(0)));
}

TEST_F(LibraryGridModelTest, ALibraryOfExactlyOnePageEndsOnTheEmptyNextPage)
{
    cache.addMovies(QStringLiteral("lib-movies"), 10);
    model.setPageSize(5);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(LibraryGridModelTest, TiesInSortNamesAreNeitherSkippedNorRepeatedAcrossPages)
{
    QList<MediaItem> twins;
    for (int i = 0; i < 7; ++i)
        twins << test::namedMovie(QStringLiteral("lib-movies"), i, QStringLiteral("Solaris"));
    twins << test::namedMovie(QStringLiteral("lib-movies"), 7, QStringLiteral("Alien"))
          << test::namedMovie(QStringLiteral("lib-movies"), 8, QStringLiteral("Zodiac"));
    cache.write(twins);
    model.setPageSize(2);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    while (model.canFetchMore({}))
        model.fetchMore({});

    ASSERT_EQ(model.rowCount(), 9);
    const QStringList ids = allIds();
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), 9);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Alien"));
    EXPECT_EQ(model.index(8).data().toString(), QStringLiteral("Zodiac"));
    for (int row = 1; row < 8; ++row) {
        EXPECT_EQ(model.index(row).data().toString(), QStringLiteral("Solaris"));
        if (row > 1)
            EXPECT_LT(ids.at(row - 1), ids.at(row)) << "ties are ordered by id";
    }
}

TEST_F(LibraryGridModelTest, AnEmptyOrUnknownLibraryHasNothingToFetch)
{
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    model.setLibrary(QString(), ItemType::Movie);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(LibraryGridModelTest, RolesCarryTheUsersPlayedStateAndProgress)
{
    const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 3);
    cache.setUserData({movies[0].id, true, 1, 0, false, 1'700'000'000'000, {}, {}});
    cache.setUserData({movies[1].id, false, 0, movies[1].runTimeTicks / 4, false, 1'700'000'000'000, {}, {}});
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    model.fetchMore({});
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

TEST_F(LibraryGridModelTest, ReloadKeepsAsManyRowsAndShowsChanges)
{
    QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 30);
    model.setPageSize(10);
    model.setLibrary(QStringLiteral("lib-movies"), ItemType::Movie);
    model.fetchMore({});
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 20);

    movies[0].name = QStringLiteral("Movie 00000 (Director's Cut)");
    movies[0].sortName = movies[0].name.toLower();
    movies[0].etag = QStringLiteral("etag-renamed");
    cache.write({movies[0]});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Movie 00000 (Director's Cut)"));
    EXPECT_TRUE(model.canFetchMore({}));
}

} // namespace
