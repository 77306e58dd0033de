// SPDX-License-Identifier: GPL-3.0-or-later
// The Movie and Show pages from a CacheFixture library: what they show, the state their buttons show, the
// requests the buttons raise, and what a reload keeps.
#include "core/ticks.h"
#include "support/cachefixture.h"
#include "ui/mainwindow.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/nextuppanel.h"
#include "ui/pages/playbackactions.h"
#include "ui/pages/showdetailspage.h"
#include "ui/widgets/backdropwidget.h"
#include "uirepositories.h"
#include "support/germantranslation.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

constexpr qint64 TicksPerMinute = 60 * TicksPerSecond;

void show(QWidget &page)
{
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
}

QScrollBar *pageScrollBar(const QWidget &page)
{
    return page.findChild<QScrollArea *>()->verticalScrollBar();
}

/// Clicks (or double-clicks) a row of a list on a scrolling page, scrolling the page first as a user would.
void clickRow(QWidget &page, QListView *view, int row, bool twice = false)
{
    auto *area = page.findChild<QScrollArea *>();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const QPoint inContent = view->viewport()->mapTo(area->widget(), rect.center());
    area->ensureVisible(inContent.x(), inContent.y(), 0, rect.height());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    if (twice) {
        // QTest::mouseDClick delivers no second press on Qt 6.4, so the view never sees a double click.
        QMouseEvent press(QEvent::MouseButtonPress, rect.center(), view->viewport()->mapToGlobal(rect.center()),
                          Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &press);
        QMouseEvent doubleClick(QEvent::MouseButtonDblClick, rect.center(),
                                view->viewport()->mapToGlobal(rect.center()), Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &doubleClick);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, rect.center());
    }
}

/// What one request signal carried: the item id and the second argument as text.
std::pair<QString, QString> lastRequest(const QSignalSpy &spy)
{
    if (spy.isEmpty())
        return {QStringLiteral("<no request>"), {}};
    return {spy.last().at(0).toString(), spy.last().at(1).toString()};
}

class DetailPagesTest : public ::testing::Test
{
protected:
    DetailPagesTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
    }

    MediaItem writeMovie(int index)
    {
        MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), index, QStringLiteral("Movie"));
        cache.write({movie});
        return movie;
    }

    void setUserData(const QString &id, bool played, qint64 positionTicks, bool favorite)
    {
        cache.setUserData({id, played, played ? 1 : 0, positionTicks, favorite, cache.clock().nowMs(), {}, {}});
        // In the app the broker's "item:<id>" update drops the remembered details before the page re-reads.
        repos.details.invalidateItems({id});
    }

    CacheFixture cache;
    UiRepositories repos{cache};
};

TEST_F(DetailPagesTest, MovieOffersResumeAndStartOverOnlyWhenStartedAndRaisesRequestsWithTheRightPositions)
{
    const MediaItem movie = writeMovie(7); // 97 minutes long
    const qint64 stoppedAt = movie.runTimeTicks / 2;
    setUserData(movie.id, false, stoppedAt, false);
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    show(page);
    PlaybackActions *actions = page.actions();
    EXPECT_EQ(actions->playButton()->text(), QStringLiteral("▶  Resume from 48:30"));
    EXPECT_TRUE(actions->startOverButton()->isVisible());
    EXPECT_EQ(actions->playedButton()->text(), QStringLiteral("Mark played"));
    EXPECT_FALSE(actions->playedButton()->isChecked());
    EXPECT_EQ(actions->favoriteButton()->text(), QStringLiteral("♡  Favourite"));
    EXPECT_FALSE(actions->favoriteButton()->isChecked());

    QSignalSpy play(&page, &Page::playRequested);
    QSignalSpy played(&page, &Page::playedChangeRequested);
    QSignalSpy favorite(&page, &Page::favoriteChangeRequested);
    QTest::mouseClick(actions->playButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(movie.id, QString::number(stoppedAt)));
    QTest::mouseClick(actions->startOverButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(movie.id, QStringLiteral("0")));
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(played), std::pair(movie.id, QStringLiteral("true")));
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(favorite), std::pair(movie.id, QStringLiteral("true")));
    // Nothing was written yet: the buttons go on showing what the cache holds.
    EXPECT_FALSE(actions->playedButton()->isChecked());
    EXPECT_FALSE(actions->favoriteButton()->isChecked());

    // The services wrote the change and announced the item; the reload shows it.
    setUserData(movie.id, true, 0, true);
    page.reload();
    EXPECT_EQ(actions->playButton()->text(), QStringLiteral("▶  Play"));
    EXPECT_FALSE(actions->startOverButton()->isVisible());
    EXPECT_EQ(actions->playedButton()->text(), QStringLiteral("✓  Played"));
    EXPECT_TRUE(actions->playedButton()->isChecked());
    EXPECT_EQ(actions->favoriteButton()->text(), QStringLiteral("♥  Favourite"));
    EXPECT_TRUE(actions->favoriteButton()->isChecked());
    QTest::mouseClick(actions->playButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(movie.id, QStringLiteral("0")));
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(played), std::pair(movie.id, QStringLiteral("false")));
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(favorite), std::pair(movie.id, QStringLiteral("false")));
}

