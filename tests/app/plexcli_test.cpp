// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-cli against the demo server's Plex face: a Plex Media Server signed in with its token, synced, kept as the
// saved sign-in, and browsable from the cache once it is gone.
#include "app/translations.h"
#include "demoserver/demoserver.h"
#include "support/clirun.h"
#include "support/plexdemosession.h"
#include "support/testdirectory.h"

#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

class PlexCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void SetUp() override
    {
        server = test::PlexDemoSession::startedServer(12, 1);
        ASSERT_TRUE(server->isRunning());
    }

    CliResult run(const QStringList &arguments, const QString &environmentPlexToken = {})
    {
        return runCli(directory.path(), arguments, environmentPlexToken);
    }
    CliResult syncWithToken(const QString &token)
    {
        return run({QStringLiteral("sync"), QStringLiteral("--server"), server->plexBaseUrl().toString(),
                    QStringLiteral("--plex-token"), token});
    }

    QVariant query(const QString &sql) { return queryData(directory.path(), sql); }

    TestDirectory directory;
    std::unique_ptr<DemoServer> server;
};

} // namespace

TEST_F(PlexCliTest, APlexServerSignedInWithItsTokenFillsTheCacheAndStaysTheSavedSignIn)
{
    const CliResult first = syncWithToken(server->plexServerToken());
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Movie'")).toInt(), 12);
    EXPECT_GT(query(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Episode'")).toInt(), 0);
    EXPECT_EQ(query(QStringLiteral("SELECT kind FROM state.servers WHERE is_active = 1")).toString(),
              QStringLiteral("plex"));
    EXPECT_FALSE(first.err.contains(server->plexServerToken())) << "a token never reaches the output";

    // The next run needs no flags: the saved sign-in is a Plex one, and it asks the Plex face again.
    const qint64 sectionsBefore = server->requestCounts().value(QStringLiteral("/library/sections/{sectionId}/all"));
    const CliResult again = run({QStringLiteral("sync"), QStringLiteral("--full")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_GT(server->requestCounts().value(QStringLiteral("/library/sections/{sectionId}/all")), sectionsBefore);
}

TEST_F(PlexCliTest, TheTokenMayComeFromTheEnvironmentSoThatItIsNotOnTheCommandLine)
{
    const CliResult result = run({QStringLiteral("sync"), QStringLiteral("--server"), server->plexBaseUrl().toString()},
                                 server->plexServerToken());
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Movie'")).toInt(), 12);
}

TEST_F(PlexCliTest, AWrongTokenIsRefusedInWordsAndNothingIsSaved)
{
    const CliResult result = syncWithToken(QStringLiteral("not-the-token"));
    EXPECT_EQ(result.code, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("sign-in failed"))) << result.err.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM state.servers")).toInt(), 0);
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items")).toInt(), 0);
}

TEST_F(PlexCliTest, ThePlexCacheStaysBrowsableWhenTheServerIsGone)
{
    ASSERT_EQ(syncWithToken(server->plexServerToken()).code, 0);
    server.reset();
    const CliResult stats = run({QStringLiteral("stats")});
    EXPECT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Movie'")).toInt(), 12);
    const CliResult sync = run({QStringLiteral("sync")});
    EXPECT_EQ(sync.code, 1) << "the server is gone: the sync fails and says so";
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Movie'")).toInt(), 12)
        << "a failed sync removes nothing";
}

TEST_F(PlexCliTest, ATokenGoesWithAServerAndWithoutAUserName)
{
    const CliResult alone = run({QStringLiteral("sync"), QStringLiteral("--plex-token"), QStringLiteral("t")});
    EXPECT_EQ(alone.code, 2);
    EXPECT_TRUE(alone.err.contains(QStringLiteral("go with --server"))) << alone.err.toStdString();
    const CliResult withUser = run({QStringLiteral("sync"), QStringLiteral("--server"), server->plexBaseUrl().toString(),
                                    QStringLiteral("--plex-token"), QStringLiteral("t"), QStringLiteral("--user"),
                                    QStringLiteral("demo")});
    EXPECT_EQ(withUser.code, 2);
    EXPECT_TRUE(withUser.err.contains(QStringLiteral("--plex-token alone"))) << withUser.err.toStdString();
}
