// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexbackend.h"

#include "backend/homesectionsgatherer.h"
#include "backend/jsonfields.h"
#include "backend/plexbif.h"
#include "backend/plexitemparser.h"
#include "backend/plexplaybackparser.h"
#include "backend/plexplaybackrequests.h"
#include "backend/plexresponseparser.h"
#include "backend/serverrelativeurl.h"
#include "backend/urlredaction.h"
#include "core/logging.h"
#include "core/ticks.h"

#include <QMutex>
#include <QUuid>

namespace marquee {

/// Media parts and durations of the items answers have named: what playback and the timeline need and the cache
/// does not keep. Shared with requests in flight; bounded.
class PlexMediaMemo
{
public:
    struct Entry
    {
        QString partKey;
        qint64 durationMs = 0;
        /// Every version (`Media`) in the item's order, by its first part's key; without their streams.
        QList<MediaSource> versions;
    };
    static constexpr int MaxEntries = 50'000;

    mutable QMutex mutex;
    QHash<QString, Entry> entries;

    void remember(const QList<MediaItem> &items)
    {
        QMutexLocker locker(&mutex);
        for (const MediaItem &item : items) {
            if (item.type != ItemType::Movie && item.type != ItemType::Episode)
                continue;
            const QString partKey = item.mediaSources.isEmpty() ? QString() : item.mediaSources.first().id;
            if (partKey.isEmpty() && item.runTimeTicks <= 0)
                continue;
            if (entries.size() >= MaxEntries && !entries.contains(item.id))
                entries.clear(); // forgetting is cheap: a miss costs one metadata request
            Entry &entry = entries[item.id];
            if (!partKey.isEmpty()) {
                entry.partKey = partKey;
                entry.versions = item.mediaSources;
                for (MediaSource &version : entry.versions)
                    version.streams.clear();
            }
            entry.durationMs = ticksToMs(item.runTimeTicks);
        }
    }

    [[nodiscard]] std::optional<Entry> find(const QString &itemId) const
    {
        QMutexLocker locker(&mutex);
        const auto it = entries.constFind(itemId);
        return it == entries.cend() ? std::nullopt : std::optional<Entry>(*it);
    }

    /// The part and stream ids of the item's last decision: a later playback of it chooses its tracks by them.
    void rememberStreams(const QString &itemId, const PlexPartStreams &part)
    {
        QMutexLocker locker(&mutex);
        if (parts.size() >= MaxEntries && !parts.contains(itemId))
            parts.clear();
        parts.insert(itemId, part);
    }

    [[nodiscard]] PlexPartStreams streams(const QString &itemId) const
    {
        QMutexLocker locker(&mutex);
        return parts.value(itemId);
    }

    using BifResult = Result<std::shared_ptr<const PlexBif>>;
    using BifWaiter = std::function<void(BifResult)>;
    /// A BIF is megabytes: the thumbnails of the versions played last are kept, no more.
    static constexpr int MaxBifs = 2;

    [[nodiscard]] std::shared_ptr<const PlexBif> bif(const QString &partKey) const
    {
        QMutexLocker locker(&mutex);
        return bifs.value(partKey);
    }

    /// Waits for the BIF of @p partKey: true when a fetch of it is already under way (@p waiter then gets its result),
    /// false when the caller is to fetch it and hand the result to bifArrived().
    bool awaitBif(const QString &partKey, BifWaiter waiter)
    {
        QMutexLocker locker(&mutex);
        const bool underWay = bifWaiters.contains(partKey);
        bifWaiters[partKey].append(std::move(waiter));
        return underWay;
    }

