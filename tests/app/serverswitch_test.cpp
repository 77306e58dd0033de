// SPDX-License-Identifier: GPL-3.0-or-later
// Several servers in the window (#14): each saved server's cached libraries in the sidebar under its name; choosing
// one switches to that server with its saved sign-in, online or not; a failed sign-in leaves the server in use alone.
#include "app/application.h"
#include "backend/awaitfuture.h"
#include "backend/backend.h"
#include "demoserver/demoserver.h"
#include "services/connectivitymonitor.h"
#include "services/metadatarefreshservice.h"
#include "services/serverlane.h"
#include "storage/cachemetarepository.h"
#include "storage/serverrepository.h"
#include "support/twoserversfixture.h"
#include "ui/dialogs/syncactivitydialog.h"
#include "ui/dialogs/syncactivitymodel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/searchpage.h"
#include "ui/widgets/posterrow.h"
#include "ui/widgets/navigationsidebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QJsonObject>
#include <QMessageBox>
#include <QTest>
#include <QListWidgetItem>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr int AppTimeoutMs = 30'000;

class ServersInTheWindow : public TwoServersFixture
{
protected:
    void SetUp() override
    {
        TwoServersFixture::SetUp();
        // Signed in to both from the command line; the friend's server, signed in to last, is the one in use.
        for (const DemoServer *server : {home.get(), friends.get()}) {
            const CliResult synced = signInAndSync(*server);
            ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
        }
    }

    void startApp()
    {
        CommandLine options;
        options.dataDir = directory.path();
        app = std::make_unique<Application>(options);
        ASSERT_TRUE(app->start());
        ASSERT_TRUE(waitUntil([&] { return app->services().isConnected(); }, AppTimeoutMs));
    }

    [[nodiscard]] QString serverInUse() { return app->services().backend()->serverUrl().toString(); }
    [[nodiscard]] QString cachedServer() { return CacheMetaRepository(app->services().database().connection()).serverId(); }

    /// The sidebar's row whose text starts with @p text (a heading may name the server's state after its name)
    /// at or after @p from; -1 if none.
    [[nodiscard]] int sidebarRow(const QString &text, int from = 0) const
    {
        NavigationSidebar *sidebar = app->mainWindow()->sidebar();
        for (int row = std::max(from, 0); row < sidebar->count(); ++row) {
            if (sidebar->item(row)->text().startsWith(text))
                return row;
        }
        return -1;
    }
    /// The button of @p box that reads @p text; null if none does.
    [[nodiscard]] static QAbstractButton *buttonOf(const QMessageBox *box, const QString &text)
    {
        const QList<QAbstractButton *> buttons = box->buttons();
        const auto found = std::find_if(buttons.cbegin(), buttons.cend(),
                                        [&](const QAbstractButton *button) { return button->text() == text; });
        return found == buttons.cend() ? nullptr : *found;
    }
    /// Both servers call themselves "Marquee Demo": the sidebar tells them apart by address.
    [[nodiscard]] static QString headingOf(const DemoServer &server)
    {
        return QStringLiteral("Marquee Demo (%1)").arg(hostAndPort(server));
    }

    std::unique_ptr<Application> app;
};

} // namespace