TEST_F(DetailPagesTest, AMovieNeverStartedPlaysFromTheStartAndAnHourLongPositionReadsAsHours)
{
    const MediaItem fresh = writeMovie(3);
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(fresh.id);
    show(page);
    EXPECT_EQ(page.actions()->playButton()->text(), QStringLiteral("▶  Play"));
    EXPECT_FALSE(page.actions()->startOverButton()->isVisible());
    EXPECT_FALSE(page.findChild<QLabel *>(QStringLiteral("playState"))->isVisible());

    setUserData(fresh.id, false, 62 * TicksPerMinute + 5 * TicksPerSecond, false);
    page.reload();
    EXPECT_EQ(page.actions()->playButton()->text(), QStringLiteral("▶  Resume from 1:02:05"));
    EXPECT_TRUE(page.findChild<QLabel *>(QStringLiteral("playState"))->isVisible());
}

TEST_F(DetailPagesTest, MoviePageShowsItsBackdropAndServerTextAsPlainCharacters)
{
    MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), 9, QStringLiteral("Movie"));
    movie.name = QStringLiteral("<b>Bold</b> & <img src=x>");
    movie.overview = QStringLiteral("<a href=\"http://evil\">click</a>");
    movie.backdropImageTag = QStringLiteral("backdrop-tag");
    movie.people = {{QStringLiteral("p1"), QStringLiteral("<i>Actor</i>"), QStringLiteral("<u>Role</u>"),
                     QStringLiteral("Actor"), {}}};
    cache.write({movie});
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    show(page);
    const auto *backdrop = page.findChild<BackdropWidget *>(QStringLiteral("backdrop"));
    ASSERT_NE(backdrop, nullptr);
    EXPECT_TRUE(backdrop->isVisible());
    EXPECT_EQ(backdrop->itemId(), movie.id);
    EXPECT_EQ(backdrop->tag(), QStringLiteral("backdrop-tag"));
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("title"))->text(), movie.name);
    for (const QLabel *label : page.findChildren<QLabel *>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
}

TEST_F(DetailPagesTest, AMovieReloadKeepsTheScrollPositionAndTheCastWidgets)
{
    MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), 11, QStringLiteral("Movie"));
    for (int i = 0; i < 40; ++i)
        movie.people << Person{QStringLiteral("p%1").arg(i), QStringLiteral("Actor %1").arg(i),
                               QStringLiteral("Role %1").arg(i), QStringLiteral("Actor"), {}};
    movie.overview = QStringLiteral("A long overview. ").repeated(80);
    cache.write({movie});
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    show(page);
    QScrollBar *bar = pageScrollBar(page);
    ASSERT_GT(bar->maximum(), 150) << "the page must be taller than the window for this test";
    bar->setValue(150);
    const QList<QLabel *> castBefore = page.findChildren<QLabel *>(QStringLiteral("castName"));
    ASSERT_EQ(castBefore.size(), 40);

    setUserData(movie.id, false, movie.runTimeTicks / 4, true);
    page.reload();
    QTest::qWait(20);
    EXPECT_EQ(bar->value(), 150);
    EXPECT_EQ(page.findChildren<QLabel *>(QStringLiteral("castName")), castBefore) << "the cast was rebuilt";
    EXPECT_TRUE(page.actions()->favoriteButton()->isChecked());
    EXPECT_TRUE(page.actions()->playButton()->text().startsWith(QStringLiteral("▶  Resume from")));
}

