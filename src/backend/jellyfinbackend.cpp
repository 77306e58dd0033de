// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinbackend.h"

#include "backend/homesectionsgatherer.h"
#include "backend/httpclient.h"
#include "backend/jellyfindeviceprofile.h"
#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinplaybackparser.h"
#include "backend/jellyfinresponseparser.h"
#include "backend/jsonfields.h"
#include "backend/networkthread.h"
#include "backend/resultpromise.h"
#include "backend/serverrelativeurl.h"
#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QMutex>
#include <QThread>
#include <QUrlQuery>

namespace marquee {

JellyfinBackend::JellyfinBackend(NetworkThread *network, const QUrl &serverUrl, const ClientIdentity &identity,
                                 QObject *parent)
    : Backend(parent)
    , m_requests(serverUrl, identity)
    , m_channel(network, this)
{
}

JellyfinBackend::~JellyfinBackend()
{
    m_channel.detach();
}

Session JellyfinBackend::session() const
{
    return m_channel.session();
}

void JellyfinBackend::setSession(const Session &session)
{
    Session installed = session;
    installed.serverUrl = m_requests.serverUrl();
    m_channel.install(installed);
}

void JellyfinBackend::clearSession()
{
    m_channel.forgetToken();
}

QString JellyfinBackend::userId() const
{
    return m_channel.session().userId;
}

void JellyfinBackend::sendRaw(HttpMethod method, const QString &path, const QueryItems &query,
                              const CancelToken &cancel, const QByteArray &body, Auth auth, RawCallback callback)
{
    QString token;
    if (auth == Auth::Required) {
        token = m_channel.token();
        if (token.isEmpty()) {
            callback(BackendChannel::notSignedIn(method, m_requests.endpoint(path, query)));
            return;
        }
    }
    HttpRequest request = m_requests.request(method, path, query, token, body);
    request.cancel = cancel;
    m_channel.dispatch(std::move(request), token, auth, std::move(callback));
}

template <typename T>
QFuture<Result<T>> JellyfinBackend::send(HttpMethod method, const QString &path, const QueryItems &query,
                                         std::function<Result<T>(const HttpResponse &)> parse,
                                         const CancelToken &cancel, const QByteArray &body, Auth auth)
{
    BackendChannel::Parsed<T> parsed = BackendChannel::parsed<T>(method, std::move(parse));
    sendRaw(method, path, query, cancel, body, auth, std::move(parsed.callback));
    return parsed.future;
}

QFuture<Result<ServerInfo>> JellyfinBackend::serverInfo(CancelToken cancel)
{
    return send<ServerInfo>(
        HttpMethod::Get, QStringLiteral("/System/Info/Public"), {},
        [](const HttpResponse &response) { return JellyfinResponseParser::parseServerInfo(response.body); }, cancel,
        {}, Auth::None);
}

QFuture<Status> JellyfinBackend::ping(CancelToken cancel)
{
    auto promise = std::make_shared<ResultPromise<std::monostate>>();
    QFuture<Status> future = promise->future();
    HttpRequest request = m_requests.request(HttpMethod::Get, QStringLiteral("/System/Ping"), {}, {});
    request.cancel = cancel;
    // A probe that retried for a minute would say "offline" a minute late: ask once, briefly.
    request.timeoutMs = PingTimeoutMs;
    request.maxAttempts = 1;
    m_channel.dispatch(std::move(request), {}, Auth::None, [promise](const Result<HttpResponse> &response) {
        promise->fulfil(response ? success() : Status(response.error()));
    });
    return future;
}

QFuture<Result<Session>> JellyfinBackend::signIn(const QString &userName, const QString &password)
{
    const BackendChannel channel = m_channel;
    const QUrl serverUrl = m_requests.serverUrl();
    return send<Session>(
        HttpMethod::Post, QStringLiteral("/Users/AuthenticateByName"), {},
        [channel, serverUrl](const HttpResponse &response) {
            Result<Session> session = JellyfinResponseParser::parseAuthentication(response.body, serverUrl);
            if (session.ok()) {
                qCInfo(lcBackend).noquote() << "signed in as" << session.value().userName << "on"
                                            << redactedUrl(serverUrl);
                channel.install(session.value());
            }
            return session;
        },
        CancelToken(), JellyfinRequests::authenticateBody(userName, password), Auth::None);
}

QFuture<Result<Session>> JellyfinBackend::signInWithToken(const QString &token)
{
    // Checked with the new token alone: a refusal must not sign the current session out.
    const BackendChannel channel = m_channel;
    const QUrl serverUrl = m_requests.serverUrl();
    BackendChannel::Parsed<Session> parsed = BackendChannel::parsed<Session>(
        HttpMethod::Get, [channel, serverUrl, token](const HttpResponse &response) -> Result<Session> {
            const Result<UserInfo> user = JellyfinResponseParser::parseUser(response.body);
            if (!user.ok())
                return user.error();
            const Session session{serverUrl, user.value().serverId, user.value().id, user.value().name, token};
            channel.install(session);
            return session;
        });
    m_channel.dispatch(m_requests.request(HttpMethod::Get, QStringLiteral("/Users/Me"), {}, token), token, Auth::None,
                       std::move(parsed.callback));
    return parsed.future;
}

QFuture<Status> JellyfinBackend::signOut()
{
    // The token goes with this request; locally it is forgotten at once, whatever the server says.
    const QString token = m_channel.token();
    clearSession();
    if (token.isEmpty())
        return finishedFuture<std::monostate>(success());
    BackendChannel::Parsed<std::monostate> parsed =
        BackendChannel::parsed<std::monostate>(HttpMethod::Post, [](const HttpResponse &) { return success(); });
    m_channel.dispatch(m_requests.request(HttpMethod::Post, QStringLiteral("/Sessions/Logout"), {}, token), token,
                       Auth::None, std::move(parsed.callback));
    return parsed.future;
}

QFuture<Result<UserInfo>> JellyfinBackend::currentUser(CancelToken cancel)
{
    return send<UserInfo>(
        HttpMethod::Get, QStringLiteral("/Users/Me"), {},
        [](const HttpResponse &response) { return JellyfinResponseParser::parseUser(response.body); }, cancel);
}

QFuture<Result<QList<Library>>> JellyfinBackend::libraries(CancelToken cancel)
{
    QueryItems query{{QStringLiteral("userId"), userId()}};
    return send<QList<Library>>(
        HttpMethod::Get, QStringLiteral("/UserViews"), query,
        [](const HttpResponse &response) { return JellyfinResponseParser::parseLibraries(response.body); }, cancel);
}

QFuture<Result<ItemPage>> JellyfinBackend::items(const ItemQuery &query, CancelToken cancel)
{
    const DetailLevel level = query.detail;
    const std::optional<int> limit = query.limit;
    return send<ItemPage>(
        HttpMethod::Get, QStringLiteral("/Items"), JellyfinRequests::itemQuery(query, userId(), false),
        [level, limit](const HttpResponse &response) {
            Result<ItemPage> page = JellyfinItemParser::parseItemPage(response.body, level, limit);
            if (page)
                page.value().serverTimeMs = response.serverTimeMs;
            return page;
        },
        cancel);
}

QFuture<Result<ItemIdPage>> JellyfinBackend::itemIds(const ItemQuery &query, CancelToken cancel)
{
    return send<ItemIdPage>(
        HttpMethod::Get, QStringLiteral("/Items"), JellyfinRequests::itemQuery(query, userId(), true),
        [](const HttpResponse &response) {
            Result<ItemIdPage> page = JellyfinItemParser::parseItemIdPage(response.body);
            if (page)
                page.value().serverTimeMs = response.serverTimeMs;
            return page;
        },
        cancel);
}

QFuture<Result<int>> JellyfinBackend::itemCount(const ItemQuery &query, CancelToken cancel)
{
    ItemQuery countQuery = query;
    countQuery.limit = 0;
    countQuery.startIndex = 0;
    countQuery.enableTotalRecordCount = true;
    return send<int>(
        HttpMethod::Get, QStringLiteral("/Items"), JellyfinRequests::itemQuery(countQuery, userId(), true),
        [](const HttpResponse &response) -> Result<int> {
            Result<ItemIdPage> page = JellyfinItemParser::parseItemIdPage(response.body);
            if (!page.ok())
                return page.error();
            return page.value().totalRecordCount;
        },
        cancel);
}

QFuture<Result<MediaItem>> JellyfinBackend::itemDetails(const QString &itemId, CancelToken cancel)
{
    return send<MediaItem>(
        HttpMethod::Get, QStringLiteral("/Items/") + JellyfinRequests::pathSegment(itemId),
        {{QStringLiteral("userId"), userId()}},
        [](const HttpResponse &response) {
            return JellyfinItemParser::parseSingleItem(response.body, DetailLevel::Full);
        },
        cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::itemList(const QString &path, const QueryItems &query,
                                                            CancelToken cancel)
{
    return send<QList<MediaItem>>(
        HttpMethod::Get, path, query,
        [](const HttpResponse &response) {
            return JellyfinItemParser::parseItemList(response.body, DetailLevel::Summary);
        },
        cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::seasons(const QString &seriesId, CancelToken cancel)
{
    QueryItems query = JellyfinRequests::listingExtras(userId(), DetailLevel::Summary);
    return itemList(QStringLiteral("/Shows/") + JellyfinRequests::pathSegment(seriesId) + QStringLiteral("/Seasons"),
                    query, cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::episodes(const QString &seriesId, const QString &seasonId,
                                                            CancelToken cancel)
{
    QueryItems query = JellyfinRequests::listingExtras(userId(), DetailLevel::Summary);
    if (!seasonId.isEmpty())
        query.append({QStringLiteral("seasonId"), seasonId});
    return itemList(QStringLiteral("/Shows/") + JellyfinRequests::pathSegment(seriesId) + QStringLiteral("/Episodes"),
                    query, cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::resumeItems(int limit, CancelToken cancel)
{
    QueryItems query = JellyfinRequests::listingExtras(userId(), DetailLevel::Summary);
    query.append({QStringLiteral("limit"), QString::number(limit)});
    query.append({QStringLiteral("mediaTypes"), QStringLiteral("Video")});
    return itemList(QStringLiteral("/UserItems/Resume"), query, cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::nextUp(int limit, CancelToken cancel)
{
    QueryItems query = JellyfinRequests::listingExtras(userId(), DetailLevel::Summary);
    query.append({QStringLiteral("limit"), QString::number(limit)});
    return itemList(QStringLiteral("/Shows/NextUp"), query, cancel);
}

QFuture<Result<QList<MediaItem>>> JellyfinBackend::latestItems(const QString &libraryId, int limit,
                                                               CancelToken cancel)
{
    QueryItems query = JellyfinRequests::listingExtras(userId(), DetailLevel::Summary);
    query.append({QStringLiteral("parentId"), libraryId});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    query.append({QStringLiteral("groupItems"), QStringLiteral("true")});
    return itemList(QStringLiteral("/Items/Latest"), query, cancel);
}

QFuture<Result<HomeSections>> JellyfinBackend::homeSections(const QStringList &libraryIds, int limit,
                                                            CancelToken cancel)
{
    HomeSectionsGatherer gatherer(libraryIds);
    const auto part = [](HomeSectionsGatherer::Sink sink) {
        return BackendChannel::parsing<QList<MediaItem>>(
            HttpMethod::Get,
            [](const HttpResponse &response) {
                return JellyfinItemParser::parseItemList(response.body, DetailLevel::Summary);
            },
            std::move(sink));
    };
    const QString user = userId();
    QueryItems resume = JellyfinRequests::listingExtras(user, DetailLevel::Summary);
    resume.append({QStringLiteral("limit"), QString::number(limit)});
    resume.append({QStringLiteral("mediaTypes"), QStringLiteral("Video")});
    sendRaw(HttpMethod::Get, QStringLiteral("/UserItems/Resume"), resume, cancel, {}, Auth::Required,
            part(gatherer.resume()));
    QueryItems next = JellyfinRequests::listingExtras(user, DetailLevel::Summary);
    next.append({QStringLiteral("limit"), QString::number(limit)});
    sendRaw(HttpMethod::Get, QStringLiteral("/Shows/NextUp"), next, cancel, {}, Auth::Required,
            part(gatherer.nextUp()));
    for (int i = 0; i < libraryIds.size(); ++i) {
        QueryItems latest = JellyfinRequests::listingExtras(user, DetailLevel::Summary);
        latest.append({QStringLiteral("parentId"), libraryIds.at(i)});
        latest.append({QStringLiteral("limit"), QString::number(limit)});
        latest.append({QStringLiteral("groupItems"), QStringLiteral("true")});
        sendRaw(HttpMethod::Get, QStringLiteral("/Items/Latest"), latest, cancel, {}, Auth::Required,
                part(gatherer.latest(i)));
    }
    return gatherer.future();
}

QUrl JellyfinBackend::imageUrl(const ImageRequest &request) const
{
    return m_requests.imageUrl(request);
}

QFuture<Result<QByteArray>> JellyfinBackend::image(const ImageRequest &image, CancelToken cancel)
{
    // The image routes need no sign-in (api-notes); a token, when there is one, still goes along in the header.
    const QString token = m_channel.token();
    HttpRequest request = m_requests.request(HttpMethod::Get, JellyfinRequests::imagePath(image),
                                             JellyfinRequests::imageQuery(image), token);
    request.cancel = cancel;
    return fetchImage(std::move(request), token);
}

QFuture<Result<QByteArray>> JellyfinBackend::fetchImage(HttpRequest request, const QString &token)
{
    request.accept = QByteArrayLiteral("image/*");
    request.maxResponseBytes = MaxImageBytes;
    auto promise = std::make_shared<ResultPromise<QByteArray>>();
    QFuture<Result<QByteArray>> future = promise->future();
    m_channel.dispatch(std::move(request), token, token.isEmpty() ? Auth::None : Auth::Required,
             [promise](Result<HttpResponse> response) {
                 promise->fulfil(BackendChannel::imageBytes(std::move(response)));
             });
    return future;
}

QFuture<Result<UserData>> JellyfinBackend::userData(const QString &itemId, CancelToken cancel)
{
    return send<UserData>(
        HttpMethod::Get, QStringLiteral("/UserItems/") + JellyfinRequests::pathSegment(itemId) + QStringLiteral("/UserData"),
        {{QStringLiteral("userId"), userId()}},
        [itemId](const HttpResponse &response) { return JellyfinItemParser::parseUserDataBody(response.body, itemId); },
        cancel);
}

QFuture<Result<QList<UserData>>> JellyfinBackend::userDataForItems(const QStringList &itemIds, CancelToken cancel)
{
    if (itemIds.isEmpty())
        return finishedFuture<QList<UserData>>(QList<UserData>());
    const QueryItems query{{QStringLiteral("userId"), userId()},
                           {QStringLiteral("ids"), itemIds.join(QLatin1Char(','))},
                           {QStringLiteral("fields"), QStringLiteral("Etag")},
                           {QStringLiteral("enableImages"), QStringLiteral("false")},
                           {QStringLiteral("enableUserData"), QStringLiteral("true")},
                           {QStringLiteral("enableTotalRecordCount"), QStringLiteral("false")}};
    return send<QList<UserData>>(
        HttpMethod::Get, QStringLiteral("/Items"), query,
        [](const HttpResponse &response) -> Result<QList<UserData>> {
            Result<ItemPage> page = JellyfinItemParser::parseItemPage(response.body, DetailLevel::Summary);
            if (!page.ok())
                return page.error();
            QList<UserData> list;
            for (const MediaItem &item : page.value().items) {
                if (item.userData)
                    list.append(*item.userData);
            }
            return list;
        },
        cancel);
}

QFuture<Result<UserData>> JellyfinBackend::userDataWrite(HttpMethod method, const QString &path,
                                                         const QString &itemId, const QueryItems &extraQuery,
                                                         const QByteArray &body)
{
    QueryItems query{{QStringLiteral("userId"), userId()}};
    query += extraQuery;
    return send<UserData>(
        method, path, query,
        [itemId](const HttpResponse &response) { return JellyfinItemParser::parseUserDataBody(response.body, itemId); },
        CancelToken(), body);
}

QFuture<Result<UserData>> JellyfinBackend::updateUserData(const QString &itemId, const UserDataUpdate &update)
{
    return userDataWrite(HttpMethod::Post,
                         QStringLiteral("/UserItems/") + JellyfinRequests::pathSegment(itemId) + QStringLiteral("/UserData"),
                         itemId, {}, JellyfinRequests::userDataBody(update));
}

QFuture<Result<UserData>> JellyfinBackend::markPlayed(const QString &itemId, std::optional<qint64> datePlayedMs)
{
    QueryItems extra;
    if (datePlayedMs)
        extra.append({QStringLiteral("datePlayed"), JsonFields::formatDateMs(*datePlayedMs)});
    return userDataWrite(HttpMethod::Post, QStringLiteral("/UserPlayedItems/") + JellyfinRequests::pathSegment(itemId),
                         itemId, extra);
}

QFuture<Result<UserData>> JellyfinBackend::markUnplayed(const QString &itemId)
{
    return userDataWrite(HttpMethod::Delete,
                         QStringLiteral("/UserPlayedItems/") + JellyfinRequests::pathSegment(itemId), itemId);
}

QFuture<Result<UserData>> JellyfinBackend::setFavorite(const QString &itemId, bool favorite)
{
    return userDataWrite(favorite ? HttpMethod::Post : HttpMethod::Delete,
                         QStringLiteral("/UserFavoriteItems/") + JellyfinRequests::pathSegment(itemId), itemId);
}

StreamSource JellyfinBackend::directStream(const QString &itemId, const QString &mediaSourceId) const
{
    QueryItems query{{QStringLiteral("static"), QStringLiteral("true")}};
    if (!mediaSourceId.isEmpty())
        query.append({QStringLiteral("mediaSourceId"), mediaSourceId});
    const HttpRequest request = m_requests.request(
        HttpMethod::Get, QStringLiteral("/Videos/") + JellyfinRequests::pathSegment(itemId) + QStringLiteral("/stream"),
        query, m_channel.token());
    return {request.url, request.headers};
}

QFuture<Result<PlaybackInfo>> JellyfinBackend::playbackInfo(const PlaybackInfoRequest &request, CancelToken cancel)
{
    return send<PlaybackInfo>(
        HttpMethod::Post,
        QStringLiteral("/Items/") + JellyfinRequests::pathSegment(request.itemId) + QStringLiteral("/PlaybackInfo"),
        {{QStringLiteral("userId"), userId()}},
        [](const HttpResponse &response) { return JellyfinPlaybackParser::parsePlaybackInfo(response.body); }, cancel,
        JellyfinDeviceProfile::playbackInfoBody(request, userId()));
}

StreamSource JellyfinBackend::serverStream(const QString &relativeUrl) const
{
    // The server writes its token into these addresses (ApiKey=…); it travels in the header instead.
    const ServerRelativeUrl given = ServerRelativeUrl::resolve(relativeUrl, m_requests.serverUrl(),
                                                               {QStringLiteral("ApiKey"), QStringLiteral("api_key")});
    if (given.kind == ServerRelativeUrl::Kind::Invalid)
        return {};
    if (given.kind == ServerRelativeUrl::Kind::OtherSite)
        return {given.otherSite, {}}; // a subtitle on another site: our credential does not go there
    QStringList segments = given.path.split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = JellyfinRequests::pathSegment(segment);
    const HttpRequest request =
        m_requests.request(HttpMethod::Get, segments.join(QLatin1Char('/')), given.query, session().accessToken);
    return {request.url, request.headers};
}

QFuture<Status> JellyfinBackend::stopTranscoding(const QString &playSessionId)
{
    const QueryItems query{{QStringLiteral("deviceId"), m_requests.identity().deviceId},
                           {QStringLiteral("playSessionId"), playSessionId}};
    return send<std::monostate>(
        HttpMethod::Delete, QStringLiteral("/Videos/ActiveEncodings"), query,
        [](const HttpResponse &) { return success(); }, CancelToken());
}

QFuture<Result<QList<MediaSegment>>> JellyfinBackend::mediaSegments(const QString &itemId, CancelToken cancel)
{
    return send<QList<MediaSegment>>(
        HttpMethod::Get, QStringLiteral("/MediaSegments/") + JellyfinRequests::pathSegment(itemId),
        {{QStringLiteral("includeSegmentTypes"), QStringLiteral("Intro,Outro,Recap,Preview,Commercial")}},
        [](const HttpResponse &response) { return JellyfinPlaybackParser::parseMediaSegments(response.body); },
        cancel);
}

QFuture<Result<PlaybackExtras>> JellyfinBackend::playbackExtras(const QString &itemId, CancelToken cancel)
{
    return send<PlaybackExtras>(
        HttpMethod::Get, QStringLiteral("/Items/") + JellyfinRequests::pathSegment(itemId),
        {{QStringLiteral("userId"), userId()}},
        [](const HttpResponse &response) { return JellyfinPlaybackParser::parsePlaybackExtras(response.body); },
        cancel);
}

QFuture<Result<QByteArray>> JellyfinBackend::trickplayTile(const QString &itemId, const TrickplayInfo &info,
                                                           int tileIndex, CancelToken cancel)
{
    const QString token = session().accessToken;
    QueryItems query;
    if (!info.mediaSourceId.isEmpty())
        query.append({QStringLiteral("mediaSourceId"), info.mediaSourceId});
    HttpRequest request = m_requests.request(
        HttpMethod::Get,
        QStringLiteral("/Videos/%1/Trickplay/%2/%3.jpg")
            .arg(JellyfinRequests::pathSegment(itemId), QString::number(info.width), QString::number(tileIndex)),
        query, token);
    request.cancel = cancel;
    return fetchImage(std::move(request), token);
}

StreamSource JellyfinBackend::downloadSource(const QString &itemId) const
{
    const HttpRequest request = m_requests.request(
        HttpMethod::Get, QStringLiteral("/Items/") + JellyfinRequests::pathSegment(itemId) + QStringLiteral("/Download"),
        {}, session().accessToken);
    return {request.url, request.headers};
}

QFuture<Status> JellyfinBackend::playbackReport(const QString &path, const PlaybackReport &report, bool stop)
{
    return send<std::monostate>(
        HttpMethod::Post, path, {}, [](const HttpResponse &) { return success(); }, CancelToken(),
        JellyfinRequests::playbackBody(report, stop));
}

QFuture<Status> JellyfinBackend::reportPlaybackStart(const PlaybackReport &report)
{
    return playbackReport(QStringLiteral("/Sessions/Playing"), report, false);
}

QFuture<Status> JellyfinBackend::reportPlaybackProgress(const PlaybackReport &report)
{
    return playbackReport(QStringLiteral("/Sessions/Playing/Progress"), report, false);
}

QFuture<Status> JellyfinBackend::reportPlaybackStopped(const PlaybackReport &report)
{
    return playbackReport(QStringLiteral("/Sessions/Playing/Stopped"), report, true);
}

} // namespace marquee
