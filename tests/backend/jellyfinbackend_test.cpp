// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitfuture.h"
#include "fakehttpserver.h"

#include "backend/jellyfinbackend.h"
#include "backend/networkthread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtConcurrent>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString Token = QStringLiteral("tok+en/with=chars");
const QByteArray EncodedToken = "tok%2Ben%2Fwith%3Dchars";

HttpOptions fastOptions()
{
    HttpOptions options;
    options.timeoutMs = 2000;
    options.backoffBaseMs = 5;
    options.backoffMaxMs = 20;
    return options;
}

ClientIdentity identity()
{
    ClientIdentity id;
    id.device = QStringLiteral("den \"box\", 2");
    id.deviceId = QStringLiteral("dev-1");
    id.version = QStringLiteral("0.1.0");
    return id;
}

QJsonObject bodyOf(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

class JellyfinBackendTest : public ::testing::Test
{
protected:
    void signInLocally()
    {
        Session session;
        session.userId = QStringLiteral("u1");
        session.userName = QStringLiteral("demo");
        session.serverId = QStringLiteral("s1");
        session.accessToken = Token;
        backend.setSession(session);
    }

    void expectNoTokenInAnyUrl() const
    {
        for (const FakeRequest &request : server.requests()) {
            EXPECT_FALSE(request.target.contains("tok")) << request.target.toStdString();
        }
    }

    FakeHttpServer server;
    NetworkThread network{fastOptions()};
    JellyfinBackend backend{&network, server.url(), identity()};
};

} // namespace

TEST_F(JellyfinBackendTest, serverInfoNeedsNoToken)
{
    server.route(QStringLiteral("/System/Info/Public"),
                 FakeResponse::json(R"({"Id":"abc123","ServerName":"den","Version":"10.11.0"})"));
    const Result<ServerInfo> info = awaitResult(backend.serverInfo());
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info.value().id, QStringLiteral("abc123"));
    const QByteArray header = server.lastRequest().headers.value("authorization");
    EXPECT_EQ(header, QByteArray(R"(MediaBrowser Client="Marquee", Device="den%20%22box%22%2C%202", DeviceId="dev-1", Version="0.1.0")"));
}

TEST_F(JellyfinBackendTest, signInPostsCredentialsAndKeepsTheSession)
{
    server.route(QStringLiteral("/Users/AuthenticateByName"),
                 FakeResponse::json(R"({"User":{"Name":"demo","Id":"u1"},"AccessToken":"tok+en/with=chars","ServerId":"s1"})"));
    QSignalSpy changed(&backend, &Backend::sessionChanged);
    const Result<Session> session = awaitResult(backend.signIn(QStringLiteral("demo"), QStringLiteral("p\"w")));
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    EXPECT_EQ(session.value().accessToken, Token);
    EXPECT_EQ(backend.session().userId, QStringLiteral("u1"));
    EXPECT_TRUE(backend.isSignedIn());
    const FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(bodyOf(request).value(QStringLiteral("Username")).toString(), QStringLiteral("demo"));
    EXPECT_EQ(bodyOf(request).value(QStringLiteral("Pw")).toString(), QStringLiteral("p\"w"));
    EXPECT_FALSE(request.headers.value("authorization").contains("Token="));
    EXPECT_TRUE(changed.count() == 1 || changed.wait(1000));
}

TEST_F(JellyfinBackendTest, wrongPasswordIsUnauthorizedWithoutSignalling)
{
    server.route(QStringLiteral("/Users/AuthenticateByName"), FakeResponse::withStatus(401));
    QSignalSpy unauthorized(&backend, &Backend::unauthorized);
    const Result<Session> session = awaitResult(backend.signIn(QStringLiteral("demo"), QStringLiteral("bad")));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().kind, ErrorKind::Unauthorized);
    QCoreApplication::processEvents();
    EXPECT_EQ(unauthorized.count(), 0);
}

TEST_F(JellyfinBackendTest, tokenTravelsOnlyInTheHeader)
{
    signInLocally();
    server.route(QStringLiteral("/UserViews"),
                 FakeResponse::json(R"({"Items":[{"Id":"L1","Name":"Movies","CollectionType":"movies"}],"TotalRecordCount":1})"));
    const Result<QList<Library>> libraries = awaitResult(backend.libraries());
    ASSERT_TRUE(libraries.ok());
    ASSERT_EQ(libraries.value().size(), 1);
    const FakeRequest request = server.lastRequest();
    EXPECT_TRUE(request.headers.value("authorization").endsWith(QByteArray(", Token=\"" + EncodedToken + "\"")));
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded), QStringLiteral("u1"));
    expectNoTokenInAnyUrl();
}