TEST_F(DetailPagesTest, ShowPagePutsTheEpisodeAfterTheLastPlayedOneUpFront)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    page.showSeries(QStringLiteral("series-harbor"));
    show(page);
    NextUpPanel *next = page.nextUp();
    // Nothing played: the first episode, from the start.
    EXPECT_TRUE(next->isVisible());
    EXPECT_EQ(next->episodeId(), QStringLiteral("series-harbor-s1e1"));
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("nextUpTitle"))->text(), QStringLiteral("S1:E1 · Episode 1"));
    EXPECT_EQ(next->actions()->playButton()->text(), QStringLiteral("▶  Play"));

    setUserData(QStringLiteral("series-harbor-s1e1"), true, 0, false);
    setUserData(QStringLiteral("series-harbor-s1e2"), false, 10 * TicksPerMinute, false);
    page.reload();
    EXPECT_EQ(next->episodeId(), QStringLiteral("series-harbor-s1e2"));
    EXPECT_EQ(next->actions()->playButton()->text(), QStringLiteral("▶  Resume from 10:00"));
    EXPECT_TRUE(next->actions()->startOverButton()->isVisible());
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("nextUpDetails"))->text(),
              QStringLiteral("42 min · Stopped at 10 min · 32 min left"));
    QSignalSpy play(&page, &Page::playRequested);
    QSignalSpy played(&page, &Page::playedChangeRequested);
    QTest::mouseClick(next->actions()->playButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(QStringLiteral("series-harbor-s1e2"), QString::number(10 * TicksPerMinute)));
    QTest::mouseClick(next->actions()->playedButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(played), std::pair(QStringLiteral("series-harbor-s1e2"), QStringLiteral("true")));

    // The last episode of season 1 played: Next Up moves on to season 2.
    setUserData(QStringLiteral("series-harbor-s1e3"), true, 0, false);
    page.reload();
    EXPECT_EQ(next->episodeId(), QStringLiteral("series-harbor-s2e1"));

    for (int e = 1; e <= 3; ++e)
        setUserData(QStringLiteral("series-harbor-s2e%1").arg(e), true, 0, false);
    page.reload();
    EXPECT_FALSE(next->isVisible()) << "every episode is played";
}

TEST_F(DetailPagesTest, AnEpisodePlaysOnEnterOrDoubleClickFromWhereTheUserStopped)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 1, 4);
    setUserData(QStringLiteral("series-harbor-s1e2"), false, 7 * TicksPerMinute, false);
    setUserData(QStringLiteral("series-harbor-s1e3"), true, 0, false);
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    page.showSeries(QStringLiteral("series-harbor"));
    show(page);
    QListView *episodes = page.episodeList();
    ASSERT_EQ(page.episodesModel()->rowCount(), 4);
    EXPECT_EQ(episodes->height(), 4 * episodes->sizeHintForRow(0)) << "the list is as tall as its rows";
    EXPECT_DOUBLE_EQ(page.episodesModel()->index(1).data(ItemRoles::ProgressRole).toDouble(), 7.0 / 42.0);

    QSignalSpy play(&page, &Page::playRequested);
    clickRow(page, episodes, 1, true);
    EXPECT_EQ(lastRequest(play), std::pair(QStringLiteral("series-harbor-s1e2"), QString::number(7 * TicksPerMinute)));
    EXPECT_EQ(page.selectedEpisodeId(), QStringLiteral("series-harbor-s1e2"));

    QTest::keyClick(episodes, Qt::Key_Down);
    EXPECT_EQ(page.selectedEpisodeId(), QStringLiteral("series-harbor-s1e3"));
    QTest::keyClick(episodes, Qt::Key_Return);
    EXPECT_EQ(lastRequest(play), std::pair(QStringLiteral("series-harbor-s1e3"), QStringLiteral("0")))
        << "a played episode starts over";
}