TEST_F(ServersInTheWindow, TheSidebarListsEachServersLibrariesAndChoosingAnotherOnesSwitchesToIt)
{
    startApp();
    ASSERT_EQ(serverInUse(), friends->baseUrl().toString());
    NavigationSidebar *sidebar = app->mainWindow()->sidebar();

    // Home, the server in use with its libraries, then the other server with its own.
    const int inUseHeading = sidebarRow(headingOf(*friends));
    const int otherHeading = sidebarRow(headingOf(*home));
    ASSERT_EQ(inUseHeading, 1);
    ASSERT_GT(otherHeading, inUseHeading);
    EXPECT_EQ(sidebarRow(QStringLiteral("Movies"), inUseHeading), inUseHeading + 1);
    const int otherMovies = sidebarRow(QStringLiteral("Movies"), otherHeading);
    ASSERT_EQ(otherMovies, otherHeading + 1) << "the other server's cached libraries under its name";
    EXPECT_FALSE(sidebar->item(inUseHeading)->flags() & Qt::ItemIsSelectable) << "a heading, not a place";

    sidebar->setCurrentRow(otherMovies);
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == home->baseUrl().toString(); }, AppTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return app->mainWindow()->location().kind == NavigationLocation::Kind::Library; },
                          AppTimeoutMs));
    EXPECT_EQ(cachedServer(), home->serverId()) << "pages read the home server's rows now";
    EXPECT_EQ(app->mainWindow()->location().id, home->libraryId(QStringLiteral("movies")));
    auto *page = qobject_cast<LibraryPage *>(app->mainWindow()->currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->libraryItemCount().value_or(-1), 12);
    EXPECT_FALSE(app->mainWindow()->canGoBack()) << "Back would lead to the other server's pages";

    // Now the friend's server is the other one, and the way back.
    EXPECT_EQ(sidebarRow(headingOf(*home)), 1);
    const int friendsHeading = sidebarRow(headingOf(*friends));
    ASSERT_GT(friendsHeading, 1);
    EXPECT_EQ(sidebar->selectedLibraryId(), home->libraryId(QStringLiteral("movies")));
    sidebar->setCurrentRow(friendsHeading);
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == friends->baseUrl().toString(); }, AppTimeoutMs));
    EXPECT_EQ(app->mainWindow()->location().kind, NavigationLocation::Kind::Home);
    EXPECT_EQ(cachedServer(), friends->serverId());
}

TEST_F(ServersInTheWindow, AServerThatIsDownIsSwitchedToAndBrowsedFromItsCache)
{
    const QString homeAddress = home->baseUrl().toString();
    const QString heading = headingOf(*home);
    home->stop();
    startApp();
    const int otherMovies = sidebarRow(QStringLiteral("Movies"), sidebarRow(heading));
    ASSERT_GT(otherMovies, 0);

    app->mainWindow()->sidebar()->setCurrentRow(otherMovies);
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == homeAddress; }, AppTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return app->mainWindow()->location().kind == NavigationLocation::Kind::Library; },
                          AppTimeoutMs));
    auto *page = qobject_cast<LibraryPage *>(app->mainWindow()->currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->libraryItemCount().value_or(-1), 12) << "the cache is there whether the server answers or not";
    EXPECT_TRUE(waitUntil([&] { return !app->services().connectivity()->isOnline(); }, AppTimeoutMs))
        << "and the window learns it is offline";
}

TEST_F(ServersInTheWindow, AFailedSignInLeavesTheServerInUseConnected)
{
    startApp();
    Backend *inUse = app->services().backend();
    MetadataRefreshService *refresh = app->services().refreshService();

    const Result<Session> wrongPassword = awaitResult(
        app->services().signIn(home->baseUrl(), DemoServer::userName(), QStringLiteral("not the password")),
        AppTimeoutMs);
    ASSERT_FALSE(wrongPassword);
    const Result<Session> nobodyThere = awaitResult(
        app->services().signIn(QUrl(QStringLiteral("http://127.0.0.1:1")), DemoServer::userName(), DemoServer::password()),
        AppTimeoutMs);
    ASSERT_FALSE(nobodyThere);

    EXPECT_EQ(app->services().backend(), inUse) << "the sign-in replaced the server in use before it was checked";
    EXPECT_EQ(app->services().refreshService(), refresh);
    EXPECT_EQ(serverInUse(), friends->baseUrl().toString());
    EXPECT_EQ(cachedServer(), friends->serverId());
    EXPECT_TRUE(app->services().connectivity()->isOnline());
}