TEST_F(JellyfinBackendTest, itemsQueryUsesSpecParameterNames)
{
    signInLocally();
    server.route(QStringLiteral("/Items"),
                 FakeResponse::json(R"({"Items":[{"Id":"a","Type":"Movie","Name":"A"}],"TotalRecordCount":301,"StartIndex":200})"));
    ItemQuery query;
    query.parentId = QStringLiteral("lib1");
    query.includeItemTypes = {ItemType::Movie, ItemType::Series};
    query.startIndex = 200;
    query.limit = 100;
    query.minDateLastSavedMs = 1714566896000LL;
    query.searchTerm = QStringLiteral("C++ & more");
    query.enableTotalRecordCount = false;
    const Result<ItemPage> page = awaitResult(backend.items(query));
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page.value().totalRecordCount, 301);
    EXPECT_EQ(page.value().startIndex, 200);
    const FakeRequest request = server.lastRequest();
    const auto value = [&request](const char *key) { return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    EXPECT_EQ(value("parentId"), QStringLiteral("lib1"));
    EXPECT_EQ(value("includeItemTypes"), QStringLiteral("Movie,Series"));
    EXPECT_EQ(value("startIndex"), QStringLiteral("200"));
    EXPECT_EQ(value("limit"), QStringLiteral("100"));
    EXPECT_EQ(value("recursive"), QStringLiteral("true"));
    EXPECT_EQ(value("sortBy"), QStringLiteral("SortName"));
    EXPECT_EQ(value("enableTotalRecordCount"), QStringLiteral("false"));
    EXPECT_TRUE(value("fields").split(QLatin1Char(',')).contains(QStringLiteral("Etag")));
    EXPECT_EQ(value("minDateLastSaved"), QStringLiteral("2024-05-01T12:34:56.000Z"));
    // '+' must reach the server as %2B, or ASP.NET reads a space.
    EXPECT_TRUE(request.target.contains("searchTerm=C%2B%2B%20%26%20more")) << request.target.toStdString();
}

TEST_F(JellyfinBackendTest, idsOnlyAndCountOnlyQueries)
{
    signInLocally();
    server.route(QStringLiteral("/Items"),
                 FakeResponse::json(R"({"Items":[{"Id":"a","Type":"Movie","Etag":"e"}],"TotalRecordCount":4242})"));
    ItemQuery query;
    query.parentId = QStringLiteral("lib1");
    query.limit = 500;
    const Result<ItemIdPage> ids = awaitResult(backend.itemIds(query));
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids.value().items.value(0).etag, QStringLiteral("e"));
    FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded), QStringLiteral("Etag"));
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("enableImages"), QUrl::FullyDecoded), QStringLiteral("false"));
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("enableUserData"), QUrl::FullyDecoded), QStringLiteral("false"));

    const Result<int> count = awaitResult(backend.itemCount(query));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), 4242);
    request = server.lastRequest();
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded), QStringLiteral("0"));
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("enableTotalRecordCount"), QUrl::FullyDecoded), QStringLiteral("true"));
}

TEST_F(JellyfinBackendTest, detailsSeasonsAndEpisodes)
{
    signInLocally();
    server.route(QStringLiteral("/Items/movie1"),
                 FakeResponse::json(R"({"Id":"movie1","Type":"Movie","People":[{"Name":"A","Type":"Actor"}],
                                       "Studios":[{"Name":"S"}],"MediaSources":[{"Id":"ms"}]})"));
    server.route(QStringLiteral("/Shows/show1/Seasons"),
                 FakeResponse::json(R"({"Items":[{"Id":"s1","Type":"Season","IndexNumber":1,"SeriesId":"show1"}]})"));
    server.route(QStringLiteral("/Shows/show1/Episodes"),
                 FakeResponse::json(R"({"Items":[{"Id":"e1","Type":"Episode","IndexNumber":3,"ParentIndexNumber":1,"SeasonId":"s1"}]})"));
    const Result<MediaItem> details = awaitResult(backend.itemDetails(QStringLiteral("movie1")));
    ASSERT_TRUE(details.ok());
    EXPECT_EQ(details.value().detailLevel, DetailLevel::Full);
    EXPECT_EQ(details.value().people.size(), 1);
    EXPECT_EQ(details.value().studios, QStringList{QStringLiteral("S")});
    EXPECT_EQ(details.value().mediaSources.size(), 1);
    const Result<QList<MediaItem>> seasons = awaitResult(backend.seasons(QStringLiteral("show1")));
    ASSERT_TRUE(seasons.ok());
    EXPECT_EQ(seasons.value().value(0).indexNumber, 1);
    const Result<QList<MediaItem>> episodes = awaitResult(backend.episodes(QStringLiteral("show1"), QStringLiteral("s1")));
    ASSERT_TRUE(episodes.ok());
    EXPECT_EQ(episodes.value().value(0).parentIndexNumber, 1);
    EXPECT_EQ(server.lastRequest().query.queryItemValue(QStringLiteral("seasonId"), QUrl::FullyDecoded), QStringLiteral("s1"));
}

