// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cachefixture.h"
#include "ui/mainwindow.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/widgets/navigationsidebar.h"
#include "ui/widgets/posterrow.h"
#include "ui/windowplacement.h"
#include "uirepositories.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

const QString Hostile = QStringLiteral("<img src=x> & \"quotes\"");

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        cache.write({test::namedMovie(QStringLiteral("lib-movies"), 99999, Hostile)});
        cache.addMovies(QStringLiteral("lib-movies"), 40);
        cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
    }

    void showWindow()
    {
        window = std::make_unique<MainWindow>(repos.context());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void clickFirstPoster(LibraryPage *page)
    {
        QListView *view = page->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(page->model()->index(0)).center());
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, StartsAtHomeWithTheLibrariesInTheSidebar)
{
    showWindow();
    EXPECT_EQ(window->currentPage(), window->homePage());
    EXPECT_EQ(window->visibleScope(), QStringLiteral("home"));
    ASSERT_EQ(window->sidebar()->count(), 3);
    EXPECT_EQ(window->sidebar()->item(1)->text(), QStringLiteral("Movies"));
    EXPECT_EQ(window->sidebar()->item(2)->text(), QStringLiteral("Shows"));
    EXPECT_FALSE(window->canGoBack());
    EXPECT_EQ(window->footer()->text(), QStringLiteral("Library: 42 items · Not synced"));
}

TEST_F(MainWindowTest, SidebarPosterAndBackNavigateAndAnnounceScopes)
{
    showWindow();
    QSignalSpy scopes(window.get(), &MainWindow::visibleScopeChanged);

    window->sidebar()->setCurrentRow(1);
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(window->visibleScope(), QStringLiteral("library:lib-movies"));
    EXPECT_EQ(window->footer()->text(), QStringLiteral("Library: 41 items · Not synced"));
    QTest::qWait(20);

    clickFirstPoster(library);
    ASSERT_EQ(window->currentPage(), window->movieDetailsPage());
    const QString firstId = library->model()->itemAt(0).id;
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + firstId);

    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->currentPage(), library);

    window->openItem(QStringLiteral("series-harbor-s2e1"), ItemType::Episode);
    EXPECT_EQ(window->currentPage(), window->showDetailsPage());
    EXPECT_EQ(window->showDetailsPage()->selectedSeasonId(), QStringLiteral("series-harbor-s2"));

    // The mouse's Back button, pressed anywhere in the window.
    QTest::mousePress(window->showDetailsPage(), Qt::BackButton, {}, QPoint(20, 20));
    EXPECT_EQ(window->currentPage(), library);
    QTest::keyClick(window.get(), Qt::Key_Backspace);
    EXPECT_EQ(window->currentPage(), window->homePage());
    EXPECT_EQ(window->sidebar()->currentRow(), 0);
    EXPECT_FALSE(window->canGoBack());

    QStringList announced;
    for (const QList<QVariant> &args : scopes)
        announced << args.at(0).toString();
    EXPECT_EQ(announced, (QStringList{QStringLiteral("library:lib-movies"), QStringLiteral("item:") + firstId,
                                      QStringLiteral("library:lib-movies"), QStringLiteral("series:series-harbor"),
                                      QStringLiteral("library:lib-movies"), QStringLiteral("home")}));
}

TEST_F(MainWindowTest, BackspaceEditsTheSearchWhileAltLeftStillGoesBack)
{
    showWindow();
    window->showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    ASSERT_TRUE(window->canGoBack());
    QTest::keyClick(library->view(), Qt::Key_F, Qt::ControlModifier);
    auto *search = library->findChild<QLineEdit *>(QStringLiteral("searchField"));
    ASSERT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("mov"));
    QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_EQ(search->text(), QStringLiteral("mo"));
    EXPECT_EQ(window->currentPage(), library) << "Backspace while typing is not Back";
    QTest::keyClick(search, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->currentPage(), window->homePage());
}

