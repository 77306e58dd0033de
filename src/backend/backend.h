// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/canceltoken.h"
#include "backend/resultpromise.h"
#include "core/playbackinfo.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>

namespace marquee {

/**
 * @brief What Marquee needs of a media server, whatever its kind (Jellyfin, Plex).
 *
 * Threading contract:
 * - Every method may be called from any thread. Calls that reach the server return at once with a
 *   QFuture that the network thread fulfils; it always finishes with exactly one Result (never empty).
 * - Pool threads (refresh jobs) may block on `future.result()`; they need no event loop.
 * - The GUI thread must never block on these futures: use QFutureWatcher or `.then(context, …)`.
 * - Do not call QFuture::cancel(); pass a CancelToken and cancel that: the future then finishes with
 *   ErrorKind::Cancelled.
 * - Signals are emitted on the thread the backend object lives in.
 * - Every failure is a typed Error whose url has no token in it.
 */
class Backend : public QObject
{
    Q_OBJECT

public:
    /// A poster or backdrop is a few hundred KB; anything near this is not an image we want to hold.
    static constexpr qint64 MaxImageBytes = 20LL << 20;

    using QObject::QObject;
    ~Backend() override = default;

    /// "jellyfin", "plex" …
    [[nodiscard]] virtual QString kind() const = 0;
    [[nodiscard]] virtual QUrl serverUrl() const = 0;

    // Session. setSession() installs a stored sign-in (from CredentialStore); signIn() replaces it.
    [[nodiscard]] virtual Session session() const = 0;
    virtual void setSession(const Session &session) = 0;
    /// Forgets the token locally, without telling the server.
    virtual void clearSession() = 0;
    [[nodiscard]] bool isSignedIn() const { return session().isValid(); }

    /// No sign-in needed: the server's id, name and version.
    virtual QFuture<Result<ServerInfo>> serverInfo(CancelToken cancel = {}) = 0;
    /// "Are you there?": one cheap request, asked once with a short deadline, for the connectivity monitor. Any
    /// answer is success; only an unreachable or silent server fails. By default serverInfo(); a backend with a
    /// cheaper route overrides it.
    virtual QFuture<Status> ping(CancelToken cancel = {});
    /// Signs in by user name and password; on success the backend uses the new session.
    virtual QFuture<Result<Session>> signIn(const QString &userName, const QString &password) = 0;
    /// Signs in with a token the user already holds (typed in with the server address, or handed out by a sign-in
    /// service such as plex.tv): the server must accept it, then the backend uses it. A refused token is
    /// Unauthorized and leaves the current session alone.
    virtual QFuture<Result<Session>> signInWithToken(const QString &token) = 0;
    /// Ends the session on the server, then forgets it locally (also when the server cannot be reached).
    virtual QFuture<Status> signOut() = 0;
    /// Checks that the stored token still works.
    virtual QFuture<Result<UserInfo>> currentUser(CancelToken cancel = {}) = 0;

    // Reads.
    virtual QFuture<Result<QList<Library>>> libraries(CancelToken cancel = {}) = 0;
    virtual QFuture<Result<ItemPage>> items(const ItemQuery &query, CancelToken cancel = {}) = 0;
    /// Ids, types and etags only: no images, no user data. Paged like items().
    virtual QFuture<Result<ItemIdPage>> itemIds(const ItemQuery &query, CancelToken cancel = {}) = 0;
    /// How many items match, without fetching any.
    virtual QFuture<Result<int>> itemCount(const ItemQuery &query, CancelToken cancel = {}) = 0;
    /// One item with everything a details page shows (people, studios, media sources): DetailLevel::Full.
    virtual QFuture<Result<MediaItem>> itemDetails(const QString &itemId, CancelToken cancel = {}) = 0;
    virtual QFuture<Result<QList<MediaItem>>> seasons(const QString &seriesId, CancelToken cancel = {}) = 0;
    /// Episodes of a series, or of one season when @p seasonId is set.
    virtual QFuture<Result<QList<MediaItem>>> episodes(const QString &seriesId, const QString &seasonId = {},
                                                       CancelToken cancel = {}) = 0;
    virtual QFuture<Result<QList<MediaItem>>> resumeItems(int limit, CancelToken cancel = {}) = 0;
    virtual QFuture<Result<QList<MediaItem>>> nextUp(int limit, CancelToken cancel = {}) = 0;
    virtual QFuture<Result<QList<MediaItem>>> latestItems(const QString &libraryId, int limit,
                                                          CancelToken cancel = {}) = 0;
    /// Resume, next up and the latest items of each library, fetched in parallel; fails if any part fails.
    virtual QFuture<Result<HomeSections>> homeSections(const QStringList &libraryIds, int limit,
                                                       CancelToken cancel = {}) = 0;
    /// An image address without any credential in it.
    [[nodiscard]] virtual QUrl imageUrl(const ImageRequest &request) const = 0;
    /// One image's encoded bytes. Anything but an `image/*` body is BadResponse; more than MaxImageBytes is
    /// TooLarge. The bytes are not decoded here: that is for whoever displays them, off the GUI thread.
    virtual QFuture<Result<QByteArray>> image(const ImageRequest &request, CancelToken cancel = {}) = 0;

