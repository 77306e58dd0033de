// SPDX-License-Identifier: GPL-3.0-or-later
// `marquee --demo` shows the Plex face too (#15): the demo library served as Jellyfin (in use) and as Plex, two
// servers in the sidebar, the Plex one switched to and browsed like any saved server; its sign-ins live in memory
// for the run, and the run leaves no demo server behind for the next launch.
#include "app/application.h"
#include "backend/awaitfuture.h"
#include "backend/backend.h"
#include "demoserver/demoserver.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/serverrepository.h"
#include "support/twoserversfixture.h"
#include "ui/mainwindow.h"
#include "ui/models/itemlistmodel.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/widgets/navigationsidebar.h"

#include <QDir>
#include <QFileInfo>
#include <QListWidgetItem>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

// The whole window and a first sync of the demo library, twice (one face each).
constexpr int AppTimeoutMs = 60'000;

class DemoWithPlexFace : public TwoServersFixture
{
protected:
    void startDemo()
    {
        CommandLine options;
        options.demo = true;
        options.dataDir = directory.path();
        app = std::make_unique<Application>(options);
        ASSERT_TRUE(app->start());
        ASSERT_TRUE(waitUntil([&] { return app->services().isConnected(); }, AppTimeoutMs));
        demo = app->services().demoServer();
        ASSERT_NE(demo, nullptr);
    }

    [[nodiscard]] QString serverInUse() { return app->services().backend()->serverUrl().toString(); }
    /// The sidebar's row whose text is @p text, at or after @p from; -1 if none.
    [[nodiscard]] int sidebarRow(const QString &text, int from = 0) const
    {
        NavigationSidebar *sidebar = app->mainWindow()->sidebar();
        for (int row = std::max(from, 0); row < sidebar->count(); ++row) {
            if (sidebar->item(row)->text() == text)
                return row;
        }
        return -1;
    }
    [[nodiscard]] QList<ServerRecord> savedServers()
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        EXPECT_TRUE(database.open().ok);
        return ServerRepository(database.connection()).all();
    }

    std::unique_ptr<Application> app;
    DemoServer *demo = nullptr;
};

} // namespace