TEST_F(DetailPagesTest, AShowReloadKeepsTheSeasonTheEpisodeAndTheScrollPosition)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 3, 14);
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    page.showSeries(QStringLiteral("series-harbor"));
    show(page);
    QListView *seasons = page.findChild<QListView *>(QStringLiteral("seasons"));
    clickRow(page, seasons, 1);
    ASSERT_EQ(page.selectedSeasonId(), QStringLiteral("series-harbor-s2"));
    clickRow(page, page.episodeList(), 4);
    ASSERT_EQ(page.selectedEpisodeId(), QStringLiteral("series-harbor-s2e5"));
    QScrollBar *bar = pageScrollBar(page);
    ASSERT_GT(bar->maximum(), 300) << "fourteen episodes make the page scroll";
    bar->setValue(300);

    setUserData(QStringLiteral("series-harbor-s2e5"), true, 0, false);
    page.reload();
    QTest::qWait(20);
    EXPECT_EQ(page.selectedSeasonId(), QStringLiteral("series-harbor-s2"));
    EXPECT_EQ(page.selectedEpisodeId(), QStringLiteral("series-harbor-s2e5"));
    EXPECT_EQ(page.episodeList()->currentIndex().row(), 4);
    EXPECT_TRUE(page.episodesModel()->index(4).data(ItemRoles::PlayedRole).toBool()) << "the new state shows";
    EXPECT_EQ(bar->value(), 300);

    // A refresh that brings a new episode re-reads other rows; the selection follows the episode.
    MediaItem extra = *repos.items.item(QStringLiteral("series-harbor-s2e14"));
    extra.id = QStringLiteral("series-harbor-s2e0");
    extra.name = QStringLiteral("Prologue");
    extra.indexNumber = 0;
    cache.write({extra});
    page.reload();
    QTest::qWait(20);
    ASSERT_EQ(page.episodesModel()->rowCount(), 15);
    EXPECT_EQ(page.selectedEpisodeId(), QStringLiteral("series-harbor-s2e5"));
    EXPECT_EQ(page.episodeList()->currentIndex().row(), 5);
    EXPECT_EQ(bar->value(), 300);
}

TEST_F(DetailPagesTest, AShowOpensAtItsTopWithTheSeasonOfNextUpSelected)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 4, 14);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Cove"), 2, 14);
    // The user is in season 4 of Harbor: the last episode of season 3 is the last one played.
    setUserData(QStringLiteral("series-harbor-s3e14"), true, 0, false);
    MainWindow window(repos.context());
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ShowDetailsPage *page = window.showDetailsPage();
    QScrollBar *bar = pageScrollBar(*page);

    window.openItem(QStringLiteral("series-cove"), ItemType::Series);
    QTest::qWait(20);
    EXPECT_EQ(page->selectedSeasonId(), QStringLiteral("series-cove-s1")) << "nothing played: the first season";
    ASSERT_GT(bar->maximum(), 400) << "fourteen episodes make the page scroll";
    bar->setValue(400);

    window.openItem(QStringLiteral("series-harbor"), ItemType::Series);
    QTest::qWait(20);
    EXPECT_EQ(bar->value(), 0) << "another show opens at its top, not where the previous one was left";
    EXPECT_EQ(page->nextUp()->episodeId(), QStringLiteral("series-harbor-s4e1"));
    EXPECT_EQ(page->selectedSeasonId(), QStringLiteral("series-harbor-s4"));
    EXPECT_EQ(page->episodesModel()->itemAt(0).id, QStringLiteral("series-harbor-s4e1"));

    // A season the user picked is the one Back and Forward return to.
    page->selectSeason(QStringLiteral("series-harbor-s2"));
    window.goBack();
    EXPECT_EQ(page->seriesId(), QStringLiteral("series-cove"));
    window.goForward();
    EXPECT_EQ(page->seriesId(), QStringLiteral("series-harbor"));
    EXPECT_EQ(page->selectedSeasonId(), QStringLiteral("series-harbor-s2"));
}

