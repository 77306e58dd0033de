// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QThread;

namespace marquee {

class Clock;
class DemoControls;
class DemoHttpServer;
class DemoState;

/// @brief How to start a DemoServer.
struct DemoServerOptions
{
    quint64 seed = 1;
    int movies = 300;
    int series = 40;               ///< each with 1-6 seasons of 6-24 episodes
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;              ///< 0: an ephemeral port, see DemoServer::port()
    int latencyMs = 0;
    double errorRate = 0.0;
    const Clock *clock = nullptr;  ///< nullptr: the system clock. Must outlive the server.
    /// The Plex face's port (0: an ephemeral one, see DemoServer::plexPort()); unset: no Plex face.
    std::optional<quint16> plexPort;
};

/**
 * @brief A Jellyfin 10.11-compatible server over a generated library, for tests, benchmarks and
 * `marquee --demo`; with DemoServerOptions::plexPort, the same library is also served as a Plex Media Server
 * (and plex.tv's sign-in) on a second port, over the same state: a change made through either face or through
 * a test control shows on both.
 *
 * The HTTP handling runs on the server's own QThread, so added latency or a 100,000-item page
 * never blocks the caller's (GUI) thread. Every public method is thread-safe and may be called
 * from any thread except the server's own. Sign in as `demo` / `demo`.
 *
 * @code
 * DemoServer server;                        // 300 movies, 40 series, seed 1
 * if (!server.start()) return;              // 127.0.0.1, ephemeral port
 * backend.setServerUrl(server.baseUrl());   // e.g. http://127.0.0.1:40123
 * server.setLatency(200);                   // from now on every API answer is 200 ms late
 * @endcode
 */
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(DemoServerOptions options = {}, QObject *parent = nullptr);
    ~DemoServer() override;

    /// @brief Generates the library and starts listening; blocks until ready. False (and
    /// @p error set) if the port cannot be bound or the server is already running.
    bool start(QString *error = nullptr);
    /// @brief Stops listening, closes every connection and ends the thread. Safe to call twice.
    void stop();
    [[nodiscard]] bool isRunning() const;

    /// @brief The bound port (valid after start()).
    [[nodiscard]] quint16 port() const;
    /// @brief `http://127.0.0.1:<port>`: the server URL a client signs in to.
    [[nodiscard]] QUrl baseUrl() const;
    /// @brief `PublicSystemInfo.Id`; derived from the seed.
    [[nodiscard]] QString serverId() const;
    /// @brief The demo user's id (32 hex digits).
    [[nodiscard]] QString userId() const;
    [[nodiscard]] static QString userName();
    [[nodiscard]] static QString password();
    /// @brief The server's name on its Jellyfin face (`ServerName`).
    [[nodiscard]] static QString serverName();
    /// @brief A fresh access token for the demo user, as AuthenticateByName would return.
    [[nodiscard]] QString createAccessToken(const QString &deviceId = QStringLiteral("demo-device"));

    // ---- The Plex face (with DemoServerOptions::plexPort) ------------------------------------
    /// @brief The Plex face's port, 0 without one.
    [[nodiscard]] quint16 plexPort() const;
    /// @brief `http://127.0.0.1:<plex port>`: the Plex server, and plex.tv's sign-in endpoints (`/api/v2/…`).
    [[nodiscard]] QUrl plexBaseUrl() const;
    /// @brief The Plex face's `machineIdentifier`: not serverId(), since to a client the two faces are two servers
    /// (each with a cache of its own).
    [[nodiscard]] QString plexServerId() const;
    /// @brief The Plex face's `friendlyName`, told apart from serverName().
    [[nodiscard]] static QString plexServerName();
    /// @brief The Plex server's token, as a user would copy it from the server's settings.
    [[nodiscard]] QString plexServerToken() const;
    /// @brief The plex.tv account token a claimed PIN hands out.
    [[nodiscard]] QString plexAccountToken() const;
    /// @brief What the user does on plex.tv/link: approves the PIN with @p code. False if no such PIN.
    bool claimPlexPin(const QString &code);
    /// @brief The Plex face's `ratingKey` of an item (or the section key of a library folder).
    [[nodiscard]] QString plexRatingKey(const QString &itemId) const;
    /// @brief Every Plex `/:/timeline` report received (its query, plus "method" and "session"), oldest first.
    [[nodiscard]] QList<QJsonObject> plexTimelineReports() const;
    /// @brief A reinstalled server: new server id and machineIdentifier, same library and user data.
    void changeIdentity();