TEST_F(ServersInTheWindow, ChangesMadeForAnotherServerReachItWhileTheWindowShowsTheOneInUse)
{
    const QString movie =
        queryData(directory.path(), QStringLiteral("SELECT id FROM items WHERE type = 'Movie' LIMIT 1")).toString();
    markPlayedOffline(*home, movie);
    const QString played = QStringLiteral("/UserItems/{itemId}/UserData");
    const qint64 before = home->requestCounts().value(played);

    startApp();
    ASSERT_EQ(serverInUse(), friends->baseUrl().toString());
    EXPECT_TRUE(waitUntil([&] { return home->requestCounts().value(played) == before + 1; }, AppTimeoutMs))
        << "the home server's mark waited for the home server to be the one in use";
    EXPECT_TRUE(waitUntil(
        [&] {
            return queryData(directory.path(), QStringLiteral("SELECT count(*) FROM state.playback_queue")).toInt() == 0;
        },
        AppTimeoutMs));
    EXPECT_EQ(serverInUse(), friends->baseUrl().toString()) << "and nothing switched to send it";

    // Named as a user would name them (Rename… in the sidebar), for the screenshot.
    {
        ServerRepository servers(app->services().database().connection());
        ASSERT_TRUE(servers.rename(servers.byUrl(home->baseUrl().toString())->id, QStringLiteral("Home server")));
        ASSERT_TRUE(servers.rename(servers.byUrl(friends->baseUrl().toString())->id, QStringLiteral("Friend's server")));
    }
    app->mainWindow()->reloadLibraries();

    // The other server going down shows beside it, and in the footer, while the one in use carries on.
    home->stop();
    ASSERT_TRUE(waitUntil([&] { return sidebarRow(QStringLiteral("Home server · offline")) > 0; }, AppTimeoutMs))
        << "the sidebar never said the home server is offline";
    EXPECT_EQ(app->mainWindow()->footer()->otherServersText(), QStringLiteral("Home server: offline"));
    EXPECT_TRUE(app->services().connectivity()->isOnline());

    app->mainWindow()->resize(1280, 800);
    QTest::qWait(1'500); // the posters of the first rows
    const QImage image = app->mainWindow()->grab().toImage();
    ASSERT_FALSE(image.isNull());
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(image.save(QDir(dir).filePath(QStringLiteral("servers-sidebar.png"))));
    }
}

TEST_F(ServersInTheWindow, ARenamedServerIsCalledSoInTheSidebarAndByMarqueeCli)
{
    startApp();
    const std::optional<ServerRecord> saved =
        ServerRepository(app->services().database().connection()).byUrl(home->baseUrl().toString());
    ASSERT_TRUE(saved.has_value());
    Q_EMIT app->mainWindow()->sidebar()->serverRenameRequested(saved->id, QStringLiteral("Marquee Demo"));
    auto *dialog = app->mainWindow()->findChild<QInputDialog *>();
    ASSERT_NE(dialog, nullptr) << "Rename… asks for the name";
    EXPECT_EQ(dialog->textValue(), QStringLiteral("Marquee Demo"));
    dialog->setTextValue(QStringLiteral("  Home  "));
    dialog->accept();

    EXPECT_GT(sidebarRow(QStringLiteral("Home"), 2), 1) << "the renamed server's heading";
    EXPECT_EQ(sidebarRow(headingOf(*friends)), -1) << "no name is shared now: no address is added";
    EXPECT_EQ(sidebarRow(QStringLiteral("Marquee Demo")), 1);
    app.reset();
    const CliResult stats = runCli(directory.path(), {QStringLiteral("stats"), QStringLiteral("--server"), QStringLiteral("home")});
    EXPECT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("Server: Home (%1)").arg(home->baseUrl().toString())))
        << stats.out.toStdString();
}

