// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fakebackend.h"

#include "core/clock.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSet>

namespace marquee::test {

FakeBackend::FakeBackend(QObject *parent)
    : Backend(parent)
{
}

void FakeBackend::setClock(const Clock *clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = clock;
}

qint64 FakeBackend::serverNowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void FakeBackend::setServerId(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_serverId = id;
}

void FakeBackend::setLibraries(const QList<Library> &libraries)
{
    QMutexLocker lock(&m_mutex);
    m_libraries = libraries;
}

void FakeBackend::putItem(const MediaItem &item, qint64 savedAtMs)
{
    QMutexLocker lock(&m_mutex);
    for (StoredItem &stored : m_items) {
        if (stored.item.id == item.id) {
            stored = {item, savedAtMs};
            return;
        }
    }
    m_items.append({item, savedAtMs});
}

void FakeBackend::removeItem(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_items.removeIf([&](const StoredItem &stored) { return stored.item.id == id; });
}

void FakeBackend::setFailure(ErrorKind kind)
{
    QMutexLocker lock(&m_mutex);
    m_failure = kind;
}

void FakeBackend::holdItemPagesAfter(int pagesToLetThrough)
{
    QMutexLocker lock(&m_mutex);
    m_pagesBeforeHold = pagesToLetThrough;
    m_pagesServed = 0;
}

void FakeBackend::release()
{
    QList<std::shared_ptr<ResultPromise<ItemPage>>> held;
    QList<ItemPage> pages;
    {
        QMutexLocker lock(&m_mutex);
        m_pagesBeforeHold = -1;
        held.swap(m_held);
        pages.swap(m_heldPages);
    }
    for (qsizetype i = 0; i < held.size(); ++i)
        held[i]->fulfil(pages[i]);
}

int FakeBackend::calls(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(method);
}

int FakeBackend::totalCalls() const
{
    QMutexLocker lock(&m_mutex);
    int total = 0;
    for (int count : m_calls)
        total += count;
    return total;
}

QStringList FakeBackend::requestedParents() const
{
    QMutexLocker lock(&m_mutex);
    return m_parents;
}

void FakeBackend::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
    m_parents.clear();
}

std::optional<Error> FakeBackend::enter(const QString &method, const QString &parentId)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[method];
    if (!parentId.isEmpty())
        m_parents << parentId;
    if (m_failure == ErrorKind::None)
        return std::nullopt;
    return Error{m_failure, QStringLiteral("injected by the test"), QStringLiteral("http://fake.invalid/") + method, 0};
}

QList<MediaItem> FakeBackend::matching(const ItemQuery &query) const
{
    QList<MediaItem> result;
    const QSet<QString> ids(query.ids.begin(), query.ids.end());
    for (const StoredItem &stored : m_items) {
        const MediaItem &item = stored.item;
        if (!query.parentId.isEmpty() && item.libraryId != query.parentId)
            continue;
        if (!query.includeItemTypes.isEmpty() && !query.includeItemTypes.contains(item.type))
            continue;
        if (query.minDateLastSavedMs && stored.savedAtMs < *query.minDateLastSavedMs)
            continue;
        if (!ids.isEmpty() && !ids.contains(item.id))
            continue;
        result.append(item);
    }
    std::sort(result.begin(), result.end(), [](const MediaItem &a, const MediaItem &b) {
        return std::tie(a.sortName, a.id) < std::tie(b.sortName, b.id);
    });
    return result;
}

Session FakeBackend::session() const
{
    QMutexLocker lock(&m_mutex);
    return m_session;
}

void FakeBackend::setSession(const Session &session)
{
    {
        QMutexLocker lock(&m_mutex);
        m_session = session;
    }
    Q_EMIT sessionChanged(session);
}

void FakeBackend::clearSession()
{
    QMutexLocker lock(&m_mutex);
    m_session = {};
}

