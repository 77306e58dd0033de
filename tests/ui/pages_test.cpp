// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cachefixture.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/widgets/posterrow.h"
#include "uirepositories.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

QString labelText(const QWidget &page, const QString &name)
{
    const auto *label = page.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

QStringList castNames(const QWidget &page)
{
    QStringList names;
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("castName")))
        names << label->text();
    return names;
}

/// Paints the page into an image of a realistic size; fails the test if nothing was painted.
QImage render(QWidget &page)
{
    page.resize(1000, 700);
    page.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    EXPECT_FALSE(image.isNull());
    return image;
}

class PagesTest : public ::testing::Test
{
protected:
    PagesTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
    }

    CacheFixture cache;
    UiRepositories repos{cache};
};

TEST_F(PagesTest, LibraryPageShowsTheWholeLibraryAndReadsRowsAsTheyComeIntoView)
{
    cache.addMovies(QStringLiteral("lib-movies"), 500);
    LibraryPage page(repos.items, repos.settings, repos.images, *repos.libraries.byId(QStringLiteral("lib-movies")));
    EXPECT_EQ(page.scope(), QStringLiteral("library:lib-movies"));
    EXPECT_EQ(page.model()->rowCount(), 500) << "the scroll bar covers the whole library from the start";
    EXPECT_EQ(page.model()->index(0).data().toString(), QStringLiteral("Movie 00000"));
    EXPECT_EQ(labelText(page, QStringLiteral("libraryTitle")), QStringLiteral("Movies"));
    render(page);
    EXPECT_TRUE(page.view()->isVisible());
    EXPECT_FALSE(page.findChild<QLabel *>(QStringLiteral("emptyText"))->isVisible());
    EXPECT_TRUE(page.view()->visualRect(page.model()->index(0)).isValid());
    EXPECT_LE(page.model()->loadedPageCount(), 1) << "only what is painted is read";

    QScrollBar *bar = page.view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    page.view()->viewport()->repaint();
    const QModelIndex last = page.model()->index(499);
    EXPECT_TRUE(page.view()->viewport()->rect().intersects(page.view()->visualRect(last)));
    EXPECT_EQ(last.data().toString(), QStringLiteral("Movie 00499"));
    EXPECT_EQ(bar->value(), bar->maximum());
}

TEST_F(PagesTest, LibraryPageTellsWhichPostersAreOnScreenAfterScrolling)
{
    cache.addMovies(QStringLiteral("lib-movies"), 300);
    LibraryPage page(repos.items, repos.settings, repos.images, *repos.libraries.byId(QStringLiteral("lib-movies")));
    QSignalSpy visible(&page, &LibraryPage::visibleItemsChanged);
    render(page);
    ASSERT_TRUE(visible.wait(2000));
    QStringList ids = visible.last().at(0).toStringList();
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_EQ(ids.first(), page.model()->itemAt(0).id);
    EXPECT_LT(ids.size(), 100) << "a screenful, not the whole page of rows";

    QScrollBar *bar = page.view()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    ASSERT_TRUE(visible.wait(2000));
    ids = visible.last().at(0).toStringList();
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_NE(ids.first(), page.model()->itemAt(0).id) << "scrolled away from the top";
    EXPECT_EQ(ids, page.visibleItemIds());
}

TEST_F(PagesTest, LibraryPageOfAShowsLibraryListsSeriesAndSaysWhenEmpty)
{
    LibraryPage empty(repos.items, repos.settings, repos.images, *repos.libraries.byId(QStringLiteral("lib-shows")));
    render(empty);
    EXPECT_TRUE(empty.findChild<QLabel *>(QStringLiteral("emptyText"))->isVisible());

    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
    QSignalSpy activated(&empty, &Page::itemActivated);
    empty.reload();
    ASSERT_EQ(empty.model()->rowCount(), 1);
    EXPECT_FALSE(empty.findChild<QLabel *>(QStringLiteral("emptyText"))->isVisible());
    const QRect cell = empty.view()->visualRect(empty.model()->index(0));
    QTest::mouseClick(empty.view()->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("series-harbor"));
    EXPECT_EQ(activated.at(0).at(1).value<ItemType>(), ItemType::Series);
}