TEST_F(MainWindowTest, EnterOnAHomePosterOpensItAndEnterInTheGridOpensTheChosenOne)
{
    showWindow();
    PosterRow *latest = window->homePage()->latestSections().at(0)->row();
    latest->setFocus(Qt::TabFocusReason);
    QTest::keyClick(latest, Qt::Key_Right);
    const QString second = latest->currentIndex().data(ItemRoles::IdRole).toString();
    ASSERT_FALSE(second.isEmpty());
    QTest::keyClick(latest, Qt::Key_Return);
    ASSERT_EQ(window->currentPage(), window->movieDetailsPage());
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + second);

    window->showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_TRUE(library->view()->hasFocus()) << "opening a library puts the keys in its grid";
    QTest::keyClick(library->view(), Qt::Key_Right);
    QTest::keyClick(library->view(), Qt::Key_Enter);
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + library->model()->itemAt(1).id);
}

TEST_F(MainWindowTest, AHostileTitleShowsItsCharactersAndNoImage)
{
    showWindow();
    window->showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    ASSERT_EQ(library->model()->itemAt(0).name, Hostile); // '<' sorts before letters
    EXPECT_EQ(library->model()->index(0).data().toString(), Hostile);
    EXPECT_FALSE(library->grab().isNull());

    clickFirstPoster(library);
    ASSERT_EQ(window->currentPage(), window->movieDetailsPage());
    auto *title = window->movieDetailsPage()->findChild<QLabel *>(QStringLiteral("title"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(title->text(), Hostile);
    // Laid out as characters: as wide as the raw text (an <img> would be a small broken-image box).
    title->setWordWrap(false);
    EXPECT_GE(title->sizeHint().width(), title->fontMetrics().horizontalAdvance(Hostile));
    for (const QLabel *label : window->findChildren<QLabel *>())
        EXPECT_NE(label->textFormat(), Qt::RichText) << label->objectName().toStdString();
    EXPECT_FALSE(window->grab().isNull());
}

TEST_F(MainWindowTest, RefreshRequestsCarryTheVisibleScope)
{
    showWindow();
    QSignalSpy refresh(window.get(), &MainWindow::refreshRequested);
    window->showLibrary(QStringLiteral("lib-shows"));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_EQ(refresh.count(), 1);
    EXPECT_EQ(refresh.at(0).at(0).toString(), QStringLiteral("library:lib-shows"));
    Q_EMIT window->footer()->refreshRequested();
    EXPECT_EQ(refresh.count(), 2);
}

TEST_F(MainWindowTest, ReloadingPicksUpNewLibrariesAndRefreshState)
{
    showWindow();
    cache.addLibrary(QStringLiteral("lib-docs"), QStringLiteral("Documentaries"), QStringLiteral("movies"), 2);
    cache.addMovies(QStringLiteral("lib-docs"), 3, QStringLiteral("Doc"));
    ASSERT_TRUE(repos.syncState.recordSuccess(QStringLiteral("library:lib-docs"), cache.clock().nowMs() - 5 * 60'000,
                                              cache.clock().nowMs() + 60'000, {}, 3));
    window->reloadLibraries();
    ASSERT_EQ(window->sidebar()->count(), 4);
    window->showLibrary(QStringLiteral("lib-docs"));
    EXPECT_EQ(window->footer()->text(), QStringLiteral("Library: 3 items · Synced 5 minutes ago"));
    EXPECT_EQ(window->homePage()->latestSections().size(), 3);
}

TEST_F(MainWindowTest, ALibraryThatChangedWhileItsPageWasHiddenShowsTheChangeWhenOpenedAgain)
{
    showWindow();
    window->showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    ASSERT_EQ(library->model()->rowCount(), 41);
    window->sidebar()->setCurrentRow(0);
    ASSERT_EQ(window->currentPage(), window->homePage());

    cache.addMovies(QStringLiteral("lib-movies"), 45); // a refresh lands five more while Home is shown
    window->reloadScopes({QStringLiteral("library:lib-movies")});
    EXPECT_EQ(window->footer()->text(), QStringLiteral("Library: 47 items · Not synced"));

    window->showLibrary(QStringLiteral("lib-movies"));
    ASSERT_EQ(window->currentPage(), library);
    EXPECT_EQ(library->model()->rowCount(), 46) << "the page re-read what changed while it was hidden";
    EXPECT_EQ(window->footer()->text(), QStringLiteral("Library: 46 items · Not synced"));
}

TEST_F(MainWindowTest, HomeReReadsWhenTheItemsAndUserDataItShowsArriveUnderOtherScopes)
{
    showWindow();
    HomePage *home = window->homePage();
    ASSERT_EQ(home->continueWatching()->model()->rowCount(), 0);
    ASSERT_EQ(home->nextUp()->model()->rowCount(), 0);

    // The first sync: the libraries' listings bring positions and played episodes after Home's own refresh.
    const qint64 now = cache.clock().nowMs();
    const MediaItem started = cache.addMovies(QStringLiteral("lib-movies"), 41).constLast();
    cache.setUserData({started.id, false, 1, started.runTimeTicks / 3, false, now - 1000, {}, {}});
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, now - 2000, {}, {}});
    window->reloadScopes({QStringLiteral("library:lib-movies"), QStringLiteral("library:lib-shows")});
    EXPECT_EQ(home->continueWatching()->model()->rowCount(), 1) << "Continue Watching missed a library's positions";
    EXPECT_EQ(home->nextUp()->model()->rowCount(), 1) << "Next Up missed the played episode";

    // The same while Home is hidden: it re-reads when it shows again.
    window->showLibrary(QStringLiteral("lib-movies"));
    cache.setUserData({QStringLiteral("series-harbor-s1e2"), true, 1, 0, false, now, {}, {}});
    cache.setUserData({started.id, true, 2, 0, false, now, {}, {}});
    window->reloadScopes({QStringLiteral("series:series-harbor")});
    window->showHome();
    EXPECT_EQ(home->continueWatching()->model()->rowCount(), 0) << "Home showed what it read before it was hidden";
    ASSERT_EQ(home->nextUp()->model()->rowCount(), 1);
    EXPECT_EQ(home->nextUp()->model()->itemAt(0).id, QStringLiteral("series-harbor-s1e3"));
}

TEST_F(MainWindowTest, BackAndForwardWalkTheHistoryFromTheToolBarTheKeysAndTheMouse)
{
    showWindow();
    QAction *back = window->backAction();
    QAction *forward = window->forwardAction();
    EXPECT_FALSE(back->isEnabled());
    EXPECT_FALSE(forward->isEnabled());
    QWidget *backButton = window->navigationBar()->widgetForAction(back);
    QWidget *forwardButton = window->navigationBar()->widgetForAction(forward);
    ASSERT_NE(backButton, nullptr);
    ASSERT_NE(forwardButton, nullptr);
    EXPECT_TRUE(backButton->isVisible());

    window->showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    const QString movie = library->model()->itemAt(1).id;
    window->openItem(movie, ItemType::Movie);
    EXPECT_TRUE(back->isEnabled());

    QTest::mouseClick(backButton, Qt::LeftButton);
    EXPECT_EQ(window->currentPage(), library);
    ASSERT_TRUE(forward->isEnabled());
    QTest::mouseClick(forwardButton, Qt::LeftButton);
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + movie);
    EXPECT_FALSE(forward->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->currentPage(), library);
    QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + movie);
    QTest::mousePress(window->movieDetailsPage(), Qt::BackButton, {}, QPoint(20, 20));
    EXPECT_EQ(window->currentPage(), library);
    QTest::mousePress(library->view()->viewport(), Qt::ForwardButton, {}, QPoint(20, 20));
    EXPECT_EQ(window->visibleScope(), QStringLiteral("item:") + movie);

    // The History menu lists the places behind, nearest first, by name; choosing one goes back that far.
    QMenu *history = window->historyMenu();
    Q_EMIT history->aboutToShow();
    QStringList places;
    for (const QAction *action : history->actions()) {
        if (!action->isSeparator() && action != back && action != forward && action->isEnabled())
            places << action->text();
    }
    EXPECT_EQ(places, (QStringList{QStringLiteral("Movies"), QStringLiteral("Home")}));
    QAction *home = history->actions().constLast();
    home->trigger();
    EXPECT_EQ(window->currentPage(), window->homePage());
    EXPECT_FALSE(back->isEnabled());
    ASSERT_TRUE(window->canGoForward());

    // Going somewhere new forgets the way forward, as a browser does.
    window->showLibrary(QStringLiteral("lib-shows"));
    EXPECT_FALSE(window->canGoForward());
    EXPECT_FALSE(forward->isEnabled());
}

