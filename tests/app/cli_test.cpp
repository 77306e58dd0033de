// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-cli in-process against the real demo server on loopback: every command, its output and exit code.
#include "app/clirunner.h"
#include "app/translations.h"
#include "demoserver/demoserver.h"
#include "storage/database.h"
#include "storage/itemreader.h"
#include "support/testdirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::TestDirectory;

namespace {

const QString DetailsRoute = QStringLiteral("/Items/{itemId}");
const QString ImageRoute = QStringLiteral("/Items/{itemId}/Images/{imageType}");

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    // As marquee-cli's main() does; English so the expected texts hold on any machine.
    static void SetUpTestSuite() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void SetUp() override
    {
        DemoServerOptions options;
        options.movies = 12;
        options.series = 1;
        server = std::make_unique<DemoServer>(options);
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
    }

    CliResult run(QStringList arguments, CliContext::InterruptCheck interrupt = {})
    {
        CliResult result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        arguments.prepend(QStringLiteral("--file-credentials"));
        arguments.prepend(directory.path());
        arguments.prepend(QStringLiteral("--data-dir"));
        arguments.prepend(QStringLiteral("marquee-cli"));
        result.code = CliRunner(out, err, std::move(interrupt)).run(arguments);
        out.flush();
        err.flush();
        return result;
    }

    /// The first sync signs in with flags; later commands use the saved sign-in.
    CliResult signInAndSync()
    {
        return run({QStringLiteral("sync"), QStringLiteral("--server"), server->baseUrl().toString(),
                    QStringLiteral("--user"), DemoServer::userName(), QStringLiteral("--password"),
                    DemoServer::password()});
    }

    int query(const QString &sql)
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        EXPECT_TRUE(database.open().ok);
        QSqlQuery q(database.connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        const int value = q.value(0).toInt();
        q.finish();
        return value;
    }

    void exec(const QString &sql)
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        QSqlQuery q(database.connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    [[nodiscard]] int storedImages() const
    {
        int files = 0;
        QDirIterator it(directory.filePath(QStringLiteral("cache/images")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++files;
        }
        return files;
    }

    [[nodiscard]] int cachedItems() { return query(QStringLiteral("SELECT count(*) FROM items")); }
    [[nodiscard]] int fullItems() { return query(QStringLiteral("SELECT count(*) FROM items WHERE detail_level = 1")); }
    [[nodiscard]] int pending() { return query(QStringLiteral("SELECT count(*) FROM state.playback_queue")); }

    static int lines(const QString &text) { return int(text.trimmed().split(QLatin1Char('\n')).size()); }

    TestDirectory directory;
    std::unique_ptr<DemoServer> server;
};

} // namespace

TEST_F(CliTest, SyncSignsInCachesEveryLibraryAndSummarises)
{
    const CliResult first = signInAndSync();
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(cachedItems(), server->itemCount() - 2) << "every movie, series, season and episode, not the folders";
    EXPECT_TRUE(first.out.contains(QStringLiteral("Movies: fetched 12, written 12, deleted 0 in "))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Synced 2 libraries, ")));
    EXPECT_TRUE(first.err.contains(QStringLiteral("Movies: 12 / 12"))) << first.err.toStdString();

    // The saved sign-in: no flags. What changed is all that is listed.
    server->addItem(DemoItemKind::Movie, QStringLiteral("A New Film"));
    const CliResult second = run({QStringLiteral("sync"), QStringLiteral("--quiet")});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("(incremental)"))) << second.out.toStdString();
    EXPECT_TRUE(second.err.isEmpty()) << second.err.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM items WHERE name = 'A New Film'")), 1);

    const CliResult full = run({QStringLiteral("sync"), QStringLiteral("--library"), QStringLiteral("movies"),
                                QStringLiteral("--full")});
    ASSERT_EQ(full.code, 0) << full.err.toStdString();
    EXPECT_TRUE(full.out.contains(QStringLiteral("Movies: fetched 13")));
    EXPECT_TRUE(full.out.contains(QStringLiteral("(full)")));
    EXPECT_FALSE(full.out.contains(QStringLiteral("Shows:")));
    EXPECT_TRUE(full.out.contains(QStringLiteral("Synced 1 library, 13 items")));
}

