// SPDX-License-Identifier: GPL-3.0-or-later
// Several servers from the command line (#14): two demo servers with the same item ids but their own identities,
// each synced, listed, looked at, synced again and cleared by name, without touching the other's cache.
#include "app/translations.h"
#include "demoserver/demoserver.h"
#include "support/twoserversfixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

class CliServersTest : public TwoServersFixture
{
protected:
    static void SetUpTestSuite() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    int items() { return queryData(directory.path(), QStringLiteral("SELECT count(*) FROM items")).toInt(); }
};

} // namespace

TEST_F(CliServersTest, SigningInToASecondServerKeepsTheFirstOnesCache)
{
    ASSERT_EQ(signInAndSync(*home).code, 0);
    const int one = items();
    ASSERT_GT(one, 12);
    const CliResult second = signInAndSync(*friends);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_EQ(itemsOf(*home), one) << "another server is not a replaced one";
    EXPECT_EQ(itemsOf(*friends), one);
    EXPECT_EQ(items(), 2 * one) << "the same item ids, two rows each";
}

TEST_F(CliServersTest, ServersListsEachWithItsCacheAndNameOrAddressPicksOne)
{
    ASSERT_EQ(signInAndSync(*home).code, 0);
    ASSERT_EQ(signInAndSync(*friends).code, 0);
    const int each = itemsOf(*home);

    const CliResult listed = run({QStringLiteral("servers")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << listed.out.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("  "))) << "the first one is no longer the one in use";
    EXPECT_TRUE(lines.at(1).contains(home->baseUrl().toString())) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("* "))) << lines.at(2).toStdString();
    EXPECT_TRUE(lines.at(2).contains(friends->baseUrl().toString()));
    for (const QString &line : lines.mid(1)) {
        EXPECT_TRUE(line.contains(QStringLiteral("jellyfin"))) << line.toStdString();
        EXPECT_TRUE(line.contains(QStringLiteral("%1 items, synced ").arg(each))) << line.toStdString();
    }

    // Stats of the first server by its address, with the server gone: read from the cache.
    const QString homeAddress = home->baseUrl().toString();
    const QString homeHost = hostAndPort(*home);
    home->stop();
    const CliResult stats = run({QStringLiteral("stats"), QStringLiteral("--server"), homeHost});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("Server: Marquee Demo (%1) as demo").arg(homeAddress)))
        << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("Cached server id: %1").arg(home->serverId())));
    EXPECT_TRUE(stats.out.contains(QStringLiteral("  Movie: 12\n"))) << stats.out.toStdString();

    const CliResult unknown = run({QStringLiteral("stats"), QStringLiteral("--server"), QStringLiteral("Attic")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no saved server is called \"Attic\""))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\"Marquee Demo\" at %1").arg(friends->baseUrl().toString())))
        << "it names the ones there are";
}

TEST_F(CliServersTest, SyncByNameUsesThatServersSavedSignInAndClearByNameLeavesTheOther)
{
    ASSERT_EQ(signInAndSync(*home).code, 0);
    ASSERT_EQ(signInAndSync(*friends).code, 0);
    const int each = itemsOf(*home);
    const QString movie = queryData(directory.path(), QStringLiteral("SELECT id FROM items WHERE type = 'Movie' LIMIT 1"))
                              .toString();
    ASSERT_TRUE(home->renameItem(movie, QStringLiteral("Renamed at home")));

    const CliResult synced = run({QStringLiteral("sync"), QStringLiteral("--server"), home->baseUrl().toString()});
    ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
    const QString listed = run({QStringLiteral("servers")}).out;
    EXPECT_TRUE(listed.contains(QStringLiteral("* Marquee Demo  jellyfin  %1").arg(home->baseUrl().toString())))
        << "the server synced last is the one used next\n"
        << listed.toStdString();
    EXPECT_EQ(queryData(directory.path(), QStringLiteral("SELECT count(*) FROM items WHERE name = 'Renamed at home'"))
                  .toInt(),
              1)
        << "the home server's rows were refreshed, the friend's were not";
    EXPECT_EQ(itemsOf(*friends), each);

    const CliResult cleared = run({QStringLiteral("clear"), QStringLiteral("--server"), hostAndPort(*friends)});
    ASSERT_EQ(cleared.code, 0) << cleared.err.toStdString();
    EXPECT_TRUE(cleared.out.contains(
                    QStringLiteral("Cleared %1 items of Marquee Demo (%2)").arg(each).arg(friends->baseUrl().toString())))
        << cleared.out.toStdString();
    EXPECT_EQ(itemsOf(*friends), 0);
    EXPECT_EQ(itemsOf(*home), each);
}

