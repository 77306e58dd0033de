// SPDX-License-Identifier: GPL-3.0-or-later
// The Home page re-read after a refresh: rows update in place and keep where the user was.
#include "storage/writetransaction.h"
#include "support/cachefixture.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/widgets/posterrow.h"
#include "uirepositories.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

class HomePageTest : public ::testing::Test
{
protected:
    HomePageTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        movies = cache.addMovies(QStringLiteral("lib-movies"), 30);
        cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 4);
        cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Night Shift"), 1, 6);
    }

    void show(HomePage &page)
    {
        page.resize(1000, 700);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    QList<MediaItem> movies;
};

TEST_F(HomePageTest, ContinueWatchingShowsHowFarEachItemGot)
{
    const qint64 now = cache.clock().nowMs();
    cache.setUserData({movies[4].id, false, 0, movies[4].runTimeTicks / 4, false, now - 2000, {}, {}});
    cache.setUserData({movies[9].id, false, 0, movies[9].runTimeTicks * 3 / 4, false, now - 1000, {}, {}});
    HomePage page(repos.home, repos.libraries, repos.images);
    show(page);
    ItemListModel *row = page.continueWatching()->model();
    ASSERT_EQ(row->rowCount(), 2);
    EXPECT_EQ(row->itemAt(0).id, movies[9].id) << "the most recently played first";
    EXPECT_NEAR(row->index(0).data(ItemRoles::ProgressRole).toDouble(), 0.75, 0.001);
    EXPECT_NEAR(row->index(1).data(ItemRoles::ProgressRole).toDouble(), 0.25, 0.001);
    // The rows scroll sideways, never down.
    const PosterRow *posters = page.latestSections().at(0)->row();
    EXPECT_EQ(posters->flow(), QListView::LeftToRight);
    EXPECT_FALSE(posters->isWrapping());
    EXPECT_GT(posters->horizontalScrollBar()->maximum(), 0) << "24 posters do not fit 1000 px";
}

TEST_F(HomePageTest, AReloadUpdatesTheRowsInPlaceAndKeepsTheUsersPlace)
{
    const qint64 now = cache.clock().nowMs();
    cache.setUserData({movies[0].id, false, 0, movies[0].runTimeTicks / 2, false, now - 1000, {}, {}});
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, now - 2000, {}, {}});
    HomePage page(repos.home, repos.libraries, repos.images);
    show(page);
    const QList<HomeSection *> latest = page.latestSections();
    ASSERT_EQ(latest.size(), 2);
    PosterRow *movieRow = latest.at(0)->row();
    movieRow->setCurrentIndex(latest.at(0)->model()->index(6));
    const QString selected = latest.at(0)->model()->itemAt(6).id;
    movieRow->horizontalScrollBar()->setValue(250);
    QScrollBar *pageBar = page.findChild<QScrollArea *>()->verticalScrollBar();
    ASSERT_GT(pageBar->maximum(), 100);
    pageBar->setValue(100);

    // A movie was played on this device and a refresh landed.
    const QString watched = latest.at(0)->model()->itemAt(2).id;
    cache.setUserData({watched, true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    page.reload();
    QTest::qWait(20);
    EXPECT_EQ(page.latestSections(), latest) << "the sections were rebuilt";
    EXPECT_EQ(movieRow->currentIndex().row(), 6);
    EXPECT_EQ(latest.at(0)->model()->itemAt(6).id, selected);
    EXPECT_EQ(movieRow->horizontalScrollBar()->value(), 250);
    EXPECT_EQ(pageBar->value(), 100);
    const int watchedRow = latest.at(0)->model()->rowOf(watched);
    EXPECT_TRUE(latest.at(0)->model()->index(watchedRow).data(ItemRoles::PlayedRole).toBool());

    // A new movie arrives at the front of the row: the selection follows its poster, the row keeps its scroll.
    MediaItem added = CacheFixture::movie(QStringLiteral("lib-movies"), 500, QStringLiteral("Movie"));
    cache.write({added});
    page.reload();
    QTest::qWait(20);
    EXPECT_EQ(latest.at(0)->model()->itemAt(0).id, added.id);
    EXPECT_EQ(latest.at(0)->model()->itemAt(movieRow->currentIndex().row()).id, selected);
    EXPECT_EQ(movieRow->horizontalScrollBar()->value(), 250);
}

TEST_F(HomePageTest, LibrariesAddedRenamedOrRemovedChangeOnlyTheirOwnRows)
{
    HomePage page(repos.home, repos.libraries, repos.images);
    show(page);
    HomeSection *movieSection = page.latestSections().at(0);
    HomeSection *showSection = page.latestSections().at(1);

    cache.addLibrary(QStringLiteral("lib-docs"), QStringLiteral("Documentaries"), QStringLiteral("movies"), 2);
    cache.addMovies(QStringLiteral("lib-docs"), 3, QStringLiteral("Field Notes"));
    page.reload();
    ASSERT_EQ(page.latestSections().size(), 3);
    EXPECT_EQ(page.latestSections().at(0), movieSection);
    EXPECT_EQ(page.latestSections().at(1), showSection);
    EXPECT_EQ(page.latestSections().at(2)->title(), QStringLiteral("Latest in Documentaries"));
    EXPECT_EQ(page.latestSections().at(2)->model()->rowCount(), 3);

    // The server renamed Movies, moved it last and dropped Shows.
    QList<Library> libraries = repos.libraries.all();
    libraries.removeIf([](const Library &library) { return library.id == QStringLiteral("lib-shows"); });
    libraries[0].name = QStringLiteral("Films");
    libraries[0].sortIndex = 9;
    {
        WriteTransaction transaction(cache.connection());
        ASSERT_TRUE(repos.libraries.replaceAll(libraries, cache.clock().nowMs()));
        ASSERT_TRUE(transaction.commit());
    }
    page.reload();
    ASSERT_EQ(page.latestSections().size(), 2);
    EXPECT_EQ(page.latestSections().at(0)->title(), QStringLiteral("Latest in Documentaries"));
    EXPECT_EQ(page.latestSections().at(1), movieSection);
    EXPECT_EQ(movieSection->title(), QStringLiteral("Latest in Films"));
    EXPECT_EQ(page.findChildren<HomeSection *>().size(), 4) << "Continue Watching, Next Up and two libraries";
}

} // namespace