TEST_F(CliTest, SyncOfAnUnknownLibraryExitsTwoWithTheNamesThereAre)
{
    ASSERT_EQ(signInAndSync().code, 0);
    const CliResult result = run({QStringLiteral("sync"), QStringLiteral("--library"), QStringLiteral("Cartoons")});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.err, QStringLiteral("marquee-cli: no library named \"Cartoons\" (the server has: Movies, Shows)\n"));
}

TEST_F(CliTest, SyncAgainstAnUnreachableServerFailsWithOneLine)
{
    ASSERT_EQ(signInAndSync().code, 0);
    ASSERT_TRUE(server->setOffline(true));
    const CliResult offline = run({QStringLiteral("sync")});
    EXPECT_EQ(offline.code, 1);
    EXPECT_EQ(lines(offline.err), 1) << offline.err.toStdString();
    EXPECT_TRUE(offline.err.startsWith(
        QStringLiteral("marquee-cli: sync failed: could not list the libraries: the server cannot be reached. Check")))
        << offline.err.toStdString();
    EXPECT_FALSE(offline.err.contains(QStringLiteral("http://"))) << "the address is for the log (--verbose)";
    EXPECT_EQ(cachedItems(), server->itemCount() - 2) << "a failed sync keeps the cache";

    const CliResult signIn = run({QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                                  QStringLiteral("--user"), QStringLiteral("demo"), QStringLiteral("--password"),
                                  QStringLiteral("demo")});
    EXPECT_EQ(signIn.code, 1);
    EXPECT_EQ(lines(signIn.err), 1);
    EXPECT_TRUE(signIn.err.startsWith(QStringLiteral("marquee-cli: sign-in failed: "))) << signIn.err.toStdString();
}

TEST_F(CliTest, WithoutASavedSignInSyncSaysHowToSignIn)
{
    const CliResult result = run({QStringLiteral("sync")});
    EXPECT_EQ(result.code, 1);
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("marquee-cli: not signed in: pass --server URL"))) << result.err.toStdString();
}

TEST_F(CliTest, StatsWorkOfflineAndCountWhatIsCached)
{
    ASSERT_EQ(signInAndSync().code, 0);
    server->stop();
    exec(QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, occurred_at) VALUES ('s', 'i', 'progress', 1)"));
    const CliResult stats = run({QStringLiteral("stats")});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    const QString &out = stats.out;
    EXPECT_TRUE(out.contains(QStringLiteral("Libraries: 2\n"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("  Movies (movies): 12 items, 0 with full details\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("  Movie: 12\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("  Series: 1\n")));
    // Synced seconds ago: fresh, although every TTL (4 to 24 h) ends within the day.
    EXPECT_TRUE(out.contains(QStringLiteral("Items: fresh %1, expiring soon 0, stale 0").arg(cachedItems())))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Refresh scopes: fresh 3, expiring soon 0, stale 0, failing 0")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Details hit rate: n/a")));
    EXPECT_TRUE(out.contains(QStringLiteral("Pending playback changes: 1\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("Database size:\n  cache ")));
    EXPECT_TRUE(out.contains(QStringLiteral("  Movies  full  succeeded  fetched 12, written 12, deleted 0")))
        << out.toStdString();
}

TEST_F(CliTest, ClearKeepsThePlaybackQueueUnlessAskedWithAWarning)
{
    ASSERT_EQ(signInAndSync().code, 0);
    exec(QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, occurred_at) VALUES ('s', 'i', 'progress', 1)"));
    const QString images = directory.filePath(QStringLiteral("cache/images"));
    ASSERT_TRUE(QDir().mkpath(images + QStringLiteral("/ab")));

    const CliResult clear = run({QStringLiteral("clear")});
    ASSERT_EQ(clear.code, 0) << clear.err.toStdString();
    EXPECT_TRUE(clear.out.contains(QStringLiteral("Cleared %1 items in 2 libraries.").arg(server->itemCount() - 2)))
        << clear.out.toStdString();
    EXPECT_TRUE(clear.out.contains(QStringLiteral("Kept 1 pending playback changes")));
    EXPECT_TRUE(clear.err.isEmpty()) << clear.err.toStdString();
    EXPECT_FALSE(QDir(images).exists());
    EXPECT_EQ(cachedItems(), 0);
    EXPECT_EQ(pending(), 1);
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM state.servers")), 1) << "the sign-in stays";

    const CliResult all = run({QStringLiteral("clear"), QStringLiteral("--include-pending")});
    ASSERT_EQ(all.code, 0);
    EXPECT_TRUE(all.err.startsWith(QStringLiteral("marquee-cli: warning: discarding 1 playback change(s)"))) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("Discarded 1 pending playback changes.")));
    EXPECT_EQ(pending(), 0);
}