QFuture<Result<ServerInfo>> FakeBackend::serverInfo(CancelToken)
{
    if (auto error = enter(QStringLiteral("serverInfo")))
        return finishedFuture<ServerInfo>(*error);
    QMutexLocker lock(&m_mutex);
    return finishedFuture<ServerInfo>(ServerInfo{m_serverId, QStringLiteral("Fake"), QStringLiteral("10.11.0"), {}});
}

QFuture<Result<Session>> FakeBackend::signIn(const QString &userName, const QString &)
{
    if (auto error = enter(QStringLiteral("signIn")))
        return finishedFuture<Session>(*error);
    Session session{serverUrl(), m_serverId, QStringLiteral("user-1"), userName, QStringLiteral("token")};
    setSession(session);
    return finishedFuture<Session>(session);
}

QFuture<Result<Session>> FakeBackend::signInWithToken(const QString &token)
{
    if (auto error = enter(QStringLiteral("signInWithToken")))
        return finishedFuture<Session>(*error);
    Session session{serverUrl(), m_serverId, QStringLiteral("user-1"), QStringLiteral("token user"), token};
    setSession(session);
    return finishedFuture<Session>(session);
}

QFuture<Status> FakeBackend::signOut()
{
    clearSession();
    return finishedFuture<std::monostate>(success());
}

QFuture<Result<UserInfo>> FakeBackend::currentUser(CancelToken)
{
    return unsupported<UserInfo>(QStringLiteral("currentUser"));
}

QFuture<Result<QList<Library>>> FakeBackend::libraries(CancelToken)
{
    if (auto error = enter(QStringLiteral("libraries")))
        return finishedFuture<QList<Library>>(*error);
    QMutexLocker lock(&m_mutex);
    return finishedFuture<QList<Library>>(m_libraries);
}

QFuture<Result<ItemPage>> FakeBackend::items(const ItemQuery &query, CancelToken cancel)
{
    if (auto error = enter(QStringLiteral("items"), query.parentId))
        return finishedFuture<ItemPage>(*error);
    QMutexLocker lock(&m_mutex);
    const QList<MediaItem> all = matching(query);
    ItemPage page;
    page.totalRecordCount = int(all.size());
    page.announcedTotal = all.size();
    page.serverTimeMs = serverNowMs();
    page.startIndex = query.startIndex;
    page.items = all.mid(query.startIndex, query.limit.value_or(int(all.size())));
    if (m_pagesBeforeHold >= 0 && m_pagesServed++ >= m_pagesBeforeHold) {
        auto promise = std::make_shared<ResultPromise<ItemPage>>();
        m_held.append(promise);
        m_heldPages.append(page);
        // A cancel answers at once, as the real backend aborts its reply.
        cancel.addCallback([promise] {
            promise->fulfil(Error{ErrorKind::Cancelled, QStringLiteral("cancelled"), {}, 0});
        });
        return promise->future();
    }
    return finishedFuture<ItemPage>(page);
}

QFuture<Result<ItemIdPage>> FakeBackend::itemIds(const ItemQuery &query, CancelToken)
{
    if (auto error = enter(QStringLiteral("itemIds"), query.parentId))
        return finishedFuture<ItemIdPage>(*error);
    QMutexLocker lock(&m_mutex);
    const QList<MediaItem> all = matching(query);
    ItemIdPage page;
    page.totalRecordCount = int(all.size());
    page.announcedTotal = all.size();
    page.serverTimeMs = serverNowMs();
    page.startIndex = query.startIndex;
    for (const MediaItem &item : all.mid(query.startIndex, query.limit.value_or(int(all.size()))))
        page.items.append({item.id, item.type, item.etag});
    return finishedFuture<ItemIdPage>(page);
}

QFuture<Result<int>> FakeBackend::itemCount(const ItemQuery &query, CancelToken)
{
    if (auto error = enter(QStringLiteral("itemCount"), query.parentId))
        return finishedFuture<int>(*error);
    QMutexLocker lock(&m_mutex);
    return finishedFuture<int>(int(matching(query).size()));
}