TEST_F(JellyfinBackendTest, homeSectionsCombineAllParts)
{
    signInLocally();
    server.setHandler([](const FakeRequest &request) {
        if (request.path == QLatin1String("/UserItems/Resume"))
            return FakeResponse::json(R"({"Items":[{"Id":"r1"}]})");
        if (request.path == QLatin1String("/Shows/NextUp"))
            return FakeResponse::json(R"({"Items":[{"Id":"n1"},{"Id":"n2"}]})");
        if (request.path == QLatin1String("/Items/Latest")) {
            const QString parent = request.query.queryItemValue(QStringLiteral("parentId"), QUrl::FullyDecoded);
            return FakeResponse::json("[{\"Id\":\"latest-" + parent.toUtf8() + "\"}]");
        }
        return FakeResponse::withStatus(404);
    });
    const Result<HomeSections> home = awaitResult(backend.homeSections({QStringLiteral("L1"), QStringLiteral("L2")}, 12));
    ASSERT_TRUE(home.ok()) << home.error().toString().toStdString();
    EXPECT_EQ(home.value().resume.size(), 1);
    EXPECT_EQ(home.value().nextUp.size(), 2);
    ASSERT_EQ(home.value().latest.size(), 2);
    EXPECT_EQ(home.value().latest[1].libraryId, QStringLiteral("L2"));
    EXPECT_EQ(home.value().latest[1].items.value(0).id, QStringLiteral("latest-L2"));
    EXPECT_EQ(server.requestCount(), 4);
}

TEST_F(JellyfinBackendTest, homeSectionsFailWhenOnePartFails)
{
    signInLocally();
    server.route(QStringLiteral("/UserItems/Resume"), FakeResponse::json(R"({"Items":[]})"));
    server.route(QStringLiteral("/Shows/NextUp"), FakeResponse::json("<html>oops</html>"));
    const Result<HomeSections> home = awaitResult(backend.homeSections({}, 12));
    ASSERT_FALSE(home.ok());
    EXPECT_EQ(home.error().kind, ErrorKind::BadResponse);
    EXPECT_TRUE(home.error().url.contains(QStringLiteral("/Shows/NextUp")));
}

TEST_F(JellyfinBackendTest, unauthorizedSignalsAndSignsOut)
{
    signInLocally();
    server.route(QStringLiteral("/Items"), FakeResponse::withStatus(401));
    QSignalSpy unauthorized(&backend, &Backend::unauthorized);
    const Result<ItemPage> page = awaitResult(backend.items(ItemQuery()));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, ErrorKind::Unauthorized);
    EXPECT_TRUE(unauthorized.count() == 1 || unauthorized.wait(1000));
    EXPECT_FALSE(backend.isSignedIn());
    // Signed out: the next call fails at once, without bothering the server.
    const int before = server.requestCount();
    const Result<QList<Library>> libraries = awaitResult(backend.libraries());
    EXPECT_EQ(libraries.error().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(server.requestCount(), before);
    EXPECT_FALSE(unauthorized.first().value(0).value<Error>().toString().contains(Token));
}

TEST_F(JellyfinBackendTest, hostileBodyIsBadResponseWithARedactedUrl)
{
    signInLocally();
    server.route(QStringLiteral("/Items"), FakeResponse::json(R"({"Items":[{"Id":"a"},{"Id")"));
    const Result<ItemPage> page = awaitResult(backend.items(ItemQuery()));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, ErrorKind::BadResponse);
    EXPECT_TRUE(page.error().url.startsWith(QStringLiteral("GET http://127.0.0.1:")));
    EXPECT_TRUE(page.error().url.contains(QStringLiteral("/Items?")));
    EXPECT_FALSE(page.error().toString().contains(QStringLiteral("tok")));
}