    void bifArrived(const QString &partKey, const BifResult &result)
    {
        QList<BifWaiter> waiters;
        {
            QMutexLocker locker(&mutex);
            waiters = bifWaiters.take(partKey);
            if (result) {
                if (bifs.size() >= MaxBifs && !bifs.contains(partKey))
                    bifs.clear();
                bifs.insert(partKey, result.value());
            }
        }
        for (const BifWaiter &waiter : std::as_const(waiters))
            waiter(result);
    }

private:
    QHash<QString, PlexPartStreams> parts;
    QHash<QString, std::shared_ptr<const PlexBif>> bifs;
    QHash<QString, QList<BifWaiter>> bifWaiters;
};

/// A write to the server: scrobble, unscrobble, rate or a timeline report.
struct PlexWrite
{
    HttpMethod method = HttpMethod::Put;
    QString path;
    QueryItems query;
    QList<QPair<QByteArray, QByteArray>> headers;
};

namespace {

QList<MediaItem> onlyOfType(QList<MediaItem> items, ItemType type)
{
    items.removeIf([type](const MediaItem &item) { return item.type != type; });
    return items;
}

/// Sends one request with what it needs from the backend, not the backend itself: chains outlive it.
void sendRequest(const PlexRequests &requests, const BackendChannel &channel, HttpMethod method, const QString &path,
                 const QueryItems &query, const CancelToken &cancel, std::optional<PlexRequests::Window> window,
                 BackendChannel::Auth auth, BackendChannel::Callback callback,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
{
    QString token;
    if (auth == BackendChannel::Auth::Required) {
        token = channel.token();
        if (token.isEmpty()) {
            callback(BackendChannel::notSignedIn(method, requests.endpoint(path, query)));
            return;
        }
    }
    HttpRequest request = requests.request(method, path, query, token, window);
    request.headers += extraHeaders;
    request.cancel = cancel;
    channel.dispatch(std::move(request), token, auth, std::move(callback));
}

Result<PlexPage> stampParser(const QByteArray &body, int maxItems)
{
    return PlexItemParser::parseStampPage(body, maxItems);
}

Status accepted(const HttpResponse &)
{
    return success(); // writes answer an empty 200 (text/html on a real server)
}

/// Sends @p writes one after another, each once the server took the one before; @p done gets the first failure.
void runWrites(const PlexRequests &requests, const BackendChannel &channel, QList<PlexWrite> writes,
               std::function<void(Status)> done)
{
    if (writes.isEmpty()) {
        done(success());
        return;
    }
    const PlexWrite write = writes.takeFirst();
    sendRequest(requests, channel, write.method, write.path, write.query, {}, std::nullopt,
                BackendChannel::Auth::Required,
                BackendChannel::parsing<std::monostate>(
                    write.method, &accepted,
                    [requests, channel, writes, done](Status status) {
                        if (!status)
                            done(status);
                        else
                            runWrites(requests, channel, writes, done);
                    }),
                write.headers);
}

PlexWrite itemWrite(const QString &path, const QString &itemId, const QueryItems &extra = {})
{
    return {HttpMethod::Put, path, PlexRequests::itemKeyQuery(itemId) + extra, {}};
}

/// A timeline report. The server decides what counts as watched; a time past the duration is refused (400), so
/// none goes out. @p offlineAtMs: replayed later, with the time it happened.
PlexWrite timelineWrite(const QString &itemId, const QString &state, qint64 timeMs, qint64 durationMs,
                        std::optional<qint64> offlineAtMs = std::nullopt)
{
    QueryItems query{{QStringLiteral("ratingKey"), itemId},
                     {QStringLiteral("key"), PlexRequests::metadataPath(itemId)},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("time"), QString::number(std::clamp<qint64>(timeMs, 0, durationMs))},
                     {QStringLiteral("duration"), QString::number(durationMs)}};
    if (offlineAtMs) {
        query.append({QStringLiteral("offline"), QStringLiteral("1")});
        query.append({QStringLiteral("updated"), QString::number(*offlineAtMs / 1000)});
    }
    return {HttpMethod::Post, QStringLiteral("/:/timeline"), query, {}};
}

} // namespace

PlexBackend::PlexBackend(NetworkThread *network, const QUrl &serverUrl, const ClientIdentity &identity, QObject *parent)
    : Backend(parent)
    , m_requests(serverUrl, identity)
    , m_channel(network, this)
    , m_memo(std::make_shared<PlexMediaMemo>())
{
}

PlexBackend::~PlexBackend()
{
    m_channel.detach();
}

Session PlexBackend::session() const
{
    return m_channel.session();
}

void PlexBackend::setSession(const Session &session)
{
    Session installed = session;
    installed.serverUrl = m_requests.serverUrl();
    m_channel.install(installed);
}

void PlexBackend::clearSession()
{
    m_channel.forgetToken();
}

void PlexBackend::sendRaw(HttpMethod method, const QString &path, const QueryItems &query, const CancelToken &cancel,
                          std::optional<PlexRequests::Window> window, Auth auth, Callback callback) const
{
    sendRequest(m_requests, m_channel, method, path, query, cancel, window, auth, std::move(callback));
}

template <typename T>
QFuture<Result<T>> PlexBackend::send(const QString &path, const QueryItems &query,
                                     std::function<Result<T>(const HttpResponse &)> parse, const CancelToken &cancel,
                                     std::optional<PlexRequests::Window> window, Auth auth)
{
    BackendChannel::Parsed<T> parsed = BackendChannel::parsed<T>(HttpMethod::Get, std::move(parse));
    sendRaw(HttpMethod::Get, path, query, cancel, window, auth, std::move(parsed.callback));
    return parsed.future;
}

PlexListing::Fetch PlexBackend::fetcher(const CancelToken &cancel) const
{
    return [requests = m_requests, channel = m_channel, cancel](const PlexSegment &segment,
                                                                PlexRequests::Window window, Callback callback) {
        sendRequest(requests, channel, HttpMethod::Get, segment.path, segment.query, cancel, window, Auth::Required,
                    std::move(callback));
    };
}

PlexListing::Parse PlexBackend::pageParser(DetailLevel level) const
{
    return [memo = m_memo, level](const QByteArray &body, int maxItems) {
        Result<PlexPage> page = PlexItemParser::parsePage(body, level, maxItems);
        if (page)
            memo->remember(page.value().items);
        return page;
    };
}

QFuture<Result<ServerInfo>> PlexBackend::serverInfo(CancelToken cancel)
{
    // /identity answers without a token, so a server change is seen before any sign-in.
    return send<ServerInfo>(
        QStringLiteral("/identity"), {},
        [](const HttpResponse &response) { return PlexResponseParser::parseIdentity(response.body); }, cancel,
        std::nullopt, Auth::None);
}

QFuture<Result<Session>> PlexBackend::signIn(const QString &, const QString &)
{
    return finishedFuture<Session>(Error{
        ErrorKind::ClientError,
        QStringLiteral("Plex servers are signed in to through plex.tv (a code and a link) or with the server's token, "
                       "not with a user name and password."),
        redactedUrl(m_requests.serverUrl()), 0});
}

QFuture<Result<Session>> PlexBackend::signInWithToken(const QString &token)
{
    // Checked with the new token alone: a refusal must not sign the current session out.
    const BackendChannel channel = m_channel;
    const QUrl serverUrl = m_requests.serverUrl();
    BackendChannel::Parsed<Session> parsed = BackendChannel::parsed<Session>(
        HttpMethod::Get, [channel, serverUrl, token](const HttpResponse &response) -> Result<Session> {
            const Result<PlexServerRoot> root = PlexResponseParser::parseServerRoot(response.body);
            if (!root)
                return root.error();
            // A token typed in names no plex.tv account we could ask about: the server's own account stands for it.
            const QString account = root.value().myPlexUsername;
            Session session{serverUrl, root.value().machineIdentifier,
                            account.isEmpty() ? QStringLiteral("local") : account,
                            account.isEmpty() ? root.value().friendlyName : account, token};
            channel.install(session);
            qCInfo(lcBackend).noquote() << "signed in with a token on" << redactedUrl(serverUrl);
            return session;
        });
    m_channel.dispatch(m_requests.request(HttpMethod::Get, QStringLiteral("/"), {}, token), token, Auth::None,
                       std::move(parsed.callback));
    return parsed.future;
}

QFuture<Status> PlexBackend::signOut()
{
    clearSession();
    return finishedFuture<std::monostate>(success());
}

QFuture<Result<UserInfo>> PlexBackend::currentUser(CancelToken cancel)
{
    const Session current = session();
    return send<UserInfo>(
        QStringLiteral("/"), {},
        [current](const HttpResponse &response) -> Result<UserInfo> {
            const Result<PlexServerRoot> root = PlexResponseParser::parseServerRoot(response.body);
            if (!root)
                return root.error();
            return UserInfo{current.userId, current.userName, root.value().machineIdentifier};
        },
        cancel);
}

QFuture<Result<QList<Library>>> PlexBackend::libraries(CancelToken cancel)
{
    return send<QList<Library>>(
        QStringLiteral("/library/sections/all"), {},
        [](const HttpResponse &response) { return PlexResponseParser::parseSections(response.body); }, cancel);
}

Result<QList<PlexSegment>> PlexBackend::segmentsFor(const ItemQuery &query, bool stampsOnly) const
{
    if (!query.searchTerm.isEmpty() || !query.filters.isEmpty())
        return Error{ErrorKind::ClientError, QStringLiteral("searching and filtering are not supported for Plex"),
                     redactedUrl(m_requests.serverUrl()), 0};
    QueryItems common;
    if (stampsOnly) // API 1.x: only these fields; older servers send more, which is harmless
        common.append({QStringLiteral("includeFields"), QStringLiteral("ratingKey,type,updatedAt")});
    if (!query.ids.isEmpty())
        return QList<PlexSegment>{{PlexRequests::metadataPath(query.ids.join(QLatin1Char(','))), common}};

    const QString section = PlexRequests::sectionKey(query.parentId);
    QString path;
    bool byType = true;
    if (!section.isEmpty()) {
        path = QStringLiteral("/library/sections/") + QString::fromLatin1(QUrl::toPercentEncoding(section))
            + QStringLiteral("/all");
    } else if (query.parentId.isEmpty()) {
        path = QStringLiteral("/library/all");
    } else {
        path = PlexRequests::metadataPath(query.parentId, query.recursive ? QStringLiteral("allLeaves")
                                                                            : QStringLiteral("children"));
        byType = false;
    }
    if (byType)
        common.append({QStringLiteral("sort"), PlexRequests::sortValue(query.sortBy, query.sortOrder)});

    QList<QueryItems> filters{{}};
    const std::optional<qint64> since = query.minDateLastSavedMs ? query.minDateLastSavedMs : query.minDateLastSavedForUserMs;
    if (since) {
        // updatedAt moves with metadata only; what was watched elsewhere needs its own pass.
        const QString seconds = QString::number(*since / 1000);
        filters = {{{QStringLiteral("updatedAt>>"), seconds}}, {{QStringLiteral("lastViewedAt>>"), seconds}}};
    }
    QList<std::optional<int>> types;
    for (ItemType type : query.includeItemTypes) {
        if (const std::optional<int> number = PlexRequests::typeNumber(type))
            types.append(number);
    }
    if (types.isEmpty() || !byType)
        types = {std::nullopt};
    QList<PlexSegment> segments;
    for (const std::optional<int> &type : std::as_const(types)) {
        for (const QueryItems &filter : std::as_const(filters)) {
            QueryItems segmentQuery = common;
            if (type)
                segmentQuery.prepend({QStringLiteral("type"), QString::number(*type)});
            segmentQuery += filter;
            segments.append({path, segmentQuery});
        }
    }
    return segments;
}

QFuture<Result<ItemPage>> PlexBackend::items(const ItemQuery &query, CancelToken cancel)
{
    const Result<QList<PlexSegment>> segments = segmentsFor(query, false);
    if (!segments)
        return finishedFuture<ItemPage>(segments.error());
    const int start = std::max(0, query.startIndex);
    return PlexListing::run(segments.value(), start, query.limit, fetcher(cancel), pageParser(query.detail))
        .then([start](Result<PlexPage> page) -> Result<ItemPage> {
            if (!page)
                return page.error();
            ItemPage items;
            items.items = std::move(page.value().items);
            items.totalRecordCount = page.value().totalSize.value_or(start + int(items.items.size()));
            items.startIndex = start;
            items.skipped = page.value().skipped;
            items.serverTimeMs = page.value().serverTimeMs;
            return items;
        });
}

QFuture<Result<ItemIdPage>> PlexBackend::itemIds(const ItemQuery &query, CancelToken cancel)
{
    const Result<QList<PlexSegment>> segments = segmentsFor(query, true);
    if (!segments)
        return finishedFuture<ItemIdPage>(segments.error());
    const int start = std::max(0, query.startIndex);
    return PlexListing::run(segments.value(), start, query.limit, fetcher(cancel), stampParser)
        .then([start](Result<PlexPage> page) -> Result<ItemIdPage> {
            if (!page)
                return page.error();
            ItemIdPage ids;
            ids.items = std::move(page.value().stamps);
            ids.totalRecordCount = page.value().totalSize.value_or(start + int(ids.items.size()));
            ids.startIndex = start;
            ids.skipped = page.value().skipped;
            ids.serverTimeMs = page.value().serverTimeMs;
            return ids;
        });
}

QFuture<Result<int>> PlexBackend::itemCount(const ItemQuery &query, CancelToken cancel)
{
    ItemQuery countQuery = query;
    countQuery.minDateLastSavedMs.reset();
    countQuery.minDateLastSavedForUserMs.reset();
    const Result<QList<PlexSegment>> segments = segmentsFor(countQuery, true);
    if (!segments)
        return finishedFuture<int>(segments.error());
    return PlexListing::run(segments.value(), 0, 0, fetcher(cancel), stampParser)
        .then([](Result<PlexPage> page) -> Result<int> {
            if (!page)
                return page.error();
            return page.value().totalSize.value_or(0);
        });
}

QFuture<Result<MediaItem>> PlexBackend::metadata(const QString &itemId, DetailLevel level, CancelToken cancel)
{
    return send<MediaItem>(
        PlexRequests::metadataPath(itemId), {},
        [memo = m_memo, level](const HttpResponse &response) {
            Result<MediaItem> item = PlexItemParser::parseSingleItem(response.body, level);
            if (item)
                memo->remember({item.value()});
            return item;
        },
        cancel);
}

QFuture<Result<MediaItem>> PlexBackend::itemDetails(const QString &itemId, CancelToken cancel)
{
    return metadata(itemId, DetailLevel::Full, cancel);
}

QFuture<Result<QList<MediaItem>>> PlexBackend::listAll(const QString &path, const QueryItems &query,
                                                       std::optional<int> limit, CancelToken cancel)
{
    return PlexListing::run({{path, query}}, 0, limit, fetcher(cancel), pageParser(DetailLevel::Summary))
        .then([](Result<PlexPage> page) -> Result<QList<MediaItem>> {
            if (!page)
                return page.error();
            return std::move(page.value().items);
        });
}

QFuture<Result<QList<MediaItem>>> PlexBackend::seasons(const QString &seriesId, CancelToken cancel)
{
    return listAll(PlexRequests::metadataPath(seriesId, QStringLiteral("children")), {}, std::nullopt, cancel)
        .then([](Result<QList<MediaItem>> items) -> Result<QList<MediaItem>> {
            if (!items)
                return items.error();
            return onlyOfType(items.takeValue(), ItemType::Season);
        });
}

QFuture<Result<QList<MediaItem>>> PlexBackend::episodes(const QString &seriesId, const QString &seasonId,
                                                        CancelToken cancel)
{
    const QString path = seasonId.isEmpty() ? PlexRequests::metadataPath(seriesId, QStringLiteral("allLeaves"))
                                            : PlexRequests::metadataPath(seasonId, QStringLiteral("children"));
    return listAll(path, {}, std::nullopt, cancel).then([](Result<QList<MediaItem>> items) -> Result<QList<MediaItem>> {
        if (!items)
            return items.error();
        return onlyOfType(items.takeValue(), ItemType::Episode);
    });
}

QFuture<Result<QList<MediaItem>>> PlexBackend::resumeItems(int limit, CancelToken cancel)
{
    return send<QList<MediaItem>>(
        QStringLiteral("/hubs/continueWatching"), {{QStringLiteral("count"), QString::number(limit)}},
        [](const HttpResponse &response) { return PlexItemParser::parseHubItems(response.body); }, cancel);
}

QFuture<Result<QList<MediaItem>>> PlexBackend::nextUp(int limit, CancelToken cancel)
{
    return listAll(QStringLiteral("/library/onDeck"), {}, limit, cancel);
}

QFuture<Result<QList<MediaItem>>> PlexBackend::latestItems(const QString &libraryId, int limit, CancelToken cancel)
{
    const QString section = PlexRequests::sectionKey(libraryId);
    if (section.isEmpty())
        return finishedFuture<QList<MediaItem>>(
            Error{ErrorKind::ClientError, QStringLiteral("%1 is not a Plex library").arg(libraryId.left(64)), {}, 0});
    return listAll(QStringLiteral("/library/sections/") + QString::fromLatin1(QUrl::toPercentEncoding(section))
                       + QStringLiteral("/recentlyAdded"),
                   {}, limit, cancel);
}

QFuture<Result<HomeSections>> PlexBackend::homeSections(const QStringList &libraryIds, int limit, CancelToken cancel)
{
    HomeSectionsGatherer gatherer(libraryIds);
    const auto forward = [](HomeSectionsGatherer::Sink sink) {
        return [sink](Result<QList<MediaItem>> items) { sink(std::move(items)); };
    };
    resumeItems(limit, cancel).then(forward(gatherer.resume()));
    nextUp(limit, cancel).then(forward(gatherer.nextUp()));
    for (int i = 0; i < libraryIds.size(); ++i)
        latestItems(libraryIds.at(i), limit, cancel).then(forward(gatherer.latest(i)));
    return gatherer.future();
}

QUrl PlexBackend::imageUrl(const ImageRequest &request) const
{
    return m_requests.imageUrl(request);
}

QFuture<Result<QByteArray>> PlexBackend::image(const ImageRequest &image, CancelToken cancel)
{
    const QString token = m_channel.token();
    HttpRequest request = m_requests.request(HttpMethod::Get, QStringLiteral("/photo/:/transcode"),
                                             PlexRequests::imageQuery(image), token);
    request.accept = QByteArrayLiteral("image/*");
    request.maxResponseBytes = MaxImageBytes;
    request.cancel = cancel;
    auto promise = std::make_shared<ResultPromise<QByteArray>>();
    QFuture<Result<QByteArray>> future = promise->future();
    m_channel.dispatch(std::move(request), token, token.isEmpty() ? Auth::None : Auth::Required,
                       [promise](Result<HttpResponse> response) {
                           promise->fulfil(BackendChannel::imageBytes(std::move(response)));
                       });
    return future;
}

QFuture<Result<UserData>> PlexBackend::userData(const QString &itemId, CancelToken cancel)
{
    return metadata(itemId, DetailLevel::Summary, cancel).then([](Result<MediaItem> item) -> Result<UserData> {
        if (!item)
            return item.error();
        if (!item.value().userData)
            return JsonFields::badResponse(QStringLiteral("item %1 has no watch state").arg(item.value().id.left(64)));
        return *item.value().userData;
    });
}

QFuture<Result<QList<UserData>>> PlexBackend::userDataForItems(const QStringList &itemIds, CancelToken cancel)
{
    if (itemIds.isEmpty())
        return finishedFuture<QList<UserData>>(QList<UserData>());
    return listAll(PlexRequests::metadataPath(itemIds.join(QLatin1Char(','))), {}, std::nullopt, cancel)
        .then([](Result<QList<MediaItem>> items) -> Result<QList<UserData>> {
            if (!items)
                return items.error();
            QList<UserData> list;
            for (const MediaItem &item : std::as_const(items.value())) {
                if (item.userData)
                    list.append(*item.userData);
            }
            return list;
        });
}

void PlexBackend::withDuration(const QString &itemId, std::function<void(Result<qint64>)> next)
{
    if (const std::optional<PlexMediaMemo::Entry> known = m_memo->find(itemId); known && known->durationMs > 0) {
        next(known->durationMs);
        return;
    }
    metadata(itemId, DetailLevel::Summary, {}).then([next](Result<MediaItem> item) {
        next(item ? Result<qint64>(ticksToMs(item.value().runTimeTicks)) : Result<qint64>(item.error()));
    });
}

QFuture<Result<UserData>> PlexBackend::write(const QString &itemId, bool needsDuration,
                                             std::function<QList<PlexWrite>(qint64 durationMs)> build)
{
    auto promise = std::make_shared<ResultPromise<UserData>>();
    QFuture<Result<UserData>> future = promise->future();
    auto readBack = [requests = m_requests, channel = m_channel, memo = m_memo, itemId, promise](Status status) {
        if (!status) {
            promise->fulfil(status.error());
            return;
        }
        sendRequest(requests, channel, HttpMethod::Get, PlexRequests::metadataPath(itemId), {}, {}, std::nullopt,
                    BackendChannel::Auth::Required,
                    BackendChannel::parsing<UserData>(
                        HttpMethod::Get,
                        [memo](const HttpResponse &response) -> Result<UserData> {
                            const Result<MediaItem> item = PlexItemParser::parseSingleItem(response.body,
                                                                                           DetailLevel::Summary);
                            if (!item)
                                return item.error();
                            memo->remember({item.value()});
                            if (!item.value().userData)
                                return JsonFields::badResponse(QStringLiteral("the item has no watch state"));
                            return *item.value().userData;
                        },
                        [promise](Result<UserData> data) { promise->fulfil(std::move(data)); }));
    };
    auto start = [requests = m_requests, channel = m_channel, build, readBack](Result<qint64> durationMs) {
        if (!durationMs) {
            readBack(durationMs.error());
            return;
        }
        runWrites(requests, channel, build(durationMs.value()), readBack);
    };
    if (needsDuration)
        withDuration(itemId, start);
    else
        start(qint64(0));
    return future;
}

QFuture<Result<UserData>> PlexBackend::updateUserData(const QString &itemId, const UserDataUpdate &update)
{
    // A played change carries position 0 as the state it leaves; Plex resets the position itself on a scrobble.
    const bool replayPosition = update.positionTicks.has_value() && !update.played.value_or(false);
    const bool playedAt = update.played.value_or(false) && update.lastPlayedAtMs;
    return write(itemId, replayPosition || playedAt, [itemId, update, replayPosition](qint64 durationMs) {
        QList<PlexWrite> writes;
        if (replayPosition) {
            // Progress made while offline: the timeline's own answer for sync clients, with the time it happened.
            writes.append(timelineWrite(itemId, QStringLiteral("stopped"), ticksToMs(*update.positionTicks),
                                        durationMs, update.lastPlayedAtMs));
        } else if (update.played) {
            if (*update.played && update.lastPlayedAtMs)
                writes.append(timelineWrite(itemId, QStringLiteral("stopped"), durationMs, durationMs,
                                            update.lastPlayedAtMs));
            writes.append(itemWrite(*update.played ? QStringLiteral("/:/scrobble") : QStringLiteral("/:/unscrobble"),
                                    itemId));
        }
        if (update.isFavorite)
            writes.append(itemWrite(QStringLiteral("/:/rate"), itemId,
                                    {{QStringLiteral("rating"), *update.isFavorite ? QStringLiteral("10") : QStringLiteral("0")}}));
        return writes;
    });
}

QFuture<Result<UserData>> PlexBackend::markPlayed(const QString &itemId, std::optional<qint64> datePlayedMs)
{
    UserDataUpdate update;
    update.played = true;
    update.lastPlayedAtMs = datePlayedMs;
    return updateUserData(itemId, update);
}

QFuture<Result<UserData>> PlexBackend::markUnplayed(const QString &itemId)
{
    UserDataUpdate update;
    update.played = false;
    return updateUserData(itemId, update);
}

QFuture<Result<UserData>> PlexBackend::setFavorite(const QString &itemId, bool favorite)
{
    UserDataUpdate update;
    update.isFavorite = favorite;
    return updateUserData(itemId, update);
}

StreamSource PlexBackend::directStream(const QString &itemId, const QString &mediaSourceId) const
{
    QString part = mediaSourceId.startsWith(QLatin1String("/library/parts/")) ? mediaSourceId : QString();
    if (part.isEmpty()) {
        if (const std::optional<PlexMediaMemo::Entry> known = m_memo->find(itemId))
            part = known->partKey;
    }
    if (part.isEmpty())
        return {};
    const HttpRequest request = m_requests.request(HttpMethod::Get, part, {}, m_channel.token());
    return {request.url, request.headers};
}

QFuture<Result<StreamSource>> PlexBackend::streamSource(const QString &itemId, const QString &mediaSourceId,
                                                        CancelToken cancel)
{
    const StreamSource known = directStream(itemId, mediaSourceId);
    if (known.url.isValid())
        return finishedFuture<StreamSource>(known);
    return metadata(itemId, DetailLevel::Full, cancel)
        .then([requests = m_requests, channel = m_channel, mediaSourceId](Result<MediaItem> item) -> Result<StreamSource> {
            if (!item)
                return item.error();
            const QList<MediaSource> &versions = item.value().mediaSources;
            const QString part = versions.isEmpty()
                ? QString()
                : versions.at(PlexPlaybackRequests::mediaIndexOf(versions, mediaSourceId)).id;
            if (!part.startsWith(QLatin1String("/library/parts/")))
                return JsonFields::badResponse(QStringLiteral("the server lists no media file for this item"));
            const HttpRequest request = requests.request(HttpMethod::Get, part, {}, channel.token());
            return StreamSource{request.url, request.headers};
        });
}

QFuture<Status> PlexBackend::timeline(const PlaybackReport &report, const QString &state, bool stop)
{
    if (stop && report.failed)
        return finishedFuture<std::monostate>(success()); // nothing played: nothing for the server to keep
    auto promise = std::make_shared<ResultPromise<std::monostate>>();
    QFuture<Status> future = promise->future();
    withDuration(report.itemId, [requests = m_requests, channel = m_channel, report, state, stop,
                                 promise](Result<qint64> durationMs) {
        if (!durationMs) {
            promise->fulfil(durationMs.error());
            return;
        }
        if (durationMs.value() <= 0) {
            qCInfo(lcBackend) << "no timeline for item" << report.itemId << "without a duration";
            promise->fulfil(success());
            return;
        }
        // A stop without a position is a full play, as on the other servers.
        const qint64 timeMs = report.positionTicks ? ticksToMs(*report.positionTicks) : (stop ? durationMs.value() : 0);
        PlexWrite write = timelineWrite(report.itemId, state, timeMs, durationMs.value());
        if (!report.playSessionId.isEmpty())
            write.headers.append({QByteArrayLiteral("X-Plex-Session-Identifier"), report.playSessionId.toUtf8()});
        sendRequest(requests, channel, write.method, write.path, write.query, {}, std::nullopt,
                    BackendChannel::Auth::Required,
                    BackendChannel::parsing<std::monostate>(
                        write.method,
                        [](const HttpResponse &response) -> Status {
                            const Result<PlexTimelineAnswer> answer = PlexResponseParser::parseTimelineAnswer(response.body);
                            if (!answer)
                                return answer.error();
                            if (answer.value().terminationCode != 0) {
                                const QString text = answer.value().terminationText;
                                return Error{ErrorKind::ClientError,
                                             text.isEmpty() ? QStringLiteral("The server ended this playback.") : text,
                                             {}, 0};
                            }
                            return success();
                        },
                        [promise](Status status) { promise->fulfil(std::move(status)); }),
                    write.headers);
    });
    return future;
}

QFuture<Status> PlexBackend::reportPlaybackStart(const PlaybackReport &report)
{
    return timeline(report, report.isPaused ? QStringLiteral("paused") : QStringLiteral("playing"), false);
}

QFuture<Status> PlexBackend::reportPlaybackProgress(const PlaybackReport &report)
{
    return timeline(report, report.isPaused ? QStringLiteral("paused") : QStringLiteral("playing"), false);
}

QFuture<Status> PlexBackend::reportPlaybackStopped(const PlaybackReport &report)
{
    return timeline(report, QStringLiteral("stopped"), true);
}

namespace {

/// The universal transcoder's decision about the version @p request names among @p versions (the item's `Media`).
void decide(const PlexRequests &requests, const BackendChannel &channel, const std::shared_ptr<PlexMediaMemo> &memo,
            const PlaybackInfoRequest &request, const QList<MediaSource> &versions, const CancelToken &cancel,
            const std::shared_ptr<ResultPromise<PlaybackInfo>> &promise)
{
    const int mediaIndex = PlexPlaybackRequests::mediaIndexOf(versions, request.mediaSourceId);
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString startUrl = PlexPlaybackRequests::startUrl(request, sessionId, mediaIndex);
    auto ask = [requests, channel, memo, request, versions, mediaIndex, sessionId, startUrl, cancel, promise] {
        sendRequest(requests, channel, HttpMethod::Get, PlexPlaybackRequests::DecisionPath,
                    PlexPlaybackRequests::transcodeQuery(request, sessionId, mediaIndex), cancel, std::nullopt,
                    BackendChannel::Auth::Required,
                    BackendChannel::parsing<PlaybackInfo>(
                        HttpMethod::Get,
                        [memo, itemId = request.itemId, versions, mediaIndex, sessionId,
                         startUrl](const HttpResponse &response) -> Result<PlaybackInfo> {
                            PlexPartStreams part;
                            Result<PlaybackInfo> info =
                                PlexPlaybackParser::parseDecision(response.body, sessionId, startUrl, &part);
                            if (!info)
                                return info;
                            if (!part.partId.isEmpty())
                                memo->rememberStreams(itemId, part);
                            return PlexPlaybackParser::withVersions(info.takeValue(), versions, mediaIndex);
                        },
                        [promise](Result<PlaybackInfo> info) { promise->fulfil(std::move(info)); }),
                    {{QByteArrayLiteral("X-Plex-Session-Identifier"), sessionId.toUtf8()}});
    };
    // Plex converts the streams selected on the part: the tracks asked for are chosen there first, on the part of
    // the version that plays (another version's streams are not its). A refused choice still leaves a decision, for
    // the tracks the server has selected.
    const PlexPartStreams part = memo->streams(request.itemId);
    const QString versionPart =
        mediaIndex < versions.size() ? PlexPlaybackRequests::partIdOf(versions.at(mediaIndex).id) : QString();
    const QueryItems selection = versionPart.isEmpty() || versionPart == part.partId
        ? PlexPlaybackRequests::streamSelection(request, part)
        : QueryItems();
    if (selection.isEmpty()) {
        ask();
        return;
    }
    sendRequest(requests, channel, HttpMethod::Put,
                QStringLiteral("/library/parts/") + QString::fromLatin1(QUrl::toPercentEncoding(part.partId)), selection,
                cancel, std::nullopt, BackendChannel::Auth::Required,
                BackendChannel::parsing<std::monostate>(HttpMethod::Put, &accepted, [ask](Status chosen) {
                    if (!chosen)
                        qCInfo(lcBackend).noquote() << "the server refused the tracks asked for:" << chosen.error().toString();
                    ask();
                }));
}

} // namespace

QFuture<Result<PlaybackInfo>> PlexBackend::playbackInfo(const PlaybackInfoRequest &request, CancelToken cancel)
{
    auto promise = std::make_shared<ResultPromise<PlaybackInfo>>();
    QFuture<Result<PlaybackInfo>> future = promise->future();
    // The version asked for is a `mediaIndex` for the server: its place among the item's `Media`.
    auto start = [requests = m_requests, channel = m_channel, memo = m_memo, request, cancel,
                  promise](const QList<MediaSource> &versions) {
        decide(requests, channel, memo, request, versions, cancel, promise);
    };
    if (const std::optional<PlexMediaMemo::Entry> known = m_memo->find(request.itemId); known && !known->versions.isEmpty()) {
        start(known->versions);
        return future;
    }
    metadata(request.itemId, DetailLevel::Summary, cancel).then([start, promise](Result<MediaItem> item) {
        if (!item)
            promise->fulfil(item.error());
        else
            start(item.value().mediaSources);
    });
    return future;
}


StreamSource PlexBackend::serverStream(const QString &relativeUrl) const
{
    const ServerRelativeUrl given =
        ServerRelativeUrl::resolve(relativeUrl, m_requests.serverUrl(), {QStringLiteral("X-Plex-Token")});
    if (given.kind == ServerRelativeUrl::Kind::Invalid)
        return {};
    if (given.kind == ServerRelativeUrl::Kind::OtherSite)
        return {given.otherSite, {}}; // somewhere else entirely: the server's token does not go there
    HttpRequest request = m_requests.request(HttpMethod::Get, given.path, given.query, m_channel.token());
    // The transcode's session is the playback's: the server ties the timeline reports to what it converts.
    for (const auto &[name, value] : given.query) {
        if (name == QLatin1String("transcodeSessionId"))
            request.headers.append({QByteArrayLiteral("X-Plex-Session-Identifier"), value.toUtf8()});
    }
    return {request.url, request.headers};
}

QFuture<Status> PlexBackend::stopTranscoding(const QString &playSessionId)
{
    return send<std::monostate>(PlexPlaybackRequests::StopPath, PlexPlaybackRequests::stopQuery(playSessionId),
                                &accepted, CancelToken());
}

QFuture<Result<QList<MediaSegment>>> PlexBackend::mediaSegments(const QString &itemId, CancelToken cancel)
{
    return send<QList<MediaSegment>>(
        PlexRequests::metadataPath(itemId), {{QStringLiteral("includeMarkers"), QStringLiteral("1")}},
        [](const HttpResponse &response) { return PlexPlaybackParser::parseMarkers(response.body); }, cancel);
}

namespace {

using SharedBif = std::shared_ptr<const PlexBif>;

/// The preview thumbnails of the part @p partKey (`/library/parts/{id}/indexes/sd`), kept or fetched; one fetch per
/// part at a time, whoever asks.
void withBif(const PlexRequests &requests, const BackendChannel &channel, const std::shared_ptr<PlexMediaMemo> &memo,
             const QString &partKey, const CancelToken &cancel, PlexMediaMemo::BifWaiter done)
{
    if (SharedBif known = memo->bif(partKey)) {
        done(known);
        return;
    }
    const QString partId = PlexPlaybackRequests::partIdOf(partKey);
    if (partId.isEmpty()) {
        done(JsonFields::badResponse(QStringLiteral("%1 is not a media part").arg(partKey.left(100))));
        return;
    }
    if (memo->awaitBif(partKey, std::move(done)))
        return;
    const QString path = QStringLiteral("/library/parts/%1/indexes/sd").arg(QString::fromLatin1(QUrl::toPercentEncoding(partId)));
    const QString token = channel.token();
    if (token.isEmpty()) {
        memo->bifArrived(partKey, BackendChannel::notSignedIn(HttpMethod::Get, requests.endpoint(path, {})));
        return;
    }
    HttpRequest request = requests.request(HttpMethod::Get, path, {}, token);
    request.accept = QByteArrayLiteral("application/octet-stream");
    request.cancel = cancel;
    channel.dispatch(std::move(request), token, BackendChannel::Auth::Required,
                     BackendChannel::parsing<SharedBif>(
                         HttpMethod::Get,
                         [](const HttpResponse &response) -> Result<SharedBif> {
                             Result<PlexBif> bif = PlexBif::parse(response.body);
                             if (!bif)
                                 return bif.error();
                             return std::make_shared<const PlexBif>(bif.takeValue());
                         },
                         [memo, partKey](Result<SharedBif> bif) { memo->bifArrived(partKey, bif); }));
}

/// Adds the thumbnails of each of @p parts (one after another) to @p extras, then hands them to @p promise. A part
/// whose thumbnails cannot be had is left out: chapters and the other versions still come.
void addTrickplay(const PlexRequests &requests, const BackendChannel &channel, const std::shared_ptr<PlexMediaMemo> &memo,
                  QStringList parts, PlaybackExtras extras, const CancelToken &cancel,
                  const std::shared_ptr<ResultPromise<PlaybackExtras>> &promise)
{
    if (parts.isEmpty()) {
        promise->fulfil(std::move(extras));
        return;
    }
    const QString part = parts.takeFirst();
    withBif(requests, channel, memo, part, cancel,
            [requests, channel, memo, parts, extras, part, cancel, promise](PlexMediaMemo::BifResult bif) mutable {
                const Result<TrickplayInfo> info = bif ? bif.value()->trickplay(part) : Result<TrickplayInfo>(bif.error());
                if (info)
                    extras.trickplay.append(info.value());
                else
                    qCInfo(lcBackend).noquote() << "no preview thumbnails:" << info.error().toString();
                addTrickplay(requests, channel, memo, parts, std::move(extras), cancel, promise);
            });
}

} // namespace

QFuture<Result<PlaybackExtras>> PlexBackend::playbackExtras(const QString &itemId, CancelToken cancel)
{
    auto promise = std::make_shared<ResultPromise<PlaybackExtras>>();
    QFuture<Result<PlaybackExtras>> future = promise->future();
    struct Answer
    {
        PlaybackExtras chapters;
        QStringList indexedParts;
    };
    send<Answer>(
        PlexRequests::metadataPath(itemId), {{QStringLiteral("includeChapters"), QStringLiteral("1")}},
        [](const HttpResponse &response) -> Result<Answer> {
            Answer answer;
            Result<PlaybackExtras> chapters = PlexPlaybackParser::parseChapters(response.body, &answer.indexedParts);
            if (!chapters)
                return chapters.error();
            answer.chapters = chapters.takeValue();
            return answer;
        },
        cancel)
        .then([requests = m_requests, channel = m_channel, memo = m_memo, cancel, promise](Result<Answer> answer) {
            if (!answer)
                promise->fulfil(answer.error());
            else
                addTrickplay(requests, channel, memo, answer.value().indexedParts, answer.value().chapters, cancel,
                             promise);
        });
    return future;
}

QFuture<Result<QByteArray>> PlexBackend::trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex,
                                                        CancelToken cancel)
{
    Q_UNUSED(itemId) // the thumbnails are the part's (TrickplayInfo::mediaSourceId)
    auto promise = std::make_shared<ResultPromise<QByteArray>>();
    QFuture<Result<QByteArray>> future = promise->future();
    withBif(m_requests, m_channel, m_memo, info.mediaSourceId, cancel,
            [info, tileIndex, promise](PlexMediaMemo::BifResult bif) {
                if (!bif) {
                    promise->fulfil(bif.error());
                    return;
                }
                // One picture per tile: tile i is what shows at i intervals in.
                if (tileIndex < 0 || tileIndex >= bif.value()->imageCount() || info.intervalMs <= 0) {
                    promise->fulfil(Error{ErrorKind::ClientError,
                                          QStringLiteral("there is no preview thumbnail %1").arg(tileIndex), {}, 0});
                    return;
                }
                promise->fulfil(bif.value()->imageAt(qint64(tileIndex) * info.intervalMs));
            });
    return future;
}

} // namespace marquee
