// SPDX-License-Identifier: GPL-3.0-or-later
// A conversion outlives no crash: a child process (this test binary again) plays a conversion from the demo server
// (its Jellyfin face, or its Plex face) with a headless libmpv and is killed with SIGKILL mid-play; the next start, on
// the same data folder, stops the conversion on the server.
#include "backend/jellyfinbackend.h"
#include "backend/plexbackend.h"
#include "backend/networkthread.h"
#include "core/clock.h"
#include "demoserver/demoserver.h"
#include "player/mpvengine.h"
#include "player/playbackcontroller.h"
#include "services/databasewriter.h"
#include "services/liveplaybackreporter.h"
#include "services/messagebroker.h"
#include "services/playbackplanner.h"
#include "services/transcodesessions.h"
#include "services/userdataactions.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/playbacksessionrepository.h"
#include "support/testdirectory.h"
#include "backend/awaitfuture.h"

#include <QProcess>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString ServerId = QStringLiteral("0123456789abcdef0123456789abcdef");
const char ChildDataDir[] = "MARQUEE_CRASH_CHILD_DATA";
const char ChildServer[] = "MARQUEE_CRASH_CHILD_SERVER";
const char ChildItem[] = "MARQUEE_CRASH_CHILD_ITEM";
const char ChildPlexToken[] = "MARQUEE_CRASH_CHILD_PLEX_TOKEN"; ///< set: the server is the Plex face

/// The state database of @p directory, opened and migrated, with the cache belonging to the demo server.
std::unique_ptr<Database> openData(const QString &directory, const Clock &clock)
{
    auto database = std::make_unique<Database>(DatabasePaths::inDirectory(directory), &clock);
    EXPECT_TRUE(database->open().ok);
    CacheMetaRepository(database->connection()).setServerId(ServerId);
    return database;
}

/// A backend signed in to @p server: the Jellyfin face as demo/demo, or the Plex face with @p plexToken.
std::unique_ptr<Backend> signedIn(NetworkThread &network, const QUrl &server, const QString &plexToken)
{
    const ClientIdentity identity = ClientIdentity::forThisDevice(QStringLiteral("crash-test"));
    if (!plexToken.isEmpty()) {
        auto backend = std::make_unique<PlexBackend>(&network, server, identity);
        EXPECT_TRUE(awaitResult(backend->signInWithToken(plexToken)).ok());
        return backend;
    }
    auto backend = std::make_unique<JellyfinBackend>(&network, server, identity);
    EXPECT_TRUE(awaitResult(backend->signIn(DemoServer::userName(), DemoServer::password())).ok());
    return backend;
}

} // namespace

/// Runs only as the child the test below starts: plays a conversion and says so, then waits to be killed.
TEST(TranscodeCrash, Child)
{
    if (!qEnvironmentVariableIsSet(ChildDataDir))
        GTEST_SKIP() << "the child of TranscodeCrash.ConversionIsStoppedAtTheNextStartAfterAKill";
    SystemClock clock;
    std::unique_ptr<Database> database = openData(qEnvironmentVariable(ChildDataDir), clock);
    NetworkThread network;
    std::unique_ptr<Backend> backend =
        signedIn(network, QUrl(qEnvironmentVariable(ChildServer)), qEnvironmentVariable(ChildPlexToken));
    MessageBroker broker;
    DatabaseWriter writer(*database);
    UserDataActions actions(writer, clock, &broker);
    LivePlaybackReporter reporter(backend.get(), actions, clock);
    PlaybackPlanner planner(backend.get());
    TranscodeSessions transcodes(writer, clock);
    transcodes.setBackend(backend.get());
    MpvEngine engine(MpvEngine::Output::Headless);
    PlaybackController controller(engine, reporter, planner, transcodes, clock);
    controller.setCapabilities(engine.capabilities());
    controller.setMaxBitrate(720'000);
    QSignalSpy started(&engine, &PlaybackEngine::started);
    controller.play({qEnvironmentVariable(ChildItem), {}, QStringLiteral("Crash"), 0});
    ASSERT_TRUE(started.wait(30'000));
    std::printf("PLAYING %s\n", qPrintable(controller.plan().playSessionId));
    std::fflush(stdout);
    QSignalSpy never(&engine, &PlaybackEngine::failed);
    never.wait(60'000); // killed long before
}

namespace {

/// Plays a conversion in a child, kills it, and checks that the next start stops the conversion on the server.
void stopsTheConversionAfterAKill(bool plex)
{
    DemoServerOptions options{.movies = 3, .series = 1};
    if (plex)
        options.plexPort = 0;
    DemoServer server(options);
    ASSERT_TRUE(server.start());
    const QUrl serverUrl = plex ? server.plexBaseUrl() : server.baseUrl();
    const QString plexToken = plex ? server.plexServerToken() : QString();
    const QString movie = server.itemIds(DemoItemKind::Movie).first();
    TestDirectory data;
    SystemClock clock;
    openData(data.path(), clock).reset(); // migrated before the child opens it

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildDataDir), data.path());
    environment.insert(QString::fromLatin1(ChildServer), serverUrl.toString());
    environment.insert(QString::fromLatin1(ChildItem), plex ? server.plexRatingKey(movie) : movie);
    if (plex)
        environment.insert(QString::fromLatin1(ChildPlexToken), plexToken);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=TranscodeCrash.Child")});
    ASSERT_TRUE(child.waitForStarted());
    QString session;
    while (session.isEmpty() && child.state() == QProcess::Running && child.waitForReadyRead(60'000)) {
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            if (line.startsWith(QLatin1String("PLAYING ")))
                session = line.mid(8);
        }
    }
    ASSERT_FALSE(session.isEmpty()) << "the child never played: " << child.readAllStandardError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return server.activeEncodings().contains(session); }, 10'000));

    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10'000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    EXPECT_TRUE(server.stoppedEncodings().isEmpty()) << "nothing told the server: the conversion still runs";
    EXPECT_TRUE(server.activeEncodings().contains(session));

    // The next start on the same data: the server connects, and what the killed run left is stopped.
    std::unique_ptr<Database> database = openData(data.path(), clock);
    EXPECT_EQ(PlaybackSessionRepository(database->connection()).transcodes(ServerId).size(), 1);
    NetworkThread network;
    std::unique_ptr<Backend> backend = signedIn(network, serverUrl, plexToken);
    DatabaseWriter writer(*database);
    TranscodeSessions transcodes(writer, clock);
    transcodes.setBackend(backend.get());
    transcodes.stopLeftovers();
    ASSERT_TRUE(waitUntil([&] { return server.stoppedEncodings() == QStringList{session}; }, 10'000));
    EXPECT_FALSE(server.activeEncodings().contains(session));
    ASSERT_TRUE(waitUntil([&] { return PlaybackSessionRepository(database->connection()).transcodes(ServerId).isEmpty(); },
                          10'000));
}

} // namespace

TEST(TranscodeCrash, ConversionIsStoppedAtTheNextStartAfterAKill)
{
    stopsTheConversionAfterAKill(false);
}

TEST(TranscodeCrash, PlexTranscodeIsStoppedAtTheNextStartAfterAKill)
{
    stopsTheConversionAfterAKill(true);
}
