// SPDX-License-Identifier: GPL-3.0-or-later
// The Home page re-read after a refresh: rows update in place and keep where the user was.
#include "storage/writetransaction.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/widgets/posterrow.h"
#include "uirepositories.h"

#include <QApplication>
#include <QBuffer>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

void turnWheel(QWidget *widget, QPoint angleDelta, Qt::KeyboardModifiers modifiers = {})
{
    const QPointF position(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(position, widget->mapToGlobal(position), QPoint(), angleDelta, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

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
    HomePage page(repos.home, repos.images);
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
    HomePage page(repos.home, repos.images);
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
    HomePage page(repos.home, repos.images);
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

TEST_F(HomePageTest, TheWheelOverARowScrollsThePageAndShiftWheelScrollsTheRow)
{
    HomePage page(repos.home, repos.images);
    page.resize(1000, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QScrollBar *pageBar = page.findChild<QScrollArea *>()->verticalScrollBar();
    PosterRow *row = page.latestSections().at(0)->row();
    QScrollBar *rowBar = row->horizontalScrollBar();
    ASSERT_GT(pageBar->maximum(), 0);
    ASSERT_GT(rowBar->maximum(), 0);

    turnWheel(row->viewport(), QPoint(0, -120));
    EXPECT_GT(pageBar->value(), 0) << "a turn of the wheel over a row scrolls the page down";
    EXPECT_EQ(rowBar->value(), 0) << "and not the row sideways";

    const int pageValue = pageBar->value();
    turnWheel(row->viewport(), QPoint(0, -120), Qt::ShiftModifier);
    EXPECT_GT(rowBar->value(), 0) << "Shift+wheel scrolls the row";
    EXPECT_EQ(pageBar->value(), pageValue);
    const int rowValue = rowBar->value();
    turnWheel(row->viewport(), QPoint(-120, 0));
    EXPECT_GT(rowBar->value(), rowValue) << "a sideways wheel (or a touchpad's swipe) scrolls the row";
}

TEST_F(HomePageTest, UpAndDownMoveTheFocusBetweenRowsAndThePosterShowsIt)
{
    cache.setUserData({movies[4].id, false, 0, movies[4].runTimeTicks / 4, false, cache.clock().nowMs(), {}, {}});
    HomePage page(repos.home, repos.images);
    page.resize(1000, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_FALSE(page.nextUp()->isVisible()) << "nothing played: no Next Up";
    PosterRow *continueRow = page.continueWatching()->row();
    PosterRow *movieRow = page.latestSections().at(0)->row();
    PosterRow *showRow = page.latestSections().at(1)->row();

    const QImage unfocused = movieRow->grab().toImage();
    movieRow->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(movieRow->currentIndex().isValid());
    QTest::qWait(20);
    const QRect firstPoster = movieRow->visualRect(movieRow->currentIndex());
    EXPECT_NE(movieRow->grab(firstPoster).toImage(), unfocused.copy(firstPoster))
        << "the poster with the focus shows it";

    QTest::keyClick(movieRow, Qt::Key_Right);
    QTest::keyClick(movieRow, Qt::Key_Down);
    EXPECT_TRUE(showRow->hasFocus()) << "Down goes to the row below";
    EXPECT_TRUE(showRow->currentIndex().isValid());
    QTest::keyClick(showRow, Qt::Key_Up);
    EXPECT_TRUE(movieRow->hasFocus());
    EXPECT_EQ(movieRow->currentIndex().row(), 1) << "back to the poster the user left";
    QTest::keyClick(movieRow, Qt::Key_Up);
    EXPECT_TRUE(continueRow->hasFocus()) << "over the hidden Next Up row";
    QTest::keyClick(continueRow, Qt::Key_Up);
    EXPECT_TRUE(continueRow->hasFocus()) << "nothing above the first row";
}

TEST_F(HomePageTest, NextUpShowsEpisodeStillsAsStillsAtTheirOwnSharpness)
{
    const QString episode = QStringLiteral("series-harbor-s1e2");
    MediaItem withStill = *repos.items.item(episode);
    withStill.primaryImageTag = QStringLiteral("still");
    cache.write({withStill});
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    test::FakeBackend server;
    QImage still(640, 360, QImage::Format_RGB32);
    still.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    still.save(&buffer, "PNG");
    server.putImage(episode, ImageType::Primary, png);
    repos.images.setBackend(&server);
    const auto detach = qScopeGuard([this] { repos.images.setBackend(nullptr); });

    HomePage page(repos.home, repos.images);
    show(page);
    PosterRow *nextUp = page.nextUp()->row();
    ASSERT_TRUE(nextUp->isVisible());
    ASSERT_EQ(nextUp->model()->index(0, 0).data(ItemRoles::IdRole).toString(), episode);
    const PosterDelegate *stills = nextUp->posterDelegate();
    EXPECT_EQ(stills->imageHeight() * 16, stills->posterWidth() * 9) << "a 16:9 cell, as episode stills are";
    const PosterDelegate *posters = page.latestSections().at(0)->row()->posterDelegate();
    EXPECT_EQ(posters->imageHeight() * 2, posters->posterWidth() * 3) << "posters stay 2:3";

    QTest::qWait(20); // the wanted images go out once per event-loop turn
    for (int i = 0; i < 500 && repos.images.pendingCount() > 0; ++i)
        QTest::qWait(10);
    int fetchedWidth = 0;
    for (const ImageRequest &request : server.imageRequests()) {
        if (request.itemId == episode)
            fetchedWidth = request.maxWidth;
    }
    ASSERT_GT(fetchedWidth, 0) << "the still was asked for";
    // A 16:9 still fetched at that width covers the cell without being blown up (cropped into a 2:3 cell, it
    // would have to be stretched to the poster's height).
    const qreal dpr = nextUp->devicePixelRatioF();
    EXPECT_GE(fetchedWidth * 9 / 16, int(stills->imageHeight() * dpr));
    EXPECT_GE(fetchedWidth, int(stills->posterWidth() * dpr));
}

} // namespace