TEST_F(DetailPagesTest, AMovieOpensAtItsTop)
{
    MediaItem first = CacheFixture::movie(QStringLiteral("lib-movies"), 1, QStringLiteral("Movie"));
    for (int i = 0; i < 40; ++i)
        first.people << Person{QStringLiteral("p%1").arg(i), QStringLiteral("Actor %1").arg(i),
                               QStringLiteral("Role %1").arg(i), QStringLiteral("Actor"), {}};
    MediaItem second = CacheFixture::movie(QStringLiteral("lib-movies"), 2, QStringLiteral("Movie"));
    second.people = first.people;
    cache.write({first, second});
    MainWindow window(repos.context());
    window.resize(1000, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.openItem(first.id, ItemType::Movie);
    QTest::qWait(20);
    QScrollBar *bar = pageScrollBar(*window.movieDetailsPage());
    ASSERT_GT(bar->maximum(), 200);
    bar->setValue(bar->maximum());
    window.openItem(second.id, ItemType::Movie);
    QTest::qWait(20);
    EXPECT_EQ(bar->value(), 0);
}

TEST_F(DetailPagesTest, AMovieWithoutItsFullDetailsSaysWhyThereIsNoCastAndWhatToDo)
{
    MediaItem listed = CacheFixture::movie(QStringLiteral("lib-movies"), 1, QStringLiteral("Movie"));
    listed.detailLevel = DetailLevel::Summary; // what a library listing brings: no people, no studios
    MediaItem detailed = CacheFixture::movie(QStringLiteral("lib-movies"), 2, QStringLiteral("Movie"));
    detailed.detailLevel = DetailLevel::Full; // fetched in full: this one really has no cast listed
    cache.write({listed, detailed});
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(listed.id);
    show(page);
    auto *missing = page.findChild<QLabel *>(QStringLiteral("detailsMissing"));
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->isVisible());
    EXPECT_TRUE(missing->text().contains(QLatin1String("not cached yet"))) << missing->text().toStdString();
    EXPECT_TRUE(missing->text().contains(QLatin1String("marquee-cli warm"))) << "and what to do about it";

    page.showItem(detailed.id);
    EXPECT_FALSE(missing->isVisible());
}

TEST_F(DetailPagesTest, WhyThereIsNoCastReadsInGerman)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    MediaItem listed = CacheFixture::movie(QStringLiteral("lib-movies"), 1, QStringLiteral("Movie"));
    listed.detailLevel = DetailLevel::Summary;
    cache.write({listed});
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(listed.id);
    show(page);
    auto *missing = page.findChild<QLabel *>(QStringLiteral("detailsMissing"));
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->text().startsWith(QLatin1String("Besetzung, Stab und Studios sind noch nicht"))) << missing->text().toStdString();
}

TEST_F(DetailPagesTest, TheCastSaysWhatEachPersonDidInGerman)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), 1, QStringLiteral("Movie"));
    movie.people = {{QStringLiteral("p1"), QStringLiteral("Lucía Ferrer"), QStringLiteral("Ines Navarro"),
                     QStringLiteral("Actor"), {}},
                    {QStringLiteral("p2"), QStringLiteral("Hanna Oduya"), {}, QStringLiteral("Director"), {}},
                    {QStringLiteral("p3"), QStringLiteral("Paul Marchetti"), {}, QStringLiteral("Writer"), {}},
                    {QStringLiteral("p4"), QStringLiteral("Kai Lenz"), {}, QStringLiteral("Lyricist"), {}}};
    cache.write({movie});
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    show(page);
    QStringList roles;
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("castRole")))
        roles << label->text();
    roles.sort();
    EXPECT_EQ(roles, (QStringList{QStringLiteral("Drehbuch"), QStringLiteral("Ines Navarro"), QStringLiteral("Lyricist"),
                                  QStringLiteral("Regie")}))
            << "an actor's role as the server named it; a kind of work Marquee does not know as it came";
}

