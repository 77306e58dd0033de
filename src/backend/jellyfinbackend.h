// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backend.h"
#include "backend/backendchannel.h"
#include "backend/jellyfinrequests.h"

#include <functional>
#include <memory>

namespace marquee {

class NetworkThread;
struct HttpResponse;

/**
 * @brief Backend for a Jellyfin server (10.9+ routes, as in the 10.11 spec).
 *
 * See Backend for the threading contract. @p network must outlive this object. Destroying the backend
 * does not cancel its requests; they still finish (their futures too), they just stop signalling.
 */
class JellyfinBackend final : public Backend
{
    Q_OBJECT

public:
    /// The deadline of ping(): a server that has not answered /System/Ping in this long counts as unreachable.
    static constexpr int PingTimeoutMs = 5'000;

    JellyfinBackend(NetworkThread *network, const QUrl &serverUrl, const ClientIdentity &identity,
                    QObject *parent = nullptr);
    ~JellyfinBackend() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("jellyfin"); }
    [[nodiscard]] QUrl serverUrl() const override { return m_requests.serverUrl(); }
    /// Accept this server's self-signed certificate, and only it (hex SHA-256). Call before the first request.
    void setTrustedCertificate(const QByteArray &sha256Hex) { m_requests.setTrustedCertificate(sha256Hex); }
    [[nodiscard]] Session session() const override;
    void setSession(const Session &session) override;
    void clearSession() override;

    QFuture<Result<ServerInfo>> serverInfo(CancelToken cancel = {}) override;
    QFuture<Status> ping(CancelToken cancel = {}) override;
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
    QFuture<Result<QList<MediaItem>>> latestItems(const QString &libraryId, int limit, CancelToken cancel = {}) override;
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
    QFuture<Result<PlaybackInfo>> playbackInfo(const PlaybackInfoRequest &request, CancelToken cancel = {}) override;
    [[nodiscard]] StreamSource serverStream(const QString &relativeUrl) const override;
    QFuture<Status> stopTranscoding(const QString &playSessionId) override;
    QFuture<Result<QList<MediaSegment>>> mediaSegments(const QString &itemId, CancelToken cancel = {}) override;
    QFuture<Result<PlaybackExtras>> playbackExtras(const QString &itemId, CancelToken cancel = {}) override;
    QFuture<Result<QByteArray>> trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex,
                                              CancelToken cancel = {}) override;

    /// `/Items/{id}/Download`: the download permission applies, and nothing else is tried when it is refused.
    [[nodiscard]] StreamSource downloadSource(const QString &itemId) const override;
    /// The certificate a download of this server must present (see setTrustedCertificate); empty: the system's CAs.
    [[nodiscard]] QByteArray trustedCertificate() const { return m_requests.trustedCertificate(); }

private:
    using RawCallback = BackendChannel::Callback;
    using Auth = BackendChannel::Auth;

    template <typename T>
    QFuture<Result<T>> send(HttpMethod method, const QString &path, const QueryItems &query,
                            std::function<Result<T>(const HttpResponse &)> parse, const CancelToken &cancel,
                            const QByteArray &body = {}, Auth auth = Auth::Required);
    /// Starts a request; @p callback runs on the network thread, or here with Cancelled if it has stopped.
    void sendRaw(HttpMethod method, const QString &path, const QueryItems &query, const CancelToken &cancel,
                 const QByteArray &body, Auth auth, RawCallback callback);
    QFuture<Result<QList<MediaItem>>> itemList(const QString &path, const QueryItems &query, CancelToken cancel);
    QFuture<Result<UserData>> userDataWrite(HttpMethod method, const QString &path, const QString &itemId,
                                            const QueryItems &extraQuery = {}, const QByteArray &body = {});
    QFuture<Status> playbackReport(const QString &path, const PlaybackReport &report, bool stop);
    /// Fetches an image (a JPEG, PNG …) whatever route it comes from; anything but an image is a BadResponse.
    QFuture<Result<QByteArray>> fetchImage(HttpRequest request, const QString &token);
    [[nodiscard]] QString userId() const;

    JellyfinRequests m_requests;
    BackendChannel m_channel;
};

} // namespace marquee