TEST_F(ServersInTheWindow, RemovingAnotherServerSaysWhatWillBeLostAndLeavesTheOneInUse)
{
    const QString movie =
        queryData(directory.path(), QStringLiteral("SELECT id FROM items WHERE type = 'Movie' LIMIT 1")).toString();
    markPlayedOffline(*home, movie);
    markPlayedOffline(*friends, movie);
    const QString homeAddress = home->baseUrl().toString();
    home->stop(); // so that the mark cannot reach it
    startApp();
    const int friendsItems = itemsOf(*friends);
    ASSERT_GT(itemsOf(*home), 0);
    const std::optional<ServerRecord> saved =
        ServerRepository(app->services().database().connection()).byUrl(homeAddress);
    ASSERT_TRUE(saved.has_value());

    Q_EMIT app->mainWindow()->sidebar()->serverRemoveRequested(saved->id);
    auto *box = app->mainWindow()->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr) << "nothing is removed without asking";
    EXPECT_EQ(box->text(), QStringLiteral("Remove Marquee Demo from Marquee?"));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("1 change you made"))) << box->informativeText().toStdString();
    QAbstractButton *remove = buttonOf(box, QStringLiteral("Remove"));
    ASSERT_NE(remove, nullptr);
    remove->click();

    ASSERT_TRUE(waitUntil([&] { return ServerRepository(app->services().database().connection()).all().size() == 1; },
                          AppTimeoutMs));
    EXPECT_EQ(itemsOf(*home), 0);
    EXPECT_EQ(itemsOf(*friends), friendsItems) << "the other server's cache is untouched";
    EXPECT_TRUE(waitUntil([&] { return sidebarRow(QStringLiteral("Marquee Demo")) == -1; }, AppTimeoutMs))
        << "one server left: no headings";
    EXPECT_EQ(queryData(directory.path(),
                        QStringLiteral("SELECT count(*) FROM state.playback_queue WHERE server_id = '%1'").arg(home->serverId()))
                  .toInt(),
              0);
    EXPECT_EQ(serverInUse(), friends->baseUrl().toString());
    EXPECT_TRUE(app->services().isConnected());
}