TEST_F(CliTest, ExportClearImportRoundTripsAndABadFileChangesNothing)
{
    ASSERT_EQ(signInAndSync().code, 0);
    const int items = cachedItems();
    const QString file = directory.filePath(QStringLiteral("backup.marquee"));
    const CliResult exported = run({QStringLiteral("export"), file});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(QStringLiteral("Exported %1 items in 2 libraries and 0 images (0 bytes) to ")
                                            .arg(items)))
        << exported.out.toStdString();

    ASSERT_EQ(run({QStringLiteral("clear")}).code, 0);
    const CliResult imported = run({QStringLiteral("import"), file});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith(QStringLiteral("Imported %1 items in 2 libraries and 0 images").arg(items)));
    EXPECT_EQ(cachedItems(), items);

    const QString garbage = directory.filePath(QStringLiteral("garbage.marquee"));
    QFile bad(garbage);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("this is not a cache\n");
    bad.close();
    const CliResult refused = run({QStringLiteral("import"), garbage});
    EXPECT_EQ(refused.code, 1);
    EXPECT_EQ(lines(refused.err), 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("import failed: ") + garbage
                                     + QStringLiteral(" is not a Marquee cache export")))
        << refused.err.toStdString();
    EXPECT_EQ(cachedItems(), items);
}

TEST_F(CliTest, AnExportCarriesTheImagesSoACopyElsewhereShowsPostersOffline)
{
    ASSERT_EQ(signInAndSync().code, 0);
    ASSERT_EQ(run({QStringLiteral("warm"), QStringLiteral("--quiet")}).code, 0);
    const int images = storedImages();
    ASSERT_GT(images, 24);
    const int items = cachedItems();
    const QString file = directory.filePath(QStringLiteral("trip.marquee"));
    const CliResult exported = run({QStringLiteral("export"), file});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("2 libraries and %1 images (").arg(images))) << exported.out.toStdString();
    const CliResult small = run({QStringLiteral("export"), QStringLiteral("--no-images"),
                                 directory.filePath(QStringLiteral("small.marquee"))});
    ASSERT_EQ(small.code, 0) << small.err.toStdString();
    EXPECT_TRUE(small.out.contains(QStringLiteral("and no images (exported with --no-images)"))) << small.out.toStdString();

    // Another laptop: an empty cache, and no server to fetch posters from.
    server->stop();
    ASSERT_EQ(run({QStringLiteral("clear")}).code, 0);
    ASSERT_EQ(storedImages(), 0);
    const CliResult imported = run({QStringLiteral("import"), file});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("%1 items in 2 libraries and %2 images (").arg(items).arg(images)))
        << imported.out.toStdString();
    EXPECT_EQ(storedImages(), images) << "the posters did not travel with the export";
    EXPECT_TRUE(run({QStringLiteral("stats")}).out.contains(QStringLiteral("Images: %1 files, ").arg(images)));
}

