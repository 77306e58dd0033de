// SPDX-License-Identifier: GPL-3.0-or-later
// PlexBackend against the demo server's Plex face over loopback: sign-in (plex.tv PIN and resources, or the server's
// address and token), listings across several types and the server's page cap, incremental listings, live changes,
// progress through the timeline, identity. The Plex face serves the same state as the Jellyfin face.
#include "backend/awaitfuture.h"
#include "backend/plexnotifications.h"
#include "backend/plexsignin.h"
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "support/plexdemosession.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

class PlexBackendTest : public ::testing::Test
{
protected:
    /// Every item of the shows library, as the refresh lane asks: three types, paged by @p pageSize.
    QList<MediaItem> listShows(int pageSize, int *total = nullptr, ItemQuery query = {})
    {
        query.parentId = plex.libraryId(QStringLiteral("tvshows"));
        query.includeItemTypes = {ItemType::Series, ItemType::Season, ItemType::Episode};
        query.limit = pageSize;
        QList<MediaItem> all;
        for (int guard = 0; guard < 1000; ++guard) {
            const Result<ItemPage> page = awaitResult(plex.backend().items(query));
            EXPECT_TRUE(page.ok()) << page.error().toString().toStdString();
            if (!page.ok())
                break;
            all += page.value().items;
            if (total)
                *total = page.value().totalRecordCount;
            if (page.value().items.size() < pageSize)
                break;
            query.startIndex += int(page.value().items.size());
        }
        return all;
    }

    PlexDemoSession plex;
};

QSet<QString> idsOf(const QList<MediaItem> &items)
{
    QSet<QString> ids;
    for (const MediaItem &item : items)
        ids.insert(item.id);
    return ids;
}

} // namespace