TEST_F(ServersInTheWindow, HomeShowsEveryServerAndOpeningAnotherServersItemSwitchesToItFirst)
{
    // Both demo servers use the same ids: a movie started on each, on the home server most recently.
    const QString firstMovies = QStringLiteral("SELECT DISTINCT id FROM items WHERE type = 'Movie' ORDER BY id ");
    const QString homeMovie = queryData(directory.path(), firstMovies + QStringLiteral("LIMIT 1")).toString();
    const QString friendsMovie = queryData(directory.path(), firstMovies + QStringLiteral("LIMIT 1 OFFSET 1")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto started = [](const QDateTime &at) {
        return QJsonObject{{QStringLiteral("PlaybackPositionTicks"), double(600LL * 10'000'000)},
                           {QStringLiteral("LastPlayedDate"), at.toString(Qt::ISODateWithMs)}};
    };
    ASSERT_TRUE(home->changeUserDataFromOtherDevice(homeMovie, started(now.addSecs(-3600))));
    ASSERT_TRUE(friends->changeUserDataFromOtherDevice(friendsMovie, started(now.addSecs(-7200))));
    // A full pass: user data changed elsewhere is not in an incremental listing (the app's Home refresh reads it).
    for (const DemoServer *server : {home.get(), friends.get()}) {
        const CliResult synced = run({QStringLiteral("sync"), QStringLiteral("--full"), QStringLiteral("--server"),
                                      server->baseUrl().toString()});
        ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
    }
    home->resetCounters();
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        ServerRepository servers(database.connection());
        ASSERT_TRUE(servers.rename(servers.byUrl(home->baseUrl().toString())->id, QStringLiteral("Home server")));
        ASSERT_TRUE(servers.rename(servers.byUrl(friends->baseUrl().toString())->id, QStringLiteral("Friend's server")));
    }

    startApp();
    ASSERT_EQ(serverInUse(), friends->baseUrl().toString());
    HomePage *page = app->mainWindow()->homePage();
    ItemListModel *resume = page->continueWatching()->model();
    ASSERT_GE(resume->rowCount(), 2) << "Continue Watching holds both servers' started items";
    EXPECT_EQ(resume->itemAt(0).id, homeMovie) << "newest first, whichever server";
    EXPECT_EQ(resume->itemAt(0).serverId, home->serverId());
    EXPECT_TRUE(resume->index(0).data(ItemRoles::SubtitleRole).toString().startsWith(QStringLiteral("Home server · ")))
        << "the poster says where it lives";
    EXPECT_EQ(resume->itemAt(1).id, friendsMovie);
    EXPECT_EQ(resume->itemAt(1).serverId, QString()) << "the server in use";

    // Each library of one name is there twice, once per server, and says which.
    QStringList titles;
    for (const HomeSection *section : page->latestSections())
        titles << section->title();
    EXPECT_TRUE(titles.contains(QStringLiteral("Latest in Movies · Friend's server"))) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Latest in Movies · Home server"))) << titles.join(u'|').toStdString();

    // The other server's posters come from that server, not from the one in use.
    app->mainWindow()->resize(1280, 800);
    app->mainWindow()->show();
    EXPECT_TRUE(waitUntil([&] { return home->requestCounts().value(QStringLiteral("/Items/{itemId}/Images/{imageType}")) > 0; },
                          AppTimeoutMs))
        << "no poster was fetched from the home server";
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(1'500); // the rest of the posters
        QDir().mkpath(dir);
        EXPECT_TRUE(app->mainWindow()->grab().save(QDir(dir).filePath(QStringLiteral("servers-home.png"))));
    }

    PosterRow *row = page->continueWatching()->row();
    QTest::mouseClick(row->viewport(), Qt::LeftButton, {}, row->visualRect(resume->index(0)).center());
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == home->baseUrl().toString(); }, AppTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return app->mainWindow()->location().kind == NavigationLocation::Kind::Movie; },
                          AppTimeoutMs));
    EXPECT_EQ(app->mainWindow()->location().id, homeMovie);
    EXPECT_EQ(cachedServer(), home->serverId()) << "the movie page reads the home server's row";
}

TEST_F(ServersInTheWindow, RemovingTheServerInUseSwitchesToAnotherFirst)
{
    startApp();
    ASSERT_EQ(serverInUse(), friends->baseUrl().toString());
    const int homeItems = itemsOf(*home);
    ASSERT_GT(itemsOf(*friends), 0);
    const std::optional<ServerRecord> inUse =
        ServerRepository(app->services().database().connection()).byUrl(friends->baseUrl().toString());
    ASSERT_TRUE(inUse.has_value());

    Q_EMIT app->mainWindow()->sidebar()->serverRemoveRequested(inUse->id);
    auto *box = app->mainWindow()->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr) << "nothing is removed without asking";
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("Marquee switches to Marquee Demo first.")))
        << box->informativeText().toStdString();
    QAbstractButton *remove = buttonOf(box, QStringLiteral("Remove"));
    ASSERT_NE(remove, nullptr);
    remove->click();

    ASSERT_TRUE(waitUntil([&] { return serverInUse() == home->baseUrl().toString(); }, AppTimeoutMs))
        << "the other server did not take its place";
    ASSERT_TRUE(waitUntil([&] { return ServerRepository(app->services().database().connection()).all().size() == 1; },
                          AppTimeoutMs));
    EXPECT_EQ(itemsOf(*friends), 0);
    EXPECT_EQ(itemsOf(*home), homeItems);
    EXPECT_EQ(cachedServer(), home->serverId());
    EXPECT_EQ(app->mainWindow()->location().kind, NavigationLocation::Kind::Home);
    EXPECT_TRUE(waitUntil([&] { return sidebarRow(QStringLiteral("Marquee Demo")) == -1; }, AppTimeoutMs))
        << "one server left: no headings";
}