TEST_F(PagesTest, MovieDetailsPageShowsFactsOverviewCastAndPlayState)
{
    MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), 7, QStringLiteral("Movie"));
    movie.name = QStringLiteral("Arrival");
    movie.studios = {QStringLiteral("Lava Bear Films")};
    movie.tagline = QStringLiteral("Why are they here?");
    movie.people = {{QStringLiteral("p1"), QStringLiteral("Amy Adams"), QStringLiteral("Louise Banks"),
                     QStringLiteral("Actor"), {}},
                    {QStringLiteral("p2"), QStringLiteral("Jeremy Renner"), QStringLiteral("Ian Donnelly"),
                     QStringLiteral("Actor"), {}},
                    {QStringLiteral("p3"), QStringLiteral("Denis Villeneuve"), {}, QStringLiteral("Director"), {}}};
    cache.write({movie});
    cache.setUserData({movie.id, false, 0, movie.runTimeTicks / 2, false, cache.clock().nowMs(), {}, {}});

    MovieDetailsPage page(repos.details, repos.images);
    QSignalSpy scopes(&page, &Page::visibleScopeChanged);
    page.showItem(movie.id);
    ASSERT_EQ(scopes.count(), 1);
    EXPECT_EQ(scopes.at(0).at(0).toString(), QStringLiteral("item:") + movie.id);
    EXPECT_EQ(labelText(page, QStringLiteral("title")), QStringLiteral("Arrival"));
    EXPECT_EQ(labelText(page, QStringLiteral("overview")), movie.overview);
    EXPECT_EQ(labelText(page, QStringLiteral("facts")), QStringLiteral("1957 · 1 h 37 min · PG-13 · ★ 5.7"));
    EXPECT_EQ(labelText(page, QStringLiteral("genres")), QStringLiteral("Drama, Adventure"));
    EXPECT_EQ(labelText(page, QStringLiteral("studios")), QStringLiteral("Lava Bear Films"));
    EXPECT_TRUE(labelText(page, QStringLiteral("playState")).startsWith(QStringLiteral("Stopped at 48 min · ")));
    EXPECT_EQ(castNames(page),
              (QStringList{QStringLiteral("Amy Adams"), QStringLiteral("Jeremy Renner"), QStringLiteral("Denis Villeneuve")}));
    QStringList roles;
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("castRole")))
        roles << label->text();
    EXPECT_TRUE(roles.contains(QStringLiteral("Louise Banks")));
    EXPECT_TRUE(roles.contains(QStringLiteral("Director")));
    render(page);

    cache.setUserData({movie.id, true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    repos.details.invalidateItems({movie.id}); // in the app, the broker's update does this before the reload
    page.reload();
    EXPECT_EQ(labelText(page, QStringLiteral("playState")), QStringLiteral("Played"));
}

TEST_F(PagesTest, MovieDetailsPageSaysWhenTheItemIsNotCached)
{
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(QStringLiteral("missing"));
    EXPECT_EQ(labelText(page, QStringLiteral("title")), QStringLiteral("Not in the cache yet"));
    EXPECT_EQ(page.scope(), QStringLiteral("item:missing"));
}

TEST_F(PagesTest, ShowDetailsPageListsSeasonsAndTheEpisodesOfSeasonOne)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 3, 4);
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    QSignalSpy scopes(&page, &Page::visibleScopeChanged);
    page.showSeries(QStringLiteral("series-harbor"));
    ASSERT_EQ(scopes.count(), 1);
    EXPECT_EQ(scopes.at(0).at(0).toString(), QStringLiteral("series:series-harbor"));
    EXPECT_EQ(labelText(page, QStringLiteral("title")), QStringLiteral("Harbor"));
    EXPECT_EQ(labelText(page, QStringLiteral("overview")), QStringLiteral("The story of Harbor."));
    EXPECT_EQ(labelText(page, QStringLiteral("facts")), QStringLiteral("2010 · 3 seasons"));
    ASSERT_EQ(page.seasonsModel()->rowCount(), 3);
    EXPECT_EQ(page.selectedSeasonId(), QStringLiteral("series-harbor-s1"));
    ASSERT_EQ(page.episodesModel()->rowCount(), 4);
    EXPECT_EQ(page.episodesModel()->index(0).data(ItemRoles::TitleRole).toString(), QStringLiteral("Episode 1"));
    EXPECT_TRUE(page.episodesModel()->index(0).data(ItemRoles::PlayedRole).toBool());
    EXPECT_FALSE(page.episodesModel()->index(1).data(ItemRoles::PlayedRole).toBool());
    render(page);

    // Picking season 2 in the list shows its episodes.
    auto *seasons = page.findChild<QListView *>(QStringLiteral("seasons"));
    QTest::mouseClick(seasons->viewport(), Qt::LeftButton, {}, seasons->visualRect(page.seasonsModel()->index(1)).center());
    EXPECT_EQ(page.selectedSeasonId(), QStringLiteral("series-harbor-s2"));
    EXPECT_EQ(page.episodesModel()->index(0).data(ItemRoles::IdRole).toString(), QStringLiteral("series-harbor-s2e1"));

    page.showSeries(QStringLiteral("series-harbor"), QStringLiteral("series-harbor-s3"));
    EXPECT_EQ(page.episodesModel()->index(3).data(ItemRoles::IdRole).toString(), QStringLiteral("series-harbor-s3e4"));
}