TEST_F(CliTest, WarmFetchesEveryDetailOnceAndASecondRunSkipsThem)
{
    ASSERT_EQ(signInAndSync().code, 0);
    const int items = cachedItems();
    server->resetCounters();
    const CliResult warm = run({QStringLiteral("warm"), QStringLiteral("--concurrency"), QStringLiteral("3")});
    ASSERT_EQ(warm.code, 0) << warm.err.toStdString();
    EXPECT_EQ(fullItems(), items);
    EXPECT_EQ(server->requestCounts().value(DetailsRoute), items);
    {
        // What an offline details page shows: the cast and the studios, not only "full" on the row.
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        const std::optional<MediaItem> movie = ItemReader(database.connection()).item(server->itemIds(DemoItemKind::Movie).constFirst());
        ASSERT_TRUE(movie.has_value());
        EXPECT_FALSE(movie->people.isEmpty()) << "warm left the cast out";
        EXPECT_FALSE(movie->studios.isEmpty()) << "warm left the studios out";
    }
    EXPECT_TRUE(warm.out.contains(QStringLiteral("Movies: 12 details stored, 0 already cached in "))) << warm.out.toStdString();
    EXPECT_TRUE(warm.out.contains(QStringLiteral("Movies: 24 images stored, 0 already cached in "))) << warm.out.toStdString();
    EXPECT_TRUE(warm.err.contains(QStringLiteral("Movies: details 12 / 12"))) << warm.err.toStdString();

    server->resetCounters();
    const CliResult again = run({QStringLiteral("warm"), QStringLiteral("--library"), QStringLiteral("Movies")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(server->requestCounts().value(DetailsRoute), 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Movies: 0 details stored, 12 already cached"))) << again.out.toStdString();
}

TEST_F(CliTest, WarmStoresEveryImageOnceStatsCountsThemAndClearDeletesThem)
{
    ASSERT_EQ(signInAndSync().code, 0);
    server->resetCounters();
    const CliResult warm = run({QStringLiteral("warm"), QStringLiteral("--quiet")});
    ASSERT_EQ(warm.code, 0) << warm.err.toStdString();
    const int images = storedImages();
    // Posters and backdrops of 12 movies and a series, posters of its seasons, stills of its episodes.
    EXPECT_GT(images, 24);
    EXPECT_EQ(server->requestCounts().value(ImageRoute), images) << "each image fetched once";
    EXPECT_TRUE(warm.out.contains(QStringLiteral("Shows: %1 images stored").arg(images - 24))) << warm.out.toStdString();

    server->resetCounters();
    const CliResult again = run({QStringLiteral("warm"), QStringLiteral("--quiet")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(server->requestCounts().value(ImageRoute), 0) << "resumable: what is stored is not fetched again";
    EXPECT_TRUE(again.out.contains(QStringLiteral("Movies: 0 images stored, 24 already cached")));

    server->stop();
    const CliResult stats = run({QStringLiteral("stats")});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("Images: %1 files, ").arg(images))) << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("Image hit rate: ")));

    const CliResult clear = run({QStringLiteral("clear")});
    ASSERT_EQ(clear.code, 0) << clear.err.toStdString();
    EXPECT_TRUE(clear.out.contains(QStringLiteral("Deleted %1 images (").arg(images))) << clear.out.toStdString();
    EXPECT_EQ(storedImages(), 0);
    EXPECT_TRUE(run({QStringLiteral("stats")}).out.contains(QStringLiteral("Images: 0 files, ")));
}

TEST_F(CliTest, InterruptedWarmKeepsWhatItFetchedAndResumes)
{
    ASSERT_EQ(signInAndSync().code, 0);
    const int items = cachedItems();
    server->resetCounters();
    server->setLatency(40);
    // Stands in for Ctrl-C: the hook is polled like the SIGINT flag of the real binary.
    const CliResult interrupted = run({QStringLiteral("warm"), QStringLiteral("--concurrency"), QStringLiteral("2")},
                                      [this] { return server->requestCounts().value(DetailsRoute) >= 6; });
    EXPECT_EQ(interrupted.code, 130);
    EXPECT_TRUE(interrupted.err.contains(QStringLiteral("marquee-cli: interrupted; "))) << interrupted.err.toStdString();
    EXPECT_TRUE(interrupted.err.contains(QStringLiteral("run warm again to continue")));
    const int warmed = fullItems();
    EXPECT_GE(warmed, 4) << "answers that arrived before the interrupt are written";
    EXPECT_LT(warmed, items);

    server->setLatency(0);
    server->resetCounters();
    const CliResult resumed = run({QStringLiteral("warm")});
    ASSERT_EQ(resumed.code, 0) << resumed.err.toStdString();
    EXPECT_EQ(fullItems(), items);
    EXPECT_EQ(server->requestCounts().value(DetailsRoute), items - warmed);
}

TEST_F(CliTest, WarmAgainstAnUnreachableServerStopsAtOnce)
{
    ASSERT_EQ(signInAndSync().code, 0);
    ASSERT_TRUE(server->setOffline(true));
    const CliResult result = run({QStringLiteral("warm")});
    EXPECT_EQ(result.code, 1);
    EXPECT_EQ(lines(result.err), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("marquee-cli: warm failed: ")));
}