TEST_F(ServersInTheWindow, F5RefreshesHomeOnEveryServerAndOneBeingDownLeavesTheOtherRefreshing)
{
    const QString firstMovies = QStringLiteral("SELECT DISTINCT id FROM items WHERE type = 'Movie' ORDER BY id ");
    const QString homeMovie = queryData(directory.path(), firstMovies + QStringLiteral("LIMIT 1")).toString();
    const QString friendsMovie = queryData(directory.path(), firstMovies + QStringLiteral("LIMIT 1 OFFSET 1")).toString();
    const auto startedNow = [] {
        return QJsonObject{{QStringLiteral("PlaybackPositionTicks"), double(600LL * 10'000'000)},
                           {QStringLiteral("LastPlayedDate"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    };
    const auto resumeHolds = [&](const QString &id, const QString &serverId) {
        const ItemListModel *resume = app->mainWindow()->homePage()->continueWatching()->model();
        for (int row = 0; row < resume->rowCount(); ++row) {
            if (resume->itemAt(row).id == id && resume->itemAt(row).serverId == serverId)
                return true;
        }
        return false;
    };
    startApp();
    ASSERT_EQ(serverInUse(), friends->baseUrl().toString());
    ASSERT_FALSE(resumeHolds(homeMovie, home->serverId()));
    // The other server's lane has done its own first look; a refresh asked for while one runs waits for none.
    ASSERT_TRUE(waitUntil(
        [&] {
            const ServerLane *lane = app->services().laneOf(home->serverId());
            return lane && lane->refresh().isIdle();
        },
        AppTimeoutMs));

    // Started on another device, on the server the window does not use: F5 on Home refreshes that server's rows too.
    ASSERT_TRUE(home->changeUserDataFromOtherDevice(homeMovie, startedNow()));
    Q_EMIT app->mainWindow()->footer()->refreshRequested(); // its button, as F5
    EXPECT_TRUE(waitUntil([&] { return resumeHolds(homeMovie, home->serverId()); }, AppTimeoutMs))
        << "the other server's Continue Watching was not refreshed";
    EXPECT_EQ(serverInUse(), friends->baseUrl().toString()) << "nothing switched to refresh it";

    // The home server goes down: its refresh fails on its own, and the server in use keeps refreshing.
    const QString homeOffline = headingOf(*home) + QStringLiteral(" · offline"); // the address goes with the server
    home->stop();
    ASSERT_TRUE(friends->changeUserDataFromOtherDevice(friendsMovie, startedNow()));
    Q_EMIT app->mainWindow()->footer()->refreshRequested(); // its button, as F5
    EXPECT_TRUE(waitUntil([&] { return resumeHolds(friendsMovie, QString()); }, AppTimeoutMs))
        << "the server in use's Continue Watching was not refreshed";
    EXPECT_TRUE(waitUntil([&] { return sidebarRow(homeOffline) > 0; },
                          AppTimeoutMs))
        << "the home server's failed refresh never showed";
    EXPECT_TRUE(app->services().connectivity()->isOnline()) << "another server's failure is not the one in use's";
    EXPECT_TRUE(resumeHolds(homeMovie, home->serverId())) << "what was cached of the server that is down stays";
}

TEST_F(ServersInTheWindow, AnotherServerThatChangedIdentityKeepsItsRowsUntilItIsSwitchedTo)
{
    const QString previousId = home->serverId();
    const int homeItems = itemsOf(*home);
    const int friendsItems = itemsOf(*friends);
    home->changeIdentity(); // reinstalled at the same address
    startApp();
    ASSERT_TRUE(waitUntil([&] { return app->services().laneOf(previousId) != nullptr; }, AppTimeoutMs));
    Q_EMIT app->mainWindow()->footer()->refreshRequested();
    ASSERT_TRUE(waitUntil(
        [&] {
            return app->services().laneOf(previousId)->refresh().isIdle()
                && queryData(directory.path(), QStringLiteral("SELECT count(*) FROM sync_runs WHERE scope = 'libraries' "
                                                              "AND error LIKE '%another server answers%'"))
                           .toInt()
                       > 0;
        },
        AppTimeoutMs))
        << "the background refresh did not notice the new identity";
    EXPECT_EQ(queryData(directory.path(), QStringLiteral("SELECT count(*) FROM items i JOIN cache_servers s USING "
                                                         "(server_key) WHERE s.server_id = '%1'")
                                              .arg(previousId))
                  .toInt(),
              homeItems)
        << "its rows wait for the user to switch to it, whose sign-in replaces them";
    EXPECT_EQ(itemsOf(*friends), friendsItems);
    EXPECT_EQ(CacheMetaRepository(app->services().database().connection()).serverId(), friends->serverId());
}

TEST_F(ServersInTheWindow, SearchFindsTitlesOnEveryServerEachUnderItsNameOfflineToo)
{
    // A title typed key by key: letters and spaces only.
    const QString movie = queryData(directory.path(), QStringLiteral("SELECT id FROM items WHERE type = 'Movie' "
                                                                     "AND name NOT GLOB '*[^A-Za-z ]*' "
                                                                     "ORDER BY id LIMIT 1"))
                              .toString();
    const QString title =
        queryData(directory.path(), QStringLiteral("SELECT name FROM items WHERE id = '%1' LIMIT 1").arg(movie))
            .toString();
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        ServerRepository servers(database.connection());
        ASSERT_TRUE(servers.rename(servers.byUrl(home->baseUrl().toString())->id, QStringLiteral("Home server")));
        ASSERT_TRUE(servers.rename(servers.byUrl(friends->baseUrl().toString())->id, QStringLiteral("Friend's server")));
    }
    const QString homeAddress = home->baseUrl().toString();
    home->stop(); // what is cached of it is found all the same
    startApp();
    MainWindow *window = app->mainWindow();
    window->resize(1280, 800);
    window->show();

    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    ASSERT_TRUE(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), title);
    ASSERT_TRUE(waitUntil([&] { return window->searchPage() && window->searchPage()->sections().size() == 2; },
                          AppTimeoutMs))
        << "the title is cached of both servers";
    EXPECT_EQ(window->location().kind, NavigationLocation::Kind::Search);
    EXPECT_EQ(window->location().id, title);
    const QList<HomeSection *> sections = window->searchPage()->sections();
    EXPECT_EQ(sections.at(0)->title(), QStringLiteral("Friend's server")) << "the server in use first";
    EXPECT_EQ(sections.at(1)->title(), QStringLiteral("Home server"));
    const auto rowOf = [&](const HomeSection *section) { return section->model()->rowOf(movie); };
    ASSERT_GE(rowOf(sections.at(0)), 0);
    ASSERT_GE(rowOf(sections.at(1)), 0);
    EXPECT_EQ(sections.at(1)->model()->itemAt(rowOf(sections.at(1))).serverId, home->serverId());
    // One entry in the history for the search, however many letters were typed.
    window->goBack();
    EXPECT_EQ(window->location().kind, NavigationLocation::Kind::Home);
    window->goForward();
    EXPECT_EQ(window->location().kind, NavigationLocation::Kind::Search);
    EXPECT_EQ(window->searchField()->text(), title);
    window->searchField()->setFocus();
    window->searchField()->end(false);

    QTest::keyClicks(window->searchField(), QStringLiteral("zzzz"));
    ASSERT_TRUE(waitUntil([&] { return window->searchPage()->isEmptyStateShown(); }, AppTimeoutMs));
    EXPECT_EQ(window->searchPage()->emptyStateText(),
              QStringLiteral("Nothing cached on any server matches “%1zzzz”.").arg(title));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(window->searchField(), Qt::Key_Backspace);
    ASSERT_TRUE(waitUntil([&] { return window->searchPage()->sections().size() == 2; }, AppTimeoutMs));
    // Enter puts the keyboard in the first row of results; Down moves it to the next server's row.
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    PosterRow *first = window->searchPage()->sections().at(0)->row();
    ASSERT_TRUE(waitUntil([&] { return first->hasFocus(); }, AppTimeoutMs));
    QTest::keyClick(first, Qt::Key_Down);
    EXPECT_TRUE(window->searchPage()->sections().at(1)->row()->hasFocus());
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(1'500); // the posters
        QDir().mkpath(dir);
        EXPECT_TRUE(window->grab().save(QDir(dir).filePath(QStringLiteral("servers-search.png"))));
    }

    // The home server's result opens on the home server, switched to first, though it does not answer.
    PosterRow *row = window->searchPage()->sections().at(1)->row();
    QTest::mouseClick(row->viewport(), Qt::LeftButton, {},
                      row->visualRect(row->model()->index(rowOf(window->searchPage()->sections().at(1)), 0)).center());
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == homeAddress; }, AppTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return window->location().kind == NavigationLocation::Kind::Movie; }, AppTimeoutMs));
    EXPECT_EQ(window->location().id, movie);
}