TEST_F(JellyfinBackendTest, userDataWrites)
{
    signInLocally();
    server.setHandler([](const FakeRequest &) {
        return FakeResponse::json(R"({"PlaybackPositionTicks":0,"PlayCount":3,"IsFavorite":true,"Played":true})");
    });
    ASSERT_TRUE(awaitResult(backend.markPlayed(QStringLiteral("i1"), 1714566896000LL)).ok());
    FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QStringLiteral("/UserPlayedItems/i1"));
    EXPECT_EQ(request.query.queryItemValue(QStringLiteral("datePlayed"), QUrl::FullyDecoded), QStringLiteral("2024-05-01T12:34:56.000Z"));

    const Result<UserData> unplayed = awaitResult(backend.markUnplayed(QStringLiteral("i1")));
    ASSERT_TRUE(unplayed.ok());
    EXPECT_EQ(unplayed.value().itemId, QStringLiteral("i1"));
    EXPECT_EQ(server.lastRequest().method, QByteArray("DELETE"));

    ASSERT_TRUE(awaitResult(backend.setFavorite(QStringLiteral("i2"), false)).ok());
    EXPECT_EQ(server.lastRequest().method, QByteArray("DELETE"));
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/UserFavoriteItems/i2"));

    UserDataUpdate update;
    update.positionTicks = 123456789;
    update.lastPlayedAtMs = 1714566896000LL;
    ASSERT_TRUE(awaitResult(backend.updateUserData(QStringLiteral("i3"), update)).ok());
    request = server.lastRequest();
    EXPECT_EQ(request.path, QStringLiteral("/UserItems/i3/UserData"));
    const QJsonObject body = bodyOf(request);
    EXPECT_EQ(body.value(QStringLiteral("PlaybackPositionTicks")).toInteger(), 123456789);
    EXPECT_EQ(body.value(QStringLiteral("LastPlayedDate")).toString(), QStringLiteral("2024-05-01T12:34:56.000Z"));
    EXPECT_FALSE(body.contains(QStringLiteral("Played"))); // unset fields are not sent: the server copies what it gets
    EXPECT_EQ(request.headers.value("content-type"), QByteArray("application/json"));

    const Result<UserData> read = awaitResult(backend.userData(QStringLiteral("i3")));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().playCount, 3);
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/UserItems/i3/UserData"));
}

TEST_F(JellyfinBackendTest, userDataForManyItems)
{
    signInLocally();
    server.route(QStringLiteral("/Items"), FakeResponse::json(
        R"({"Items":[{"Id":"a","UserData":{"Played":true}},{"Id":"b"},{"Id":"c","UserData":{"PlaybackPositionTicks":5}}]})"));
    const Result<QList<UserData>> data = awaitResult(backend.userDataForItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data.value().size(), 2);
    EXPECT_EQ(data.value()[1].positionTicks, 5);
    EXPECT_EQ(server.lastRequest().query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded), QStringLiteral("a,b,c"));
    EXPECT_EQ(server.lastRequest().query.queryItemValue(QStringLiteral("enableUserData"), QUrl::FullyDecoded), QStringLiteral("true"));
}

TEST_F(JellyfinBackendTest, playbackReportsAreNotRetried)
{
    signInLocally();
    server.route(QStringLiteral("/Sessions/Playing"), FakeResponse::withStatus(204));
    server.route(QStringLiteral("/Sessions/Playing/Progress"), FakeResponse::withStatus(500));
    server.route(QStringLiteral("/Sessions/Playing/Stopped"), FakeResponse::withStatus(204));
    PlaybackReport report;
    report.itemId = QStringLiteral("i1");
    report.playSessionId = QStringLiteral("ps1");
    report.positionTicks = 50'000'000;
    report.isPaused = true;
    ASSERT_TRUE(awaitResult(backend.reportPlaybackStart(report)).ok());
    QJsonObject body = bodyOf(server.lastRequest());
    EXPECT_EQ(body.value(QStringLiteral("ItemId")).toString(), QStringLiteral("i1"));
    EXPECT_EQ(body.value(QStringLiteral("PositionTicks")).toInteger(), 50'000'000);
    EXPECT_TRUE(body.value(QStringLiteral("IsPaused")).toBool());
    EXPECT_EQ(body.value(QStringLiteral("PlayMethod")).toString(), QStringLiteral("DirectPlay"));

    const Status progress = awaitResult(backend.reportPlaybackProgress(report));
    EXPECT_EQ(progress.error().kind, ErrorKind::ServerError);
    EXPECT_EQ(server.requestCount(QStringLiteral("/Sessions/Playing/Progress")), 1);

    report.positionTicks.reset(); // a stop without a position: the server counts a full play
    ASSERT_TRUE(awaitResult(backend.reportPlaybackStopped(report)).ok());
    body = bodyOf(server.lastRequest());
    EXPECT_FALSE(body.contains(QStringLiteral("PositionTicks")));
    EXPECT_FALSE(body.contains(QStringLiteral("IsPaused")));
    EXPECT_EQ(body.value(QStringLiteral("Failed")).toBool(true), false);
}