QFuture<Result<MediaItem>> FakeBackend::itemDetails(const QString &itemId, CancelToken)
{
    if (auto error = enter(QStringLiteral("itemDetails")))
        return finishedFuture<MediaItem>(*error);
    QMutexLocker lock(&m_mutex);
    for (const StoredItem &stored : std::as_const(m_items)) {
        if (stored.item.id == itemId)
            return finishedFuture<MediaItem>(stored.item);
    }
    return finishedFuture<MediaItem>(Error{ErrorKind::ClientError, QStringLiteral("not found"), {}, 404});
}

QFuture<Result<QList<MediaItem>>> FakeBackend::seasons(const QString &seriesId, CancelToken)
{
    if (auto error = enter(QStringLiteral("seasons")))
        return finishedFuture<QList<MediaItem>>(*error);
    QMutexLocker lock(&m_mutex);
    QList<MediaItem> result;
    for (const StoredItem &stored : std::as_const(m_items)) {
        if (stored.item.type == ItemType::Season && stored.item.seriesId == seriesId)
            result.append(stored.item);
    }
    return finishedFuture<QList<MediaItem>>(result);
}

QFuture<Result<QList<MediaItem>>> FakeBackend::episodes(const QString &seriesId, const QString &, CancelToken)
{
    if (auto error = enter(QStringLiteral("episodes")))
        return finishedFuture<QList<MediaItem>>(*error);
    QMutexLocker lock(&m_mutex);
    QList<MediaItem> result;
    for (const StoredItem &stored : std::as_const(m_items)) {
        if (stored.item.type == ItemType::Episode && stored.item.seriesId == seriesId)
            result.append(stored.item);
    }
    return finishedFuture<QList<MediaItem>>(result);
}

QFuture<Result<QList<MediaItem>>> FakeBackend::resumeItems(int, CancelToken)
{
    return unsupported<QList<MediaItem>>(QStringLiteral("resumeItems"));
}

QFuture<Result<QList<MediaItem>>> FakeBackend::nextUp(int, CancelToken)
{
    return unsupported<QList<MediaItem>>(QStringLiteral("nextUp"));
}

QFuture<Result<QList<MediaItem>>> FakeBackend::latestItems(const QString &, int, CancelToken)
{
    return unsupported<QList<MediaItem>>(QStringLiteral("latestItems"));
}

QFuture<Result<HomeSections>> FakeBackend::homeSections(const QStringList &libraryIds, int limit, CancelToken)
{
    if (auto error = enter(QStringLiteral("homeSections")))
        return finishedFuture<HomeSections>(*error);
    QMutexLocker lock(&m_mutex);
    HomeSections sections;
    for (const StoredItem &stored : std::as_const(m_items)) {
        const std::optional<UserData> &data = stored.item.userData;
        if (data && data->positionTicks > 0 && !data->played && sections.resume.size() < limit)
            sections.resume.append(stored.item);
    }
    for (const QString &libraryId : libraryIds)
        sections.latest.append({libraryId, {}});
    return finishedFuture<HomeSections>(sections);
}

QUrl FakeBackend::imageUrl(const ImageRequest &request) const
{
    return QUrl(QStringLiteral("http://fake.invalid/Items/%1/Images/Primary").arg(request.itemId));
}

namespace {
QString imageKey(const QString &itemId, ImageType type)
{
    return itemId + QLatin1Char('/') + imageTypeName(type);
}
} // namespace

void FakeBackend::putImage(const QString &itemId, ImageType type, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(imageKey(itemId, type), bytes);
}

void FakeBackend::holdImages(bool hold)
{
    QMutexLocker lock(&m_mutex);
    m_holdImages = hold;
}

void FakeBackend::releaseImages()
{
    QList<HeldImage> held;
    {
        QMutexLocker lock(&m_mutex);
        m_holdImages = false;
        held.swap(m_heldImages);
    }
    for (HeldImage &image : held)
        image.promise->fulfil(std::move(image.answer));
}