TEST_F(DemoWithPlexFace, TheSidebarListsTheDemoAsJellyfinAndAsPlexAndSwitchingToPlexShowsItsLibraries)
{
    // A demo run that was killed left its servers behind, at a port that is gone.
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        ServerRecord stale;
        stale.url = QStringLiteral("http://127.0.0.1:1");
        stale.serverId = QStringLiteral("0123456789abcdef0123456789abcdef");
        stale.userId = QStringLiteral("demo");
        stale.credentialKey = QStringLiteral("demo/plex/0123456789abcdef0123456789abcdef/demo");
        stale.kind = ServerKind::Plex;
        ASSERT_GT(ServerRepository(database.connection()).saveInactive(stale, 1'700'000'000'000), 0);
    }
    startDemo();
    ASSERT_EQ(serverInUse(), demo->baseUrl().toString()) << "the Jellyfin face is the one in use, as before";
    NavigationSidebar *sidebar = app->mainWindow()->sidebar();

    // Home, the Jellyfin face in use, then the Plex face: the same library, another server.
    ASSERT_TRUE(waitUntil([&] { return sidebarRow(DemoServer::plexServerName()) > 1; }, AppTimeoutMs))
        << "the demo's Plex face is not in the sidebar";
    EXPECT_EQ(sidebarRow(DemoServer::serverName()), 1);
    EXPECT_EQ(savedServers().size(), 2) << "the killed run's demo server was not forgotten";
    ASSERT_TRUE(waitUntil([&] { return sidebarRow(QStringLiteral("Movies"), 1) == 2; }, AppTimeoutMs))
        << "the Jellyfin face's libraries never showed";

    sidebar->setCurrentRow(sidebarRow(DemoServer::plexServerName()));
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == demo->plexBaseUrl().toString(); }, AppTimeoutMs))
        << "choosing the Plex face did not switch to it";
    EXPECT_EQ(serverKindFromName(app->services().backend()->kind()), ServerKind::Plex);
    EXPECT_EQ(CacheMetaRepository(app->services().database().connection()).serverId(), demo->plexServerId());
    // Its libraries arrive with its first sync, under its heading; the Jellyfin face is the other server now.
    ASSERT_TRUE(waitUntil([&] { return sidebarRow(QStringLiteral("Movies"), 1) == 2; }, AppTimeoutMs))
        << "the Plex face's libraries never showed";
    EXPECT_EQ(sidebarRow(DemoServer::plexServerName()), 1);
    const int jellyfinHeading = sidebarRow(DemoServer::serverName());
    ASSERT_GT(jellyfinHeading, 2);
    EXPECT_EQ(sidebarRow(QStringLiteral("Movies"), jellyfinHeading), jellyfinHeading + 1)
        << "the Jellyfin face's cached libraries under its name";

    sidebar->setCurrentRow(2);
    ASSERT_TRUE(waitUntil([&] { return app->mainWindow()->location().kind == NavigationLocation::Kind::Library; },
                          AppTimeoutMs));
    EXPECT_EQ(app->mainWindow()->location().id,
              QStringLiteral("section-") + demo->plexRatingKey(demo->libraryId(QStringLiteral("movies"))));
    const int movies = int(demo->itemIds(DemoItemKind::Movie).size());
    EXPECT_TRUE(waitUntil(
        [&] {
            auto *page = qobject_cast<LibraryPage *>(app->mainWindow()->currentPage());
            return page && page->libraryItemCount().value_or(-1) == movies;
        },
        AppTimeoutMs))
        << "the Plex face's movies never filled its library page";

    // Back on the Jellyfin face, Home holds the Plex face's rows too, as another server's.
    sidebar->setCurrentRow(sidebarRow(DemoServer::serverName()));
    ASSERT_TRUE(waitUntil([&] { return serverInUse() == demo->baseUrl().toString(); }, AppTimeoutMs));
    const QString plexMovies = QStringLiteral("Latest in Movies · %1").arg(DemoServer::plexServerName());
    const HomeSection *plexRow = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const HomeSection *section : app->mainWindow()->homePage()->latestSections()) {
                if (section->title() == plexMovies && section->model()->rowCount() > 0)
                    plexRow = section;
            }
            return plexRow != nullptr;
        },
        AppTimeoutMs))
        << "Home has no row of the Plex face's movies";
    EXPECT_EQ(plexRow->model()->itemAt(0).serverId, demo->plexServerId());

    // Nothing of the demo's sign-ins is written anywhere, nor kept for the next launch.
    EXPECT_FALSE(QFileInfo::exists(QDir(directory.path()).filePath(QStringLiteral("data/credentials.json"))));
    app.reset();
    EXPECT_TRUE(savedServers().isEmpty()) << "the next launch would list this run's demo servers";
}

TEST_F(DemoWithPlexFace, ADemoRunLeavesTheUsersOwnServersAsTheyWere)
{
    // The friend's server: another server id than the demo's, as the user's own server has.
    const CliResult synced = signInAndSync(*friends);
    ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
    startDemo();
    ASSERT_TRUE(waitUntil([&] { return sidebarRow(DemoServer::plexServerName()) > 1; }, AppTimeoutMs));
    QStringList rows;
    for (int row = 0; row < app->mainWindow()->sidebar()->count(); ++row)
        rows << app->mainWindow()->sidebar()->item(row)->text();
    EXPECT_TRUE(rows.contains(QStringLiteral("Marquee Demo (%1)").arg(hostAndPort(*friends))))
        << "the user's own server is listed beside the demo's two: " << rows.join(QStringLiteral(" | ")).toStdString();
    app.reset();

    const QList<ServerRecord> saved = savedServers();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.constFirst().url, friends->baseUrl().toString());
    EXPECT_TRUE(saved.constFirst().isActive) << "the next launch would not restore the user's server";
}