TEST_F(MainWindowTest, TheHighlightedLibraryOrHomeInTheSidebarGoesThereEvenFromADetailsPage)
{
    showWindow();
    NavigationSidebar *sidebar = window->sidebar();
    const auto clickRow = [sidebar](int row) {
        const QPoint center = sidebar->visualItemRect(sidebar->item(row)).center();
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, center);
    };
    clickRow(1);
    auto *library = qobject_cast<LibraryPage *>(window->currentPage());
    ASSERT_NE(library, nullptr);
    clickFirstPoster(library);
    ASSERT_EQ(window->currentPage(), window->movieDetailsPage());
    ASSERT_EQ(sidebar->currentRow(), 1) << "the library the movie was opened from stays highlighted";

    clickRow(1);
    EXPECT_EQ(window->currentPage(), library);
    clickRow(1);
    EXPECT_EQ(window->currentPage(), library);
    window->goBack();
    EXPECT_EQ(window->currentPage(), window->movieDetailsPage()) << "a click where the window already is adds no step";

    clickRow(0);
    ASSERT_EQ(window->currentPage(), window->homePage());
    window->openItem(QStringLiteral("series-harbor"), ItemType::Series);
    ASSERT_EQ(window->currentPage(), window->showDetailsPage());
    clickRow(0);
    EXPECT_EQ(window->currentPage(), window->homePage());
}