QList<ImageRequest> FakeBackend::imageRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_imageRequests;
}

Result<QByteArray> FakeBackend::imageAnswer(const ImageRequest &request) const
{
    const auto found = m_images.constFind(imageKey(request.itemId, request.type));
    if (found == m_images.cend())
        return Error{ErrorKind::ClientError, QStringLiteral("HTTP 404"), imageUrl(request).toString(), 404};
    return *found;
}

QFuture<Result<QByteArray>> FakeBackend::image(const ImageRequest &request, CancelToken cancel)
{
    if (auto error = enter(QStringLiteral("image")))
        return finishedFuture<QByteArray>(*error);
    QMutexLocker lock(&m_mutex);
    m_imageRequests.append(request);
    if (!m_holdImages)
        return finishedFuture<QByteArray>(imageAnswer(request));
    auto promise = std::make_shared<ResultPromise<QByteArray>>();
    m_heldImages.append({promise, imageAnswer(request)});
    lock.unlock();
    cancel.addCallback([this, promise] {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_heldImages.removeIf([&](const HeldImage &held) { return held.promise == promise; }))
                return; // released already
        }
        promise->fulfil(Error{ErrorKind::Cancelled, QStringLiteral("cancelled"), {}, 0});
    });
    return promise->future();
}

QFuture<Result<UserData>> FakeBackend::userData(const QString &, CancelToken)
{
    return unsupported<UserData>(QStringLiteral("userData"));
}

QFuture<Result<QList<UserData>>> FakeBackend::userDataForItems(const QStringList &itemIds, CancelToken)
{
    if (auto error = enter(QStringLiteral("userDataForItems")))
        return finishedFuture<QList<UserData>>(*error);
    QMutexLocker lock(&m_mutex);
    QList<UserData> result;
    for (const StoredItem &stored : std::as_const(m_items)) {
        if (itemIds.contains(stored.item.id) && stored.item.userData) {
            UserData data = *stored.item.userData;
            data.itemId = stored.item.id;
            result.append(data);
        }
    }
    return finishedFuture<QList<UserData>>(result);
}

QFuture<Result<UserData>> FakeBackend::updateUserData(const QString &, const UserDataUpdate &)
{
    return unsupported<UserData>(QStringLiteral("updateUserData"));
}

QFuture<Result<UserData>> FakeBackend::markPlayed(const QString &, std::optional<qint64>)
{
    return unsupported<UserData>(QStringLiteral("markPlayed"));
}

QFuture<Result<UserData>> FakeBackend::markUnplayed(const QString &)
{
    return unsupported<UserData>(QStringLiteral("markUnplayed"));
}

QFuture<Result<UserData>> FakeBackend::setFavorite(const QString &, bool)
{
    return unsupported<UserData>(QStringLiteral("setFavorite"));
}

StreamSource FakeBackend::directStream(const QString &itemId, const QString &) const
{
    return {QUrl(QStringLiteral("http://fake.invalid/Videos/%1/stream").arg(itemId)),
            {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("fake-token")}}};
}

QFuture<Status> FakeBackend::reportPlaybackStart(const PlaybackReport &)
{
    return unsupported<std::monostate>(QStringLiteral("reportPlaybackStart"));
}

QFuture<Status> FakeBackend::reportPlaybackProgress(const PlaybackReport &)
{
    return unsupported<std::monostate>(QStringLiteral("reportPlaybackProgress"));
}

QFuture<Status> FakeBackend::reportPlaybackStopped(const PlaybackReport &)
{
    return unsupported<std::monostate>(QStringLiteral("reportPlaybackStopped"));
}

template <typename T>
QFuture<Result<T>> FakeBackend::unsupported(const QString &method)
{
    enter(method);
    return finishedFuture<T>(Error{ErrorKind::ClientError, QStringLiteral("not faked: ") + method, {}, 501});
}

} // namespace marquee::test