TEST_F(ServersInTheWindow, SyncActivityShowsEachServersRunsAndAnotherServersFailureIsItsOwn)
{
    const QString homeName = headingOf(*home);
    const QString homeId = home->serverId();
    home->stop();
    startApp();
    ASSERT_TRUE(waitUntil([&] { return app->services().laneOf(homeId) != nullptr; }, AppTimeoutMs));
    Q_EMIT app->mainWindow()->footer()->refreshRequested();
    const auto failedRunsOf = [&](const QString &serverId) {
        return queryData(directory.path(), QStringLiteral("SELECT count(*) FROM sync_runs r JOIN cache_servers s USING "
                                                          "(server_key) WHERE s.server_id = '%1' AND r.status = 'failed'")
                                               .arg(serverId))
            .toInt();
    };
    ASSERT_TRUE(waitUntil([&] { return failedRunsOf(homeId) > 0 && app->services().laneOf(homeId)->refresh().isIdle(); },
                          AppTimeoutMs));
    EXPECT_EQ(failedRunsOf(friends->serverId()), 0);

    QAction *activity = nullptr;
    for (QAction *action : app->mainWindow()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Sync &activity…"))
            activity = action;
    }
    ASSERT_NE(activity, nullptr);
    activity->trigger();
    auto *dialog = app->mainWindow()->findChild<SyncActivityDialog *>();
    ASSERT_NE(dialog, nullptr);
    QComboBox *chooser = dialog->serverChooser();
    ASSERT_TRUE(chooser->isVisibleTo(dialog));
    ASSERT_EQ(chooser->count(), 2);
    EXPECT_EQ(chooser->itemText(0), headingOf(*friends)) << "the server in use first";
    EXPECT_EQ(chooser->itemText(1), homeName);
    const auto failedRowsShown = [&] {
        int failed = 0;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            failed += dialog->model()->run(row).status == QStringLiteral("failed") ? 1 : 0;
        return failed;
    };
    ASSERT_GT(dialog->model()->rowCount(), 0);
    EXPECT_EQ(failedRowsShown(), 0) << "the server in use's runs all went well";

    dialog->showServer(1);
    EXPECT_EQ(chooser->currentIndex(), 1);
    EXPECT_EQ(failedRowsShown(), failedRunsOf(homeId)) << "the home server's own runs, its failures among them";
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->resize(1000, 360);
        QDir().mkpath(dir);
        EXPECT_TRUE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("servers-sync-activity.png"))));
    }
    dialog->close();
}