TEST_F(PlexBackendTest, SignsInByPinAndPicksTheFirstAddressThatAnswersAsTheServer)
{
    PlexSignIn::Options options;
    options.plexTvUrl = plex.server().plexBaseUrl();
    options.authAppUrl = QUrl(QStringLiteral("https://app.plex.tv/auth"));
    options.pollIntervalMs = 50;
    options.probeTimeoutMs = 3000;
    PlexSignIn signIn(&plex.network(), PlexDemoSession::identity(), options);

    const Result<PlexPin> pin = awaitResult(signIn.requestPin());
    ASSERT_TRUE(pin.ok()) << pin.error().toString().toStdString();
    EXPECT_FALSE(pin.value().code.isEmpty());
    EXPECT_TRUE(pin.value().linkUrl.toString().contains(pin.value().code)) << pin.value().linkUrl.toString().toStdString();
    EXPECT_TRUE(pin.value().linkUrl.toString().startsWith(QStringLiteral("https://app.plex.tv/auth#?")));

    QSignalSpy authorized(&signIn, &PlexSignIn::authorized);
    signIn.startPolling(pin.value());
    QTest::qWait(300);
    EXPECT_TRUE(authorized.isEmpty()) << "nobody approved the code yet";
    ASSERT_TRUE(plex.server().claimPlexPin(pin.value().code));
    ASSERT_TRUE(waitUntil([&] { return !authorized.isEmpty(); }, 5000));
    const QString accountToken = authorized.first().at(0).toString();
    EXPECT_EQ(accountToken, plex.server().plexAccountToken());
    EXPECT_FALSE(signIn.isPolling());

    const Result<QList<PlexServerResource>> servers = awaitResult(signIn.servers(accountToken));
    ASSERT_TRUE(servers.ok()) << servers.error().toString().toStdString();
    ASSERT_EQ(servers.value().size(), 1) << "the player in the resources list is not a server";
    const Result<Session> session = awaitResult(signIn.sessionFor(accountToken, servers.value().first()), 10'000);
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    EXPECT_EQ(session.value().serverUrl, plex.server().plexBaseUrl())
        << "the local address refuses; the remote one answers and wins over the relay";
    EXPECT_EQ(session.value().serverId, plex.server().plexServerId());
    EXPECT_EQ(session.value().accessToken, plex.server().plexServerToken()) << "the server's token, not the account's";
    EXPECT_EQ(session.value().userName, QStringLiteral("demo"));

    PlexBackend backend(&plex.network(), session.value().serverUrl, PlexDemoSession::identity());
    backend.setSession(session.value());
    const Result<QList<Library>> libraries = awaitResult(backend.libraries());
    ASSERT_TRUE(libraries.ok()) << libraries.error().toString().toStdString();
    EXPECT_EQ(libraries.value().size(), 2);
}

TEST_F(PlexBackendTest, AnUnclaimedPinThatExpiresSaysSoAndStopsPolling)
{
    PlexSignIn::Options options;
    options.plexTvUrl = plex.server().plexBaseUrl();
    options.pollIntervalMs = 50;
    PlexSignIn signIn(&plex.network(), PlexDemoSession::identity(), options);
    const Result<PlexPin> pin = awaitResult(signIn.requestPin());
    ASSERT_TRUE(pin.ok());
    QSignalSpy failed(&signIn, &PlexSignIn::failed);
    signIn.startPolling(pin.value(), 1);
    ASSERT_TRUE(waitUntil([&] { return !failed.isEmpty(); }, 5000));
    EXPECT_TRUE(failed.first().at(0).value<Error>().message.contains(QStringLiteral("expired")));
    EXPECT_FALSE(signIn.isPolling());
}

TEST_F(PlexBackendTest, SignInWithTheServerAddressAndTokenChecksTheTokenFirst)
{
    PlexBackend backend(&plex.network(), plex.server().plexBaseUrl(), PlexDemoSession::identity());
    const Result<Session> refused = awaitResult(backend.signInWithToken(QStringLiteral("not-the-token")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Unauthorized);
    EXPECT_FALSE(backend.isSignedIn());
    EXPECT_FALSE(refused.error().url.contains(QStringLiteral("not-the-token")));

    const Result<Session> session = awaitResult(backend.signInWithToken(plex.server().plexServerToken()));
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    EXPECT_EQ(session.value().serverId, plex.server().plexServerId());
    EXPECT_TRUE(backend.isSignedIn());
    EXPECT_FALSE(awaitResult(backend.signIn(QStringLiteral("demo"), QStringLiteral("demo"))).ok())
        << "Plex does not sign in with a user name and password";
}

TEST_F(PlexBackendTest, ServerIdentityIsTheMachineIdentifierAndAnswersWithoutAToken)
{
    PlexBackend anonymous(&plex.network(), plex.server().plexBaseUrl(), PlexDemoSession::identity());
    const Result<ServerInfo> before = awaitResult(anonymous.serverInfo());
    ASSERT_TRUE(before.ok()) << before.error().toString().toStdString();
    EXPECT_EQ(before.value().id, plex.server().plexServerId());
    plex.server().changeIdentity();
    const Result<ServerInfo> after = awaitResult(anonymous.serverInfo());
    ASSERT_TRUE(after.ok());
    EXPECT_NE(after.value().id, before.value().id) << "a reinstalled server is another server";
}

TEST_F(PlexBackendTest, AShowsLibraryListsEverySeriesSeasonAndEpisodeOnceAcrossPagesOfAnySize)
{
    const int series = int(plex.server().itemIds(DemoItemKind::Series).size());
    const int seasons = int(plex.server().itemIds(DemoItemKind::Season).size());
    const int episodes = int(plex.server().itemIds(DemoItemKind::Episode).size());
    for (const int pageSize : {7, 50, 5000}) {
        int total = 0;
        const QList<MediaItem> items = listShows(pageSize, &total);
        EXPECT_EQ(items.size(), series + seasons + episodes) << "page size " << pageSize;
        EXPECT_EQ(idsOf(items).size(), items.size()) << "no item twice, page size " << pageSize;
        EXPECT_EQ(total, series + seasons + episodes);
    }
    const QList<MediaItem> items = listShows(50);
    const auto episode = std::find_if(items.begin(), items.end(), [](const MediaItem &i) { return i.type == ItemType::Episode; });
    ASSERT_NE(episode, items.end());
    EXPECT_FALSE(episode->seriesId.isEmpty());
    EXPECT_FALSE(episode->seasonId.isEmpty());
    EXPECT_FALSE(episode->seriesName.isEmpty());
    EXPECT_GT(episode->runTimeTicks, 60 * TicksPerSecond) << "milliseconds became ticks";
    EXPECT_TRUE(episode->primaryImageTag.startsWith(QStringLiteral("/library/metadata/")));
    EXPECT_FALSE(episode->etag.isEmpty());

    const Result<int> count = awaitResult(plex.backend().itemCount(
        ItemQuery{.parentId = plex.libraryId(QStringLiteral("tvshows")),
                  .includeItemTypes = {ItemType::Series, ItemType::Season, ItemType::Episode}}));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), series + seasons + episodes);
}