    // ---- Test controls --------------------------------------------------------------------
    /// @brief Delays every API response by @p ms (admin paths excepted).
    void setLatency(int ms);
    [[nodiscard]] int latency() const;
    /// @brief Answers this fraction (0..1) of API requests with 500 or 503 (seeded, repeatable).
    void setErrorRate(double rate);
    [[nodiscard]] double errorRate() const;
    /// @brief Offline: connections are refused and open ones (and WebSockets) cut. Back online
    /// listens on the same port again. Returns false if the port could not be re-bound.
    bool setOffline(bool offline);
    [[nodiscard]] bool isOffline() const;
    /// @brief The next @p count responses promise their full length, send half, then close the
    /// connection. -1 cuts every response until called with 0.
    void dropConnectionsMidBody(int count = 1);

    /// @brief Adds a movie or a series (with one season of three episodes) to the library;
    /// DateLastSaved = now, LibraryChanged is sent. Returns the new id, empty on bad input.
    QString addItem(DemoItemKind kind, const QString &name, const QString &parentId = {});
    /// @brief Renames an item: name, sort name, image tags and DateLastSaved change.
    bool renameItem(const QString &itemId, const QString &name);
    /// @brief Deletes an item and everything below it; the parent's DateLastSaved moves.
    bool deleteItem(const QString &itemId);
    /// @brief Writes user data as another client would (UpdateUserItemDataDto fields, e.g.
    /// `{"PlaybackPositionTicks": 1200000000, "Played": false}`); sends UserDataChanged.
    /// DateLastSaved is NOT touched, exactly like the real server.
    bool changeUserDataFromOtherDevice(const QString &itemId, const QJsonObject &update);

    /// @brief The demo user's download permission (EnableContentDownloading): without it `/Items/{id}/Download`
    /// answers 403 and items say `CanDownload: false`.
    void setDownloadsAllowed(bool allowed);
    /// @brief Bytes per second per media response (downloads, streams); 0: unlimited.
    void setBandwidthLimit(qint64 bytesPerSecond);
    /// @brief Replaces a playable item's media file by a generated one of @p sizeBytes: new Size, ETag and
    /// Last-Modified, and a new DateLastSaved. False for a folder or a size below the sample clip once plus 16 bytes.
    bool replaceMediaFile(const QString &itemId, qint64 sizeBytes);
    /// @brief The size of the item's media file now.
    [[nodiscard]] qint64 mediaFileSize(const QString &itemId) const;
    /// @brief Bytes of the item's media file as the server would send them now (for tests: keep the range small).
    [[nodiscard]] QByteArray mediaFileBytes(const QString &itemId, qint64 offset, qint64 length) const;
    /// @brief Media body bytes (downloads and streams) sent since the last resetCounters().
    [[nodiscard]] qint64 mediaBytesSent() const;

    /// @brief Every live playback report received (`/Sessions/Playing`, `…/Progress`, `…/Stopped`): its JSON body
    /// with the request path added as "Path", oldest first.
    [[nodiscard]] QList<QJsonObject> playbackReports() const;

    /// @brief Play sessions whose conversion (HLS transcode) runs: started by a playlist or segment request, ended
    /// by `DELETE /Videos/ActiveEncodings`.
    [[nodiscard]] QStringList activeEncodings() const;
    /// @brief The play session of every `DELETE /Videos/ActiveEncodings` received, oldest first.
    [[nodiscard]] QStringList stoppedEncodings() const;
    /// @brief Every PlaybackInfo request body, oldest first, with "ItemId" added.
    [[nodiscard]] QList<QJsonObject> playbackInfoRequests() const;
    /// @brief Conversions fail from now on (playlists and segments answer 500), as a broken encoder would.
    void setConversionsFail(bool fail);

    /// @brief Requests served, by route pattern (e.g. "/Items/{itemId}").
    [[nodiscard]] QHash<QString, qint64> requestCounts() const;
    [[nodiscard]] qint64 totalRequests() const;
    /// @brief Bytes written to sockets (headers and bodies).
    [[nodiscard]] qint64 bytesSent() const;
    void resetCounters();

    // ---- Introspection for tests and tools -----------------------------------------------
    /// @brief Ids of items of @p kind, in library order.
    [[nodiscard]] QStringList itemIds(DemoItemKind kind) const;
    [[nodiscard]] int itemCount() const;
    /// @brief The collection folder id for "movies" or "tvshows".
    [[nodiscard]] QString libraryId(const QString &collectionType) const;

private:
    template <typename F>
    auto onServerThread(F &&f) const;

    DemoServerOptions m_options;
    std::unique_ptr<DemoControls> m_controls;
    std::unique_ptr<Clock> m_ownClock;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;       ///< lives on m_thread; target of queued calls
    DemoState *m_state = nullptr;      ///< lives on m_thread; both faces serve it
    DemoHttpServer *m_http = nullptr;  ///< lives on m_thread
    DemoHttpServer *m_plexHttp = nullptr; ///< lives on m_thread; null without a Plex face
    quint16 m_port = 0;
    quint16 m_plexPort = 0;
    QString m_serverId;
    QString m_userId;
};

} // namespace marquee