TEST_F(MainWindowTest, TheFirstWindowFitsTheScreenAndLaterOnesOpenAsTheUserLeftThem)
{
    window = std::make_unique<MainWindow>(repos.context());
    const QRect available = window->screen()->availableGeometry();
    EXPECT_LE(window->width(), available.width());
    EXPECT_LE(window->height(), available.height());
    EXPECT_GE(window->width(), available.width() / 2) << "fitted, not shrunk to nothing";
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_TRUE(available.contains(window->geometry())) << "the whole window is on the screen";

    const QRect chosen(available.left() + 30, available.top() + 40, available.width() / 2, available.height() / 2);
    window->setGeometry(chosen);
    window->navigationBar()->hide();
    QTest::qWait(20);
    window->close();
    window = std::make_unique<MainWindow>(repos.context());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_EQ(window->size(), chosen.size());
    EXPECT_EQ(window->geometry().topLeft(), chosen.topLeft());
    EXPECT_FALSE(window->navigationBar()->isVisible()) << "the tool bar the user hid stays hidden";

    window->showMaximized();
    QTest::qWait(20);
    window->close();
    window = std::make_unique<MainWindow>(repos.context());
    EXPECT_TRUE(window->windowState().testFlag(Qt::WindowMaximized));

    EXPECT_EQ(WindowPlacement::firstSize(QRect(0, 0, 1920, 1050)), QSize(1280, 800));
    EXPECT_EQ(WindowPlacement::firstSize(QRect(0, 0, 1280, 770)), QSize(1152, 693))
        << "a 2560×1600 screen at scale 2, less its panel";
}

TEST_F(MainWindowTest, PlayOnAShowsPosterPlaysItsNextEpisodeFromWhereTheUserStopped)
{
    cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, cache.clock().nowMs() - 1000, {}, {}});
    cache.setUserData({QStringLiteral("series-harbor-s1e2"), false, 0, 5 * 60 * 10'000'000LL, false,
                       cache.clock().nowMs(), {}, {}});
    showWindow();
    QSignalSpy play(window.get(), &MainWindow::playRequested);
    window->showLibrary(QStringLiteral("lib-shows"));
    Q_EMIT window->currentPage()->playRequested(QStringLiteral("series-harbor"), 0);
    ASSERT_EQ(play.count(), 1);
    EXPECT_EQ(play.last().at(0).toString(), QStringLiteral("series-harbor-s1e2"));
    EXPECT_EQ(play.last().at(1).toLongLong(), 5 * 60 * 10'000'000LL);

    const QString movie = QStringLiteral("movie-00003");
    Q_EMIT window->currentPage()->playRequested(movie, 42);
    EXPECT_EQ(play.last().at(0).toString(), movie) << "anything else plays as asked";
    EXPECT_EQ(play.last().at(1).toLongLong(), 42);
}

} // namespace
