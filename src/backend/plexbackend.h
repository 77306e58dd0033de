// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backend.h"
#include "backend/backendchannel.h"
#include "backend/plexlisting.h"
#include "backend/plexrequests.h"

#include <memory>

namespace marquee {

class NetworkThread;
class PlexMediaMemo;
struct HttpResponse;
struct PlexWrite;

/**
 * @brief Backend for a Plex Media Server (JSON API, checked against Plex's own OpenAPI 1.2.2).
 *
 * Everything Plex-shaped stays in here and in its parsers: `X-Plex-Container-*` paging (PlexListing), type numbers,
 * `ratingKey`, milliseconds and epoch seconds, `viewOffset`, the `MediaContainer` envelope. Above it, a Plex library
 * reads like any other.
 *
 * - Sign-in: a server token, from PlexSignIn (plex.tv PIN and resources) through setSession(), or typed in with the
 *   server's address through signInWithToken(). A user name and password are not how Plex signs in.
 * - Incremental listing: `updatedAt>>=` finds changed metadata; since `updatedAt` ignores watch state, a second
 *   segment with `lastViewedAt>>=` brings what was watched elsewhere since.
 * - Progress: live reports through `/:/timeline` (never past the duration); replayed offline progress through the
 *   same call with `offline=1` and `updated=` the time it happened; played and unplayed through `/:/scrobble` and
 *   `/:/unscrobble`; Marquee's favourite is Plex's top rating (`/:/rate` 10).
 * - Playback: the file is a media part (`/library/parts/…`); its key and the item's duration are remembered from
 *   every answer that lists them, and looked up when they are not known. How to play is the universal transcoder's
 *   decision (PlexPlaybackRequests, PlexPlaybackParser): direct play of the part, or its HLS `start.m3u8`, stopped
 *   with `/video/:/transcode/universal/stop`; markers and chapters come with the item's metadata, and preview
 *   thumbnails from each part's BIF index. Several `Media` of an item are its versions: the decision names the one
 *   asked for by its place (`mediaIndex`), and every version is offered to the player.
 *
 * See Backend for the threading contract. @p network must outlive this object.
 */
class PlexBackend final : public Backend
{
    Q_OBJECT

public:
    PlexBackend(NetworkThread *network, const QUrl &serverUrl, const ClientIdentity &identity,
                QObject *parent = nullptr);
    ~PlexBackend() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("plex"); }
    [[nodiscard]] QUrl serverUrl() const override { return m_requests.serverUrl(); }
    /// Accept this server's self-signed certificate, and only it (hex SHA-256). Call before the first request.
    void setTrustedCertificate(const QByteArray &sha256Hex) { m_requests.setTrustedCertificate(sha256Hex); }
    [[nodiscard]] Session session() const override;
    void setSession(const Session &session) override;
    void clearSession() override;

    QFuture<Result<ServerInfo>> serverInfo(CancelToken cancel = {}) override;
    /// Refused with a message that says how Plex signs in: PlexSignIn, or signInWithToken().
    QFuture<Result<Session>> signIn(const QString &userName, const QString &password) override;
    /// Checks the token with `GET /` and signs in as the server's account.
    QFuture<Result<Session>> signInWithToken(const QString &token) override;
    /// Forgets the token; Plex has no server call that ends a token.
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
    /// Continue Watching.
    QFuture<Result<QList<MediaItem>>> resumeItems(int limit, CancelToken cancel = {}) override;
    /// On Deck.
    QFuture<Result<QList<MediaItem>>> nextUp(int limit, CancelToken cancel = {}) override;
    /// Recently Added of one section.
    QFuture<Result<QList<MediaItem>>> latestItems(const QString &libraryId, int limit, CancelToken cancel = {}) override;
    QFuture<Result<HomeSections>> homeSections(const QStringList &libraryIds, int limit,
                                               CancelToken cancel = {}) override;
    [[nodiscard]] QUrl imageUrl(const ImageRequest &request) const override;
    QFuture<Result<QByteArray>> image(const ImageRequest &request, CancelToken cancel = {}) override;