TEST_F(PagesTest, HomePageShowsContinueWatchingNextUpAndLatest)
{
    const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 12);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 4);
    const qint64 now = cache.clock().nowMs();
    cache.setUserData({movies[3].id, false, 0, movies[3].runTimeTicks / 3, false, now - 1000, {}, {}});
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, now - 5000, {}, {}});
    cache.setUserData({QStringLiteral("series-harbor-s1e2"), true, 1, 0, false, now - 4000, {}, {}});

    HomePage page(repos.home, repos.images);
    EXPECT_EQ(page.scope(), QStringLiteral("home"));
    EXPECT_FALSE(page.isEmptyStateShown());
    ASSERT_EQ(page.continueWatching()->model()->rowCount(), 1);
    EXPECT_EQ(page.continueWatching()->model()->itemAt(0).id, movies[3].id);
    ASSERT_EQ(page.nextUp()->model()->rowCount(), 1);
    EXPECT_EQ(page.nextUp()->model()->itemAt(0).id, QStringLiteral("series-harbor-s1e3"));
    EXPECT_EQ(page.nextUp()->model()->index(0).data().toString(), QStringLiteral("Harbor"));
    ASSERT_EQ(page.latestSections().size(), 2);
    EXPECT_EQ(page.latestSections().at(0)->title(), QStringLiteral("Latest in Movies"));
    EXPECT_EQ(page.latestSections().at(0)->model()->rowCount(), 12);
    EXPECT_EQ(page.latestSections().at(0)->model()->itemAt(0).id, movies[11].id) << "newest first";
    EXPECT_EQ(page.latestSections().at(1)->model()->itemAt(0).id, QStringLiteral("series-harbor"));
    render(page);
    EXPECT_TRUE(page.continueWatching()->isVisible());
    EXPECT_TRUE(page.continueWatching()->row()->visualRect(page.continueWatching()->model()->index(0)).isValid());

    QSignalSpy activated(&page, &Page::itemActivated);
    PosterRow *row = page.nextUp()->row();
    QTest::mouseClick(row->viewport(), Qt::LeftButton, {}, row->visualRect(page.nextUp()->model()->index(0)).center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(1).value<ItemType>(), ItemType::Episode);
}

TEST(HomePage, AnEmptyCacheShowsHowToFillIt)
{
    CacheFixture cache;
    UiRepositories repos(cache);
    HomePage page(repos.home, repos.images);
    EXPECT_TRUE(page.isEmptyStateShown());
    EXPECT_EQ(labelText(page, QStringLiteral("emptyText")), QStringLiteral("Nothing cached yet — press Refresh or F5"));
    render(page);
    EXPECT_FALSE(page.continueWatching()->isVisible());
}

} // namespace

#include "ui/widgets/posterpainter.h"

namespace {

TEST(PosterPainter, ColoursAreStablePerItemAndInitialsSkipMarkup)
{
    // A fixed value: the colour must not depend on Qt's per-process hash seed.
    EXPECT_EQ(PosterPainter::colorFor(QStringLiteral("movie-1")), PosterPainter::colorFor(QStringLiteral("movie-1")));
    EXPECT_EQ(PosterPainter::colorFor(QStringLiteral("abc")).name(), QColor::fromHsl(251, 96, 92).name());
    EXPECT_EQ(PosterPainter::initialsOf(QStringLiteral("The Matrix")), QStringLiteral("TM"));
    EXPECT_EQ(PosterPainter::initialsOf(QStringLiteral("<img src=x> & \"quotes\"")), QStringLiteral("IS"));
    EXPECT_EQ(PosterPainter::initialsOf(QStringLiteral("Ölstue")), QStringLiteral("Ö"));
}

} // namespace