TEST_F(DetailPagesTest, ASeriesCanBeMadeAFavourite)
{
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 1, 2);
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    page.showSeries(QStringLiteral("series-harbor"));
    show(page);
    auto *actions = page.findChild<PlaybackActions *>(QStringLiteral("seriesActions"));
    ASSERT_NE(actions, nullptr);
    EXPECT_FALSE(actions->playButton()->isVisible());
    EXPECT_FALSE(actions->playedButton()->isVisible());
    QSignalSpy favorite(&page, &Page::favoriteChangeRequested);
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(favorite), std::pair(QStringLiteral("series-harbor"), QStringLiteral("true")));
    setUserData(QStringLiteral("series-harbor"), false, 0, true);
    page.reload();
    EXPECT_EQ(actions->favoriteButton()->text(), QStringLiteral("♥  Favourite"));
}

TEST_F(DetailPagesTest, TheMainWindowPassesThePagesRequestsOn)
{
    const MediaItem movie = writeMovie(5);
    setUserData(movie.id, false, 20 * TicksPerMinute, false);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 1, 3);
    MainWindow window(repos.context());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy play(&window, &MainWindow::playRequested);
    QSignalSpy played(&window, &MainWindow::playedChangeRequested);
    QSignalSpy favorite(&window, &MainWindow::favoriteChangeRequested);

    window.openItem(movie.id, ItemType::Movie);
    PlaybackActions *actions = window.movieDetailsPage()->actions();
    QTest::mouseClick(actions->playButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(movie.id, QString::number(20 * TicksPerMinute)));
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(played), std::pair(movie.id, QStringLiteral("true")));
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(favorite), std::pair(movie.id, QStringLiteral("true")));

    window.openItem(QStringLiteral("series-harbor"), ItemType::Series);
    QTest::mouseClick(window.showDetailsPage()->nextUp()->actions()->playButton(), Qt::LeftButton);
    EXPECT_EQ(lastRequest(play), std::pair(QStringLiteral("series-harbor-s1e1"), QStringLiteral("0")));
    EXPECT_EQ(play.count(), 2);
}

} // namespace

namespace {

TEST_F(DetailPagesTest, BothPagesFitASmallWindowWithoutScrollingSideways)
{
    MediaItem movie = CacheFixture::movie(QStringLiteral("lib-movies"), 2, QStringLiteral("Movie"));
    movie.studios = {QStringLiteral("Northlight Pictures"), QStringLiteral("Kestrel & Finch")};
    for (int i = 0; i < 12; ++i)
        movie.people << Person{QStringLiteral("p%1").arg(i), QStringLiteral("Tomasz Wieczorek %1").arg(i),
                               QStringLiteral("Harbourmaster Adaeze %1").arg(i), QStringLiteral("Actor"), {}};
    cache.write({movie});
    setUserData(movie.id, false, movie.runTimeTicks / 3, true);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 8);
    MainWindow window(repos.context());
    for (const QSize size : {QSize(1000, 700), QSize(1920, 1080)}) {
        window.resize(size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.openItem(movie.id, ItemType::Movie);
        QTest::qWait(20);
        EXPECT_EQ(window.movieDetailsPage()->findChild<QScrollArea *>()->horizontalScrollBar()->maximum(), 0)
            << "movie page at " << size.width() << "x" << size.height();
        window.openItem(QStringLiteral("series-harbor"), ItemType::Series);
        QTest::qWait(20);
        EXPECT_EQ(window.showDetailsPage()->findChild<QScrollArea *>()->horizontalScrollBar()->maximum(), 0)
            << "show page at " << size.width() << "x" << size.height();
    }
}

} // namespace