TEST_F(PlexBackendTest, AnIdListingLargerThanTheServersPageCapIsReadToTheEnd)
{
    ItemQuery query;
    query.parentId = plex.libraryId(QStringLiteral("tvshows"));
    query.includeItemTypes = {ItemType::Episode};
    query.limit = 5000; // the demo, like a real server, sends at most 1,000 per answer
    const Result<ItemIdPage> ids = awaitResult(plex.backend().itemIds(query));
    ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
    EXPECT_EQ(ids.value().items.size(), plex.server().itemIds(DemoItemKind::Episode).size());
    EXPECT_EQ(ids.value().items.first().type, ItemType::Episode);
    EXPECT_FALSE(ids.value().items.first().etag.isEmpty());
}

TEST_F(PlexBackendTest, AnIncrementalListingBringsChangedMetadataAndWhatWasWatchedElsewhere)
{
    const QStringList movies = plex.server().itemIds(DemoItemKind::Movie);
    ItemQuery query;
    query.parentId = plex.libraryId(QStringLiteral("movies"));
    query.includeItemTypes = {ItemType::Movie};
    query.limit = 100;
    query.minDateLastSavedMs = QDateTime::currentMSecsSinceEpoch() + 1000;
    Result<ItemPage> nothing = awaitResult(plex.backend().items(query));
    ASSERT_TRUE(nothing.ok()) << nothing.error().toString().toStdString();
    EXPECT_TRUE(nothing.value().items.isEmpty());

    query.minDateLastSavedMs = QDateTime::currentMSecsSinceEpoch() - 2000;
    ASSERT_TRUE(plex.server().renameItem(movies[1], QStringLiteral("Renamed On The Server")));
    ASSERT_TRUE(plex.server().changeUserDataFromOtherDevice(
        movies[2], QJsonObject{{QStringLiteral("Played"), true}, {QStringLiteral("PlayCount"), 1},
                               {QStringLiteral("LastPlayedDate"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}));
    const Result<ItemPage> changed = awaitResult(plex.backend().items(query));
    ASSERT_TRUE(changed.ok()) << changed.error().toString().toStdString();
    const QSet<QString> ids = idsOf(changed.value().items);
    EXPECT_TRUE(ids.contains(plex.key(movies[1]))) << "updatedAt moved";
    EXPECT_TRUE(ids.contains(plex.key(movies[2]))) << "updatedAt ignores watch state: the lastViewedAt pass finds it";
    EXPECT_FALSE(ids.contains(plex.key(movies[3])));
    for (const MediaItem &item : changed.value().items) {
        if (item.id == plex.key(movies[1]))
            EXPECT_EQ(item.name, QStringLiteral("Renamed On The Server"));
        if (item.id == plex.key(movies[2]))
            EXPECT_TRUE(item.userData && item.userData->played);
    }
}

TEST_F(PlexBackendTest, SeasonsEpisodesDetailsAndHomeRows)
{
    const QString series = plex.key(plex.server().itemIds(DemoItemKind::Series).first());
    const Result<QList<MediaItem>> seasons = awaitResult(plex.backend().seasons(series));
    ASSERT_TRUE(seasons.ok()) << seasons.error().toString().toStdString();
    ASSERT_FALSE(seasons.value().isEmpty());
    EXPECT_EQ(seasons.value().first().type, ItemType::Season);
    EXPECT_EQ(seasons.value().first().seriesId, series);
    const Result<QList<MediaItem>> all = awaitResult(plex.backend().episodes(series));
    const Result<QList<MediaItem>> first = awaitResult(plex.backend().episodes(series, seasons.value().first().id));
    ASSERT_TRUE(all.ok() && first.ok());
    EXPECT_GT(all.value().size(), first.value().size());
    EXPECT_EQ(first.value().first().seasonId, seasons.value().first().id);

    const QString movie = plex.key(plex.server().itemIds(DemoItemKind::Movie).first());
    const Result<MediaItem> details = awaitResult(plex.backend().itemDetails(movie));
    ASSERT_TRUE(details.ok()) << details.error().toString().toStdString();
    EXPECT_EQ(details.value().detailLevel, DetailLevel::Full);
    EXPECT_FALSE(details.value().people.isEmpty());
    ASSERT_FALSE(details.value().mediaSources.isEmpty());
    EXPECT_TRUE(details.value().mediaSources.first().id.startsWith(QStringLiteral("/library/parts/")));
    EXPECT_EQ(details.value().mediaSources.first().streams.size(), 4) << "video, audio and two subtitle files";

    ASSERT_TRUE(awaitResult(plex.backend().updateUserData(movie, UserDataUpdate{.positionTicks = 120 * TicksPerSecond})).ok());
    const QStringList libraries{plex.libraryId(QStringLiteral("movies")), plex.libraryId(QStringLiteral("tvshows"))};
    const Result<HomeSections> home = awaitResult(plex.backend().homeSections(libraries, 10));
    ASSERT_TRUE(home.ok()) << home.error().toString().toStdString();
    EXPECT_TRUE(idsOf(home.value().resume).contains(movie)) << "Continue Watching";
    EXPECT_TRUE(idsOf(home.value().nextUp).contains(movie)) << "On Deck";
    ASSERT_EQ(home.value().latest.size(), 2);
    EXPECT_EQ(home.value().latest[0].items.size(), 10) << "Recently Added";
}

TEST_F(PlexBackendTest, ImagesComeThroughThePhotoTranscoderWithoutACredentialInTheAddress)
{
    const Result<MediaItem> movie = awaitResult(plex.backend().itemDetails(plex.key(plex.server().itemIds(DemoItemKind::Movie).first())));
    ASSERT_TRUE(movie.ok());
    const ImageRequest request{movie.value().id, ImageType::Primary, movie.value().primaryImageTag, -1, 200, 80};
    const QUrl url = plex.backend().imageUrl(request);
    EXPECT_EQ(url.path(), QStringLiteral("/photo/:/transcode"));
    EXPECT_FALSE(url.toString().contains(plex.server().plexServerToken()));
    const Result<QByteArray> bytes = awaitResult(plex.backend().image(request));
    ASSERT_TRUE(bytes.ok()) << bytes.error().toString().toStdString();
    EXPECT_EQ(quint8(bytes.value().at(0)), 0xff) << "a JPEG";
}

TEST_F(PlexBackendTest, LiveProgressGoesToTheTimelineAndNeverPastTheDuration)
{
    const QString movie = plex.key(plex.server().itemIds(DemoItemKind::Movie).at(5));
    const Result<MediaItem> item = awaitResult(plex.backend().itemDetails(movie));
    ASSERT_TRUE(item.ok());
    const qint64 durationMs = ticksToMs(item.value().runTimeTicks);
    PlaybackReport report;
    report.itemId = movie;
    report.playSessionId = QStringLiteral("session-1");
    report.positionTicks = 0;
    ASSERT_TRUE(awaitResult(plex.backend().reportPlaybackStart(report)).ok());
    report.positionTicks = msToTicks(durationMs / 2);
    report.isPaused = true;
    ASSERT_TRUE(awaitResult(plex.backend().reportPlaybackProgress(report)).ok());
    EXPECT_EQ(plex.userData(movie).positionTicks, msToTicks(durationMs / 2)) << "below the threshold: a resume point";
    report.positionTicks = msToTicks(durationMs + 60'000); // a player that overshoots
    const Status stopped = awaitResult(plex.backend().reportPlaybackStopped(report));
    ASSERT_TRUE(stopped.ok()) << stopped.error().toString().toStdString();

    const QList<QJsonObject> reports = plex.server().plexTimelineReports();
    ASSERT_EQ(reports.size(), 3);
    EXPECT_EQ(reports[0].value(QStringLiteral("state")).toString(), QStringLiteral("playing"));
    EXPECT_EQ(reports[1].value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    EXPECT_EQ(reports[2].value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    EXPECT_EQ(reports[2].value(QStringLiteral("time")).toString().toLongLong(), durationMs) << "clamped to the duration";
    EXPECT_EQ(reports[2].value(QStringLiteral("session")).toString(), QStringLiteral("session-1"));
    const UserData watched = plex.userData(movie);
    EXPECT_TRUE(watched.played) << "the server decided: past its threshold";
    EXPECT_EQ(watched.positionTicks, 0);
}

TEST_F(PlexBackendTest, PlayedUnplayedAndFavouriteThroughScrobbleUnscrobbleAndRate)
{
    const QString episode = plex.key(plex.server().itemIds(DemoItemKind::Episode).at(3));
    const Result<UserData> played = awaitResult(plex.backend().markPlayed(episode));
    ASSERT_TRUE(played.ok()) << played.error().toString().toStdString();
    EXPECT_TRUE(played.value().played);
    EXPECT_EQ(played.value().playCount, 1);
    const Result<UserData> favourite = awaitResult(plex.backend().setFavorite(episode, true));
    ASSERT_TRUE(favourite.ok());
    EXPECT_TRUE(favourite.value().isFavorite);
    const Result<UserData> unplayed = awaitResult(plex.backend().markUnplayed(episode));
    ASSERT_TRUE(unplayed.ok());
    EXPECT_FALSE(unplayed.value().played);
    EXPECT_EQ(unplayed.value().playCount, 0);
    EXPECT_TRUE(unplayed.value().isFavorite);
    EXPECT_FALSE(awaitResult(plex.backend().setFavorite(episode, false)).value().isFavorite);
}

TEST_F(PlexBackendTest, StreamsTheMediaPartWithTheTokenInAHeader)
{
    const QString movie = plex.key(plex.server().itemIds(DemoItemKind::Movie).at(7));
    const Result<StreamSource> stream = awaitResult(plex.backend().streamSource(movie));
    ASSERT_TRUE(stream.ok()) << stream.error().toString().toStdString();
    EXPECT_TRUE(stream.value().url.path().startsWith(QStringLiteral("/library/parts/")));
    EXPECT_FALSE(stream.value().url.toString().contains(plex.server().plexServerToken()));
    bool tokenHeader = false;
    for (const auto &[name, value] : stream.value().headers)
        tokenHeader = tokenHeader || (name == "X-Plex-Token" && value == plex.server().plexServerToken().toUtf8());
    EXPECT_TRUE(tokenHeader);
    EXPECT_EQ(plex.backend().directStream(movie).url, stream.value().url) << "remembered since";
}

TEST_F(PlexBackendTest, LiveChangesArriveAsLibraryChanges)
{
    PlexNotifications notifications(plex.server().plexBaseUrl(), PlexDemoSession::identity());
    QSignalSpy connected(&notifications, &PlexNotifications::connectedChanged);
    QSignalSpy changed(&notifications, &PlexNotifications::libraryChanged);
    notifications.start(plex.server().plexServerToken());
    ASSERT_TRUE(waitUntil([&] { return notifications.isConnected(); }, 5000));
    EXPECT_FALSE(notifications.redactedSocketUrl().contains(plex.server().plexServerToken()));

    const QStringList movies = plex.server().itemIds(DemoItemKind::Movie);
    const QString gone = plex.key(movies[4]);
    ASSERT_TRUE(plex.server().deleteItem(movies[4]));
    ASSERT_TRUE(plex.server().renameItem(movies[5], QStringLiteral("New Name")));
    const QString added = plex.server().addItem(DemoItemKind::Movie, QStringLiteral("Brand New"));
    ASSERT_TRUE(waitUntil([&] { return changed.size() >= 3; }, 5000));
    EXPECT_EQ(changed[0].at(2).toStringList(), QStringList{gone});
    EXPECT_EQ(changed[1].at(1).toStringList(), QStringList{plex.key(movies[5])});
    EXPECT_EQ(changed[2].at(0).toStringList(), QStringList{plex.key(added)});

    ASSERT_TRUE(plex.server().changeUserDataFromOtherDevice(movies[6], QJsonObject{{QStringLiteral("Played"), true}}));
    ASSERT_TRUE(waitUntil([&] { return changed.size() >= 4; }, 5000));
    EXPECT_EQ(changed[3].at(1).toStringList(), QStringList{plex.key(movies[6])}) << "watch state moved elsewhere";
}
