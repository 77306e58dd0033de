// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow hosting a page over its pages (the player): shown in the stack, left by closeOverlayPage(), Back
// or any navigation, always back to the page it covered; fullscreen with it hides the window's chrome.
#include "support/cachefixture.h"
#include "ui/mainwindow.h"
#include "ui/pages/homepage.h"
#include "ui/pages/librarypage.h"
#include "ui/widgets/navigationsidebar.h"
#include "uirepositories.h"

#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

class OverlayPageTest : public ::testing::Test
{
protected:
    OverlayPageTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addMovies(QStringLiteral("lib-movies"), 5);
        window.show();
        window.showLibrary(QStringLiteral("lib-movies"));
        library = window.currentPage();
    }

    [[nodiscard]] QWidget *visibleWidget() const { return window.findChild<QStackedWidget *>()->currentWidget(); }

    CacheFixture cache;
    UiRepositories repos{cache};
    MainWindow window{repos.context()};
    Page *library = nullptr;
    QWidget player;
};

TEST_F(OverlayPageTest, ClosingReturnsToTheCoveredPage)
{
    ASSERT_NE(library, nullptr);
    QSignalSpy closed(&window, &MainWindow::overlayPageClosed);
    window.showOverlayPage(&player);
    EXPECT_EQ(visibleWidget(), &player);
    EXPECT_EQ(window.overlayPage(), &player);

    window.closeOverlayPage();
    EXPECT_EQ(visibleWidget(), library);
    EXPECT_EQ(window.currentPage(), library);
    EXPECT_EQ(window.overlayPage(), nullptr);
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed.first().at(0).value<QWidget *>(), &player);
}

TEST_F(OverlayPageTest, BackLeavesTheOverlayBeforeItLeavesThePage)
{
    window.showOverlayPage(&player);
    window.goBack();
    EXPECT_EQ(window.currentPage(), library);
    window.goBack();
    EXPECT_EQ(window.currentPage(), window.homePage());
}

TEST_F(OverlayPageTest, NavigatingElsewhereClosesTheOverlay)
{
    QSignalSpy closed(&window, &MainWindow::overlayPageClosed);
    window.showOverlayPage(&player);
    window.showHome();
    EXPECT_EQ(window.currentPage(), window.homePage());
    EXPECT_EQ(visibleWidget(), window.homePage());
    EXPECT_EQ(closed.size(), 1);
    EXPECT_FALSE(player.isVisible());
}

TEST_F(OverlayPageTest, FullScreenWithTheOverlayHidesTheChromeUntilItCloses)
{
    window.showOverlayPage(&player);
    window.setWindowState(Qt::WindowFullScreen);
    EXPECT_FALSE(window.sidebar()->isVisible());
    EXPECT_FALSE(window.statusBar()->isVisible());
    EXPECT_FALSE(window.navigationBar()->isVisible()) << "Back and Forward too";

    window.closeOverlayPage();
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_TRUE(window.sidebar()->isVisible());
    EXPECT_TRUE(window.statusBar()->isVisible());
    EXPECT_TRUE(window.navigationBar()->isVisible());
}

TEST_F(OverlayPageTest, FullScreenWithoutTheOverlayKeepsTheChrome)
{
    window.setWindowState(Qt::WindowFullScreen);
    EXPECT_TRUE(window.sidebar()->isVisible());
    window.setWindowState(Qt::WindowNoState);
}

} // namespace
