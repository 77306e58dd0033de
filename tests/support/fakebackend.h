// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backend.h"
#include "backend/resultpromise.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace marquee {
class Clock;
}

namespace marquee::test {

/**
 * @brief An in-memory server behind the Backend interface, for service tests that must be exact about requests:
 * it counts every call, can fail on demand, and can hold item pages until the test lets them go.
 * Thread-safe: refresh jobs call it from pool threads.
 */
class FakeBackend final : public Backend
{
    Q_OBJECT

public:
    struct StoredItem
    {
        MediaItem item;
        qint64 savedAtMs = 0; ///< what minDateLastSaved compares
    };

    explicit FakeBackend(QObject *parent = nullptr);

    /// The server's clock, which its pages carry as their time (as a Date header would): the test's clock, so that
    /// savedAtMs and watermarks compare. Unset: the system clock.
    void setClock(const Clock *clock);
    // Server-side state, as another client or an admin would change it.
    void setServerId(const QString &id);
    void setLibraries(const QList<Library> &libraries);
    void putItem(const MediaItem &item, qint64 savedAtMs);
    void removeItem(const QString &id);
    /// What image() answers for this item and type (any tag, any size); without one it answers 404.
    void putImage(const QString &itemId, ImageType type, const QByteArray &bytes);
    /// While held, image requests wait until releaseImages(); a cancelled token ends a held one with Cancelled.
    void holdImages(bool hold);
    void releaseImages();
    /// Every image request so far, in order.
    [[nodiscard]] QList<ImageRequest> imageRequests() const;
    /// Every call fails with this error until cleared with ErrorKind::None.
    void setFailure(ErrorKind kind);
    /// Item pages after the first `pagesToLetThrough` wait until release() (or fail on cancel).
    void holdItemPagesAfter(int pagesToLetThrough);
    void release();

    [[nodiscard]] int calls(const QString &method) const;
    [[nodiscard]] int totalCalls() const;
    [[nodiscard]] QStringList requestedParents() const;
    void resetCounters();

    [[nodiscard]] QString kind() const override { return QStringLiteral("fake"); }
    [[nodiscard]] QUrl serverUrl() const override { return QUrl(QStringLiteral("http://fake.invalid")); }
    [[nodiscard]] Session session() const override;
    void setSession(const Session &session) override;
    void clearSession() override;
    QFuture<Result<ServerInfo>> serverInfo(CancelToken cancel = {}) override;
    QFuture<Result<Session>> signIn(const QString &userName, const QString &password) override;
    QFuture<Result<Session>> signInWithToken(const QString &token) override;
    QFuture<Status> signOut() override;
    QFuture<Result<UserInfo>> currentUser(CancelToken cancel = {}) override;
    QFuture<Result<QList<Library>>> libraries(CancelToken cancel = {}) override;
    QFuture<Result<ItemPage>> items(const ItemQuery &query, CancelToken cancel = {}) override;
    QFuture<Result<ItemIdPage>> itemIds(const ItemQuery &query, CancelToken cancel = {}) override;
    QFuture<Result<int>> itemCount(const ItemQuery &query, CancelToken cancel = {}) override;
    QFuture<Result<MediaItem>> itemDetails(const QString &itemId, CancelToken cancel = {}) override;
    QFuture<Result<QList<MediaItem>>> seasons(const QString &seriesId, CancelToken cancel = {}) override;
    QFuture<Result<QList<MediaItem>>> episodes(const QString &seriesId, const QString &seasonId = {},
                                               CancelToken cancel = {}) override;
    QFuture<Result<QList<MediaItem>>> resumeItems(int limit, CancelToken cancel = {}) override;
    QFuture<Result<QList<MediaItem>>> nextUp(int limit, CancelToken cancel = {}) override;
    QFuture<Result<QList<MediaItem>>> latestItems(const QString &libraryId, int limit,
                                                  CancelToken cancel = {}) override;
    QFuture<Result<HomeSections>> homeSections(const QStringList &libraryIds, int limit,
                                               CancelToken cancel = {}) override;
    [[nodiscard]] QUrl imageUrl(const ImageRequest &request) const override;
    QFuture<Result<QByteArray>> image(const ImageRequest &request, CancelToken cancel = {}) override;
    QFuture<Result<UserData>> userData(const QString &itemId, CancelToken cancel = {}) override;
    QFuture<Result<QList<UserData>>> userDataForItems(const QStringList &itemIds, CancelToken cancel = {}) override;
    QFuture<Result<UserData>> updateUserData(const QString &itemId, const UserDataUpdate &update) override;
    QFuture<Result<UserData>> markPlayed(const QString &itemId, std::optional<qint64> datePlayedMs = {}) override;
    QFuture<Result<UserData>> markUnplayed(const QString &itemId) override;
    QFuture<Result<UserData>> setFavorite(const QString &itemId, bool favorite) override;
    [[nodiscard]] StreamSource directStream(const QString &itemId, const QString &mediaSourceId = {}) const override;
    QFuture<Status> reportPlaybackStart(const PlaybackReport &report) override;
    QFuture<Status> reportPlaybackProgress(const PlaybackReport &report) override;
    QFuture<Status> reportPlaybackStopped(const PlaybackReport &report) override;

private:
    /// Counts the call; returns the injected failure, if any.
    std::optional<Error> enter(const QString &method, const QString &parentId = {});
    [[nodiscard]] QList<MediaItem> matching(const ItemQuery &query) const;
    template <typename T>
    QFuture<Result<T>> unsupported(const QString &method);
    [[nodiscard]] qint64 serverNowMs() const;

    mutable QMutex m_mutex;
    const Clock *m_clock = nullptr;
    QString m_serverId = QStringLiteral("fake-server-1");
    Session m_session;
    QList<Library> m_libraries;
    QList<StoredItem> m_items;
    ErrorKind m_failure = ErrorKind::None;
    int m_pagesBeforeHold = -1;
    int m_pagesServed = 0;
    QList<std::shared_ptr<ResultPromise<ItemPage>>> m_held;
    QList<ItemPage> m_heldPages;
    struct HeldImage
    {
        std::shared_ptr<ResultPromise<QByteArray>> promise;
        Result<QByteArray> answer;
    };
    [[nodiscard]] Result<QByteArray> imageAnswer(const ImageRequest &request) const;
    QHash<QString, QByteArray> m_images;
    bool m_holdImages = false;
    QList<HeldImage> m_heldImages;
    QList<ImageRequest> m_imageRequests;
    QHash<QString, int> m_calls;
    QStringList m_parents;
};

} // namespace marquee::test