    QFuture<Result<UserData>> userData(const QString &itemId, CancelToken cancel = {}) override;
    QFuture<Result<QList<UserData>>> userDataForItems(const QStringList &itemIds, CancelToken cancel = {}) override;
    /// Position (with the time it happened), played and favourite; Plex cannot set a play count.
    QFuture<Result<UserData>> updateUserData(const QString &itemId, const UserDataUpdate &update) override;
    QFuture<Result<UserData>> markPlayed(const QString &itemId, std::optional<qint64> datePlayedMs = {}) override;
    QFuture<Result<UserData>> markUnplayed(const QString &itemId) override;
    QFuture<Result<UserData>> setFavorite(const QString &itemId, bool favorite) override;

    /// The part's address when it is known (from @p mediaSourceId, or remembered); an empty URL otherwise.
    [[nodiscard]] StreamSource directStream(const QString &itemId, const QString &mediaSourceId = {}) const override;
    QFuture<Result<StreamSource>> streamSource(const QString &itemId, const QString &mediaSourceId = {},
                                              CancelToken cancel = {}) override;
    QFuture<Status> reportPlaybackStart(const PlaybackReport &report) override;
    QFuture<Status> reportPlaybackProgress(const PlaybackReport &report) override;
    QFuture<Status> reportPlaybackStopped(const PlaybackReport &report) override;

    /// The universal transcoder's decision for the player's profile and cap; a transcode's address is its
    /// `start.m3u8` with the same choices. The play session id is the transcode session id.
    QFuture<Result<PlaybackInfo>> playbackInfo(const PlaybackInfoRequest &request, CancelToken cancel = {}) override;
    /// A transcode playlist or a subtitle file (`/library/streams/…`) with the token in headers.
    [[nodiscard]] StreamSource serverStream(const QString &relativeUrl) const override;
    /// `/video/:/transcode/universal/stop?session=…`.
    QFuture<Status> stopTranscoding(const QString &playSessionId) override;
    /// Intro and credits markers (`includeMarkers=1`).
    QFuture<Result<QList<MediaSegment>>> mediaSegments(const QString &itemId, CancelToken cancel = {}) override;
    /// Chapters (`includeChapters=1`) and the preview thumbnails of each version whose part has them (`indexes="sd"`):
    /// its BIF (PlexBif) is fetched and kept for trickplayTile(), one thumbnail per tile.
    QFuture<Result<PlaybackExtras>> playbackExtras(const QString &itemId, CancelToken cancel = {}) override;
    /// The thumbnail @p tileIndex of the part @p info names, from its BIF (fetched again if it is no longer kept).
    QFuture<Result<QByteArray>> trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex,
                                              CancelToken cancel = {}) override;

private:
    using Callback = BackendChannel::Callback;
    using Auth = BackendChannel::Auth;

    void sendRaw(HttpMethod method, const QString &path, const QueryItems &query, const CancelToken &cancel,
                 std::optional<PlexRequests::Window> window, Auth auth, Callback callback) const;
    template <typename T>
    QFuture<Result<T>> send(const QString &path, const QueryItems &query,
                            std::function<Result<T>(const HttpResponse &)> parse, const CancelToken &cancel,
                            std::optional<PlexRequests::Window> window = std::nullopt, Auth auth = Auth::Required);
    [[nodiscard]] PlexListing::Fetch fetcher(const CancelToken &cancel) const;
    /// Parses a page and remembers the media parts and durations it names.
    [[nodiscard]] PlexListing::Parse pageParser(DetailLevel level) const;
    [[nodiscard]] Result<QList<PlexSegment>> segmentsFor(const ItemQuery &query, bool stampsOnly) const;
    QFuture<Result<QList<MediaItem>>> listAll(const QString &path, const QueryItems &query,
                                              std::optional<int> limit, CancelToken cancel);
    QFuture<Result<MediaItem>> metadata(const QString &itemId, DetailLevel level, CancelToken cancel);
    /// The item's duration in ms (0 when it has none), remembered or asked for; @p next may run on any thread.
    void withDuration(const QString &itemId, std::function<void(Result<qint64>)> next);
    /// Sends the writes that @p build makes (given the item's duration when @p needsDuration) in order, then reads
    /// the item's user data back.
    QFuture<Result<UserData>> write(const QString &itemId, bool needsDuration,
                                    std::function<QList<PlexWrite>(qint64 durationMs)> build);
    QFuture<Status> timeline(const PlaybackReport &report, const QString &state, bool stop);

    PlexRequests m_requests;
    BackendChannel m_channel;
    std::shared_ptr<PlexMediaMemo> m_memo;
};

} // namespace marquee