TEST_F(CliServersTest, SyncWithoutAServerSyncsEachInTurnAndSendsEachItsOwnOfflineChanges)
{
    ASSERT_EQ(signInAndSync(*home).code, 0);
    ASSERT_EQ(signInAndSync(*friends).code, 0);
    const QString movie =
        queryData(directory.path(), QStringLiteral("SELECT id FROM items WHERE type = 'Movie' LIMIT 1")).toString();
    ASSERT_TRUE(home->renameItem(movie, QStringLiteral("Renamed at home")));
    ASSERT_TRUE(friends->renameItem(movie, QStringLiteral("Renamed at the friends")));
    // Marked played offline on both, the same item id: each mark belongs to its own server.
    markPlayedOffline(*home, movie);
    markPlayedOffline(*friends, movie);
    // A mark with the time it was made goes as the item's user data.
    const QString played = QStringLiteral("/UserItems/{itemId}/UserData");
    const qint64 homeMarks = home->requestCounts().value(played);
    const qint64 friendsMarks = friends->requestCounts().value(played);

    const CliResult synced = run({QStringLiteral("sync")});
    ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
    EXPECT_TRUE(synced.out.contains(QStringLiteral("Marquee Demo (%1):\n").arg(home->baseUrl().toString())))
        << synced.out.toStdString();
    EXPECT_TRUE(synced.out.contains(QStringLiteral("Marquee Demo (%1):\n").arg(friends->baseUrl().toString())));
    EXPECT_EQ(synced.out.count(QStringLiteral("Synced 2 libraries")), 2) << synced.out.toStdString();
    for (const QString &name : {QStringLiteral("Renamed at home"), QStringLiteral("Renamed at the friends")}) {
        EXPECT_EQ(queryData(directory.path(), QStringLiteral("SELECT count(*) FROM items WHERE name = '%1'").arg(name))
                      .toInt(),
                  1)
            << name.toStdString();
    }
    EXPECT_EQ(home->requestCounts().value(played), homeMarks + 1);
    EXPECT_EQ(friends->requestCounts().value(played), friendsMarks + 1);
    EXPECT_EQ(queryData(directory.path(), QStringLiteral("SELECT count(*) FROM state.playback_queue")).toInt(), 0);
    EXPECT_TRUE(run({QStringLiteral("servers")}).out.contains(QStringLiteral("* Marquee Demo  jellyfin  %1")
                                                                  .arg(friends->baseUrl().toString())))
        << "the server used last is still the one in use";
}

TEST_F(CliServersTest, APlexServerBesideAJellyfinServerEachSyncedAndKeptApart)
{
    DemoServerOptions options;
    options.movies = 12;
    options.series = 1;
    options.plexPort = 0;
    DemoServer plex(options);
    QString error;
    ASSERT_TRUE(plex.start(&error)) << error.toStdString();
    plex.changeIdentity();

    ASSERT_EQ(signInAndSync(*home).code, 0);
    const CliResult signedIn = run({QStringLiteral("sync"), QStringLiteral("--server"), plex.plexBaseUrl().toString(),
                                    QStringLiteral("--plex-token"), plex.plexServerToken()});
    ASSERT_EQ(signedIn.code, 0) << signedIn.err.toStdString();
    const int jellyfinItems = itemsOf(*home);
    EXPECT_GT(jellyfinItems, 12) << "the Jellyfin server's cache stays when the Plex server is added";
    EXPECT_EQ(items(), 2 * jellyfinItems) << "the same library under Plex's own ids";

    const CliResult listed = run({QStringLiteral("servers")});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("  jellyfin  %1").arg(home->baseUrl().toString())))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("  plex  %1").arg(plex.plexBaseUrl().toString())));

    const CliResult both = run({QStringLiteral("sync")});
    ASSERT_EQ(both.code, 0) << both.err.toStdString();
    EXPECT_EQ(both.out.count(QStringLiteral("Synced 2 libraries")), 2) << both.out.toStdString();
    EXPECT_EQ(items(), 2 * jellyfinItems);
}

TEST_F(CliServersTest, WarmAndStatsWithoutAServerCoverEverySavedServer)
{
    ASSERT_EQ(signInAndSync(*home).code, 0);
    ASSERT_EQ(signInAndSync(*friends).code, 0);
    const QString image = QStringLiteral("/Items/{itemId}/Images/{imageType}");
    home->resetCounters();
    friends->resetCounters();

    const CliResult warmed = run({QStringLiteral("warm")});
    ASSERT_EQ(warmed.code, 0) << warmed.err.toStdString();
    EXPECT_TRUE(warmed.out.contains(QStringLiteral("Marquee Demo (%1):").arg(home->baseUrl().toString())))
        << warmed.out.toStdString();
    EXPECT_TRUE(warmed.out.contains(QStringLiteral("Marquee Demo (%1):").arg(friends->baseUrl().toString())));
    EXPECT_GT(home->requestCounts().value(image), 0) << "the home server's posters were not fetched";
    EXPECT_GT(friends->requestCounts().value(image), 0);
    const QString listed = run({QStringLiteral("servers")}).out;
    EXPECT_TRUE(listed.contains(QStringLiteral("* Marquee Demo  jellyfin  %1").arg(friends->baseUrl().toString())))
        << "the server used last stays the one in use\n"
        << listed.toStdString();

    // Offline, from the cache: one part per server, then the files they share.
    home->stop();
    friends->stop();
    const CliResult stats = run({QStringLiteral("stats")});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    for (const DemoServer *server : {home.get(), friends.get()}) {
        EXPECT_TRUE(stats.out.contains(QStringLiteral("Cached server id: %1").arg(server->serverId())))
            << stats.out.toStdString();
    }
    EXPECT_EQ(stats.out.count(QStringLiteral("  Movie: 12\n")), 2) << stats.out.toStdString();
    EXPECT_EQ(stats.out.count(QStringLiteral("Database size:")), 1);
}