TEST_F(CliTest, DemoNeedsNoSignIn)
{
    const CliResult result = run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--library"),
                                  QStringLiteral("Movies"), QStringLiteral("--quiet")});
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Synced 1 library, 300 items"))) << result.out.toStdString();
    EXPECT_EQ(query(QStringLiteral("SELECT count(*) FROM state.servers")), 0) << "the demo stores no sign-in";
}

TEST_F(CliTest, WrongArgumentsExitTwo)
{
    const struct
    {
        QStringList arguments;
        const char *message;
    } cases[] = {
        {{}, "no command given"},
        {{QStringLiteral("frobnicate")}, "unknown command \"frobnicate\""},
        {{QStringLiteral("stats"), QStringLiteral("--full")}, "--full does not apply to stats"},
        {{QStringLiteral("export")}, "export needs a FILE"},
        {{QStringLiteral("warm"), QStringLiteral("--concurrency"), QStringLiteral("0")}, "--concurrency wants"},
        {{QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("http://h"), QStringLiteral("--password"),
          QStringLiteral("p")},
         "--server needs --user"},
        {{QStringLiteral("sync"), QStringLiteral("--user"), QStringLiteral("u")}, "--user, --password and --plex-token go with --server"},
    };
    for (const auto &c : cases) {
        const CliResult result = run(c.arguments);
        EXPECT_EQ(result.code, 2) << c.message;
        EXPECT_TRUE(result.err.contains(QLatin1String(c.message))) << result.err.toStdString();
    }
    const CliResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("export FILE")));
}

TEST_F(CliTest, SettingsListsEverySettingWithItsMeaningAndNeedsNoServer)
{
    server.reset();
    const CliResult listed = run({QStringLiteral("settings")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("ttl/movies")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("14400")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("4 hours (default)"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("images/max-disk-bytes")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("ui/theme")));
}

TEST_F(CliTest, SettingsChangesAValueTheAppReadsAndRefusesNonsense)
{
    const CliResult changed = run({QStringLiteral("settings"), QStringLiteral("ttl/movies"), QStringLiteral("7200")});
    ASSERT_EQ(changed.code, 0) << changed.err.toStdString();
    EXPECT_EQ(changed.out, QStringLiteral("ttl/movies = 7200 (2 hours)\n"));
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("ttl/movies")}).out, QStringLiteral("7200\n"));
    EXPECT_EQ(query(QStringLiteral("SELECT value FROM state.settings WHERE key = 'ttl/movies'")), 7200);
    EXPECT_TRUE(run({QStringLiteral("settings")}).out.contains(QStringLiteral("2 hours (default 4 hours)")));

    const CliResult zero = run({QStringLiteral("settings"), QStringLiteral("ttl/movies"), QStringLiteral("0")});
    EXPECT_EQ(zero.code, 2);
    EXPECT_EQ(zero.err, QStringLiteral("marquee-cli: ttl/movies: “Movies” must be between 0.1 hours and 8,760 hours. "
                                       "(ttl/movies is in seconds)\n"));
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("images/max-memory-bytes"), QStringLiteral("1024")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("no/such"), QStringLiteral("1")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("ttl/movies")}).out, QStringLiteral("7200\n"))
        << "a refused value changes nothing";

    const CliResult reset = run({QStringLiteral("settings"), QStringLiteral("ttl/movies"), QStringLiteral("default")});
    ASSERT_EQ(reset.code, 0);
    EXPECT_EQ(reset.out, QStringLiteral("ttl/movies = 14400 (4 hours)\n"));
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}).code, 2);
}