TEST_F(JellyfinBackendTest, signedOutCallsFailWithoutNetwork)
{
    const Result<ItemPage> page = awaitResult(backend.items(ItemQuery()));
    EXPECT_EQ(page.error().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(JellyfinBackendTest, signOutTellsTheServerAndForgets)
{
    signInLocally();
    server.route(QStringLiteral("/Sessions/Logout"), FakeResponse::withStatus(204));
    ASSERT_TRUE(awaitResult(backend.signOut()).ok());
    EXPECT_FALSE(backend.isSignedIn());
    EXPECT_TRUE(server.lastRequest().headers.value("authorization").contains(QByteArray("Token=\"" + EncodedToken + "\"")));
}

TEST_F(JellyfinBackendTest, imageUrlsCarryNoToken)
{
    signInLocally();
    ImageRequest image;
    image.itemId = QStringLiteral("abc");
    image.type = ImageType::Backdrop;
    image.index = 0;
    image.tag = QStringLiteral("t1");
    image.maxWidth = 780;
    image.quality = 85;
    const QUrl url = backend.imageUrl(image);
    EXPECT_EQ(url.toString(), server.url().toString() + QStringLiteral("/Items/abc/Images/Backdrop/0?tag=t1&maxWidth=780&quality=85"));
    EXPECT_FALSE(url.toString().contains(QStringLiteral("tok")));
}

TEST_F(JellyfinBackendTest, serverUrlWithBasePath)
{
    QUrl base = server.url();
    base.setPath(QStringLiteral("/jellyfin/"));
    JellyfinBackend prefixed(&network, base, identity());
    server.route(QStringLiteral("/jellyfin/System/Info/Public"), FakeResponse::json(R"({"Id":"x"})"));
    ASSERT_TRUE(awaitResult(prefixed.serverInfo()).ok());
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/jellyfin/System/Info/Public"));
}

TEST_F(JellyfinBackendTest, poolThreadsMayBlockOnResults)
{
    signInLocally();
    server.route(QStringLiteral("/Items"), FakeResponse::json(R"({"Items":[{"Id":"a"}],"TotalRecordCount":1})"));
    // What a refresh job does: a blocking wait in a pool thread, no event loop there.
    QFuture<int> job = QtConcurrent::run([this] {
        int total = 0;
        for (int i = 0; i < 5; ++i) {
            const Result<ItemPage> page = backend.items(ItemQuery()).result();
            total += page.ok() ? int(page.value().items.size()) : -100;
        }
        return total;
    });
    QDeadlineTimer deadline(5000);
    while (!job.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    ASSERT_TRUE(job.isFinished());
    EXPECT_EQ(job.result(), 5);
}

TEST_F(JellyfinBackendTest, cancelledRefreshFinishesWithCancelled)
{
    signInLocally();
    server.route(QStringLiteral("/Items"), [] { FakeResponse r; r.mode = FakeResponse::Mode::NeverAnswer; return r; }());
    CancelToken token;
    QFuture<Result<ItemPage>> future = backend.items(ItemQuery(), token);
    token.cancel();
    const Result<ItemPage> page = awaitResult(future, 1500);
    EXPECT_EQ(page.error().kind, ErrorKind::Cancelled);
}

TEST_F(JellyfinBackendTest, anImageAnswerThatIsNotAnImageIsBadResponse)
{
    signInLocally();
    ImageRequest request;
    request.itemId = QStringLiteral("abc");
    request.tag = QStringLiteral("t1");
    // A captive portal's login page, served with 200 where the poster should be.
    FakeResponse portal = FakeResponse::json("<html><body>Sign in to the Wi-Fi</body></html>");
    portal.contentType = QByteArrayLiteral("text/html");
    server.route(QStringLiteral("/Items/abc/Images/Primary"), portal);
    const Result<QByteArray> html = awaitResult(backend.image(request));
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error().kind, ErrorKind::BadResponse);

    FakeResponse png = FakeResponse::json(QByteArray("\x89PNG\r\n\x1a\n", 8));
    png.contentType = QByteArrayLiteral("image/png");
    server.route(QStringLiteral("/Items/abc/Images/Primary"), png);
    const Result<QByteArray> image = awaitResult(backend.image(request));
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image.value(), QByteArray("\x89PNG\r\n\x1a\n", 8));
}