    // User data.
    virtual QFuture<Result<UserData>> userData(const QString &itemId, CancelToken cancel = {}) = 0;
    /// User data of many items in one request (unknown ids are simply absent from the answer).
    virtual QFuture<Result<QList<UserData>>> userDataForItems(const QStringList &itemIds,
                                                              CancelToken cancel = {}) = 0;
    /// Writes only the fields that are set, verbatim (offline replay; no server-side thresholds).
    virtual QFuture<Result<UserData>> updateUserData(const QString &itemId, const UserDataUpdate &update) = 0;
    virtual QFuture<Result<UserData>> markPlayed(const QString &itemId, std::optional<qint64> datePlayedMs = {}) = 0;
    virtual QFuture<Result<UserData>> markUnplayed(const QString &itemId) = 0;
    virtual QFuture<Result<UserData>> setFavorite(const QString &itemId, bool favorite) = 0;

    // Live playback.
    /// The item's media as stored (no transcoding), from @p mediaSourceId or the item's default source.
    [[nodiscard]] virtual StreamSource directStream(const QString &itemId, const QString &mediaSourceId = {}) const = 0;
    /// The same, for servers where the address needs more than the ids (Plex: the file's part key): looked up on
    /// the server when it is not known yet. The player should prefer this to directStream().
    virtual QFuture<Result<StreamSource>> streamSource(const QString &itemId, const QString &mediaSourceId = {},
                                                      CancelToken cancel = {})
    {
        Q_UNUSED(cancel)
        return finishedFuture<StreamSource>(directStream(itemId, mediaSourceId));
    }
    virtual QFuture<Status> reportPlaybackStart(const PlaybackReport &report) = 0;
    virtual QFuture<Status> reportPlaybackProgress(const PlaybackReport &report) = 0;
    virtual QFuture<Status> reportPlaybackStopped(const PlaybackReport &report) = 0;

    // Playback planning. The defaults describe a server that decides nothing: the original file, as directStream().
    /// Asks the server how to play an item for the player's capabilities and bitrate cap; the answer carries the
    /// play session id every later report and stream of this playback uses.
    virtual QFuture<Result<PlaybackInfo>> playbackInfo(const PlaybackInfoRequest &request, CancelToken cancel = {});
    /// Where a player reads an address the server gave relative to itself (a TranscodingUrl, a subtitle's
    /// DeliveryUrl), with the credential in headers. A token the server put into the address is taken out of it.
    [[nodiscard]] virtual StreamSource serverStream(const QString &relativeUrl) const;
    /// Ends the server's conversion for a play session of this device, so it stops using the server's processor.
    virtual QFuture<Status> stopTranscoding(const QString &playSessionId);
    /// Intro, credits and the like, where the server knows them; empty otherwise.
    virtual QFuture<Result<QList<MediaSegment>>> mediaSegments(const QString &itemId, CancelToken cancel = {});
    /// Chapters and trickplay thumbnails of an item, where the server has them.
    virtual QFuture<Result<PlaybackExtras>> playbackExtras(const QString &itemId, CancelToken cancel = {});
    /// One tile image of trickplay thumbnails (JPEG).
    virtual QFuture<Result<QByteArray>> trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex,
                                                      CancelToken cancel = {});

    // Downloads. A server kind without them keeps this default: the app then offers no download.
    /// Where the original file of @p itemId is downloaded from, with the credential in headers: one GET that honours
    /// Range and If-Range. The version, Size and ETag a download pins come from playbackInfo(). Empty when the server
    /// offers no downloads.
    [[nodiscard]] virtual StreamSource downloadSource(const QString &itemId) const;

Q_SIGNALS:
    /// The server refused the token (401). The session has been cleared; the cache stays browsable.
    void unauthorized(const marquee::Error &error);
    /// A sign-in succeeded or a session was installed.
    void sessionChanged(const marquee::Session &session);
};

} // namespace marquee
