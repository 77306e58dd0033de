// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/clientidentity.h"
#include "backend/httprequest.h"
#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/serverkind.h"
#include "services/messagebroker.h"
#include "storage/database.h"

#include <QFuture>
#include <QObject>
#include <functional>
#include <map>
#include <memory>

namespace marquee {

class AppDownloads;
class Backend;
class ConnectivityMonitor;
class CredentialStore;
class DemoServer;
class ImageCache;
class LivePlaybackReporter;
class PlaybackServices;
class PlaybackSyncWorker;
class DatabaseWriter;
class UserDataActions;
class ServerEventsBridge;
class MetadataRefreshService;
class NetworkThread;
class PlexSignIn;
class SettingsApplier;
class SettingsStore;
class ServerLane;
class QueueSendLock;
struct RefreshEnvironment;
struct ServerRecord;

/**
 * @brief The non-GUI half of the composition root, shared by the desktop app and marquee-cli: the databases, the
 * network thread, the backend of the active server, the broker and the refresh service.
 *
 * Lives on the main thread. A server is connected in one of three ways: a stored sign-in (restoreSession), a
 * new sign-in (signIn), or the built-in demo server (startDemo). Only then does refreshService() exist.
 */
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;           ///< empty: the standard cache and data folders
        bool fileCredentials = false; ///< never touch the system keychain (tests, portable installs)
        HttpOptions http;          ///< deadlines, retries and size cap of every request
        /// Keeps every other saved server going in the background (ServerLane): the desktop app, not marquee-cli,
        /// which says which server it works on.
        bool backgroundServers = false;
    };

    explicit AppServices(Options options, QObject *parent = nullptr);
    ~AppServices() override;

    /// Opens (and if needed repairs) the databases and applies the user's settings.
    Database::OpenReport openStorage();

    /// The stored sign-in of the active server, if any: finishes with false when there is none.
    QFuture<Result<bool>> restoreSession();
    /// Makes the saved server with row id @p serverRowId (ServerRecord::id) the one in use, with its stored sign-in;
    /// offline too, since its cache is already there. False, and the server in use unchanged, without a sign-in.
    QFuture<Result<bool>> switchTo(qint64 serverRowId);
    /// Signs in to @p server, keeps the token in the credential store and makes the server the active one.
    /// @p trustedCertificateSha256: the self-signed certificate the user chose to trust after an
    /// UntrustedCertificate error (kept with the server; only it is accepted from then on).
    QFuture<Result<Session>> signIn(const QUrl &server, const QString &userName, const QString &password,
                                    const QString &trustedCertificateSha256 = {});
    /// Signs in to the Plex Media Server at @p server with a token the user has (its Settings → Network page, or
    /// the server's Preferences.xml), keeps the token and makes the server the active one.
    QFuture<Result<Session>> signInToPlex(const QUrl &server, const QString &token);
    /// Makes a Plex session from the plex.tv sign-in (PlexSignIn::sessionFor) the active one, as signInToPlex().
    void usePlexSession(const Session &session);
    /// A plex.tv sign-in for this install, at the plex.tv address of the settings; after openStorage().
    [[nodiscard]] std::unique_ptr<PlexSignIn> newPlexSignIn() const;
    /// What startDemo() serves and signs in to.
    enum class DemoFaces {
        Jellyfin,        ///< the demo library as a Jellyfin server, the one in use
        JellyfinAndPlex, ///< and the same library as a Plex server too, a second saved server beside it
    };
    /// Starts the built-in demo server on a loopback port and signs in to it as demo/demo. With
    /// DemoFaces::JellyfinAndPlex both faces are saved servers for this run (the sidebar lists both, switching works
    /// as for any saved server); their sign-ins are held in memory, never in the keychain, and forgotten with the run.
    QFuture<Result<Session>> startDemo(DemoFaces faces = DemoFaces::Jellyfin);
    /// Forgets the saved servers of a demo run: their sign-ins and loopback ports lasted only as long as it did.
    /// Their cached libraries stay, as the demo's always did, for the next run to show at once.
    void forgetDemoServers();

    [[nodiscard]] bool isConnected() const { return m_refresh != nullptr; }
    [[nodiscard]] Database &database() { return *m_database; }
    /// Null before openStorage().
    [[nodiscard]] Database *openedDatabase() const { return m_database.get(); }
    [[nodiscard]] const CacheConfig &cacheConfig() const { return m_config; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] MessageBroker &broker() { return m_broker; }
    [[nodiscard]] Backend *backend() const { return m_backend.get(); }
    [[nodiscard]] MetadataRefreshService *refreshService() const { return m_refresh.get(); }
    [[nodiscard]] DemoServer *demoServer() const { return m_demo.get(); }
    [[nodiscard]] ServerEventsBridge *eventsBridge() const { return m_events.get(); }
    /// Whether the active server answers; exists with the backend, probes once connected.
    [[nodiscard]] ConnectivityMonitor *connectivity() const { return m_connectivity.get(); }
    /// Played, favourite and position changes from pages and the player; exists once storage is open.
    [[nodiscard]] UserDataActions *userDataActions() const { return m_userDataActions.get(); }
    /// Sends the playback queue to the active server; exists once storage is open, drains once connected.
    [[nodiscard]] PlaybackSyncWorker *syncWorker() const { return m_syncWorker.get(); }
    /// What a PlaybackController reports through (it must outlive the controller); exists once storage is open.
    [[nodiscard]] LivePlaybackReporter *playbackReporter() const;
    /// Reporter, planner and conversions of the player; exists once storage is open.
    [[nodiscard]] PlaybackServices *playback() const { return m_playback.get(); }
    /// Exists once openStorage() succeeded; fetches from the active server, or from disk only without one.
    [[nodiscard]] ImageCache *imageCache() const { return m_images.get(); }
    /// The download lane (queue, transfers, the player's "local file or stream?"); exists once storage is open and
    /// follows the active server. Its queue runs once someone calls its service's start().
    [[nodiscard]] AppDownloads *downloads() const { return m_downloads.get(); }
    [[nodiscard]] QString dataDirectory() const;
    /// Forgets the saved server @p server (not the one in use): its cache, its downloads (files too), its sign-in,
    /// and this device's changes not yet sent to it (the caller asked the user). Finishes with how many of those
    /// went, or why nothing did.
    QFuture<Result<int>> removeServer(const ServerRecord &server);
    /// The background lane of the saved server @p serverId (not the one in use); null when it has none (no saved
    /// sign-in, or not yet read).
    [[nodiscard]] const ServerLane *laneOf(const QString &serverId) const;
    /// What the window shows of the other saved servers ("libraries", and "home" on Home): their lanes keep it fresh.
    void setOtherServersVisibleScopes(const QStringList &scopeKeys);
    /// F5 and the footer's button: what the window shows of the other servers, now.
    void refreshOtherServersNow();
    /// The user's settings; exists once openStorage() succeeded. A change applies to the services at once.
    [[nodiscard]] SettingsStore *settings() const { return m_settings.get(); }

Q_SIGNALS:
    /// A server is connected and refreshService() exists; also after a sign-in replaced the session.
    void connected();
    /// SQLite found the state file damaged while running: nothing more is written to it; the app must stop and
    /// show @p message (which names the file and the way out); @p details is what SQLite said.
    void stateDamaged(const QString &message, const QString &details);
    /// A background server's lane came or went, or went online, offline or signed out.
    void serverLanesChanged();
    /// A background server's refresh wrote new rows of @p scope to the cache (its server's rows).
    void otherServerScopeUpdated(const QString &scope);

private:
    [[nodiscard]] std::unique_ptr<Backend> makeBackend(const QUrl &server, const QString &trustedCertificateSha256,
                                                       ServerKind kind) const;
    /// Makes @p backend the one every service talks to, in place of the one before.
    void useBackend(std::unique_ptr<Backend> backend);
    QFuture<Result<bool>> restoreSession(const ServerRecord &server);
    /// Signs in through @p candidate (@p signInTo); only a success makes it the backend in use.
    QFuture<Result<Session>> signInWith(std::unique_ptr<Backend> candidate, const QString &trustedCertificateSha256,
                                        const std::function<QFuture<Result<Session>>(Backend &)> &signInTo);
    /// Keeps a new sign-in: the server as the active one, its token in the credential store; then connects.
    void rememberSignIn(const Session &session, const QString &trustedCertificateSha256, ServerKind kind);
    /// Saves a face of the demo as a saved server of this run, its token in memory only; returns its credential key.
    QString rememberDemoServer(const Session &session, ServerKind kind, const QString &serverName);
    /// Signs in to the demo's Plex face with its server token, through a backend of its own.
    QFuture<Result<Session>> signInToDemoPlexFace();
    void buildPlaybackSync();
    /// What the refresh services share (the cache, its writer, its settings, the clock), refreshing through @p backend.
    [[nodiscard]] RefreshEnvironment refreshEnvironment(Backend *backend) const;
    /// A lane for every saved server but the one in use (@p inUseServerId), once its sign-in is read.
    void keepOtherServersGoing(const QString &inUseServerId);
    void buildDownloads();
    void announceDamage(const Database::DamageReport &damage);
    /// @p previousIdAtAddress: the server id recorded for the session's address before it began, if any.
    void adoptSession(const Session &session, const QString &previousIdAtAddress);
    void listenToServer(const Session &session);
    template <typename Notifications>
    std::unique_ptr<QObject> listenTo(const Session &session);
    void onUnauthorized(const Error &error);
    void openImageCache();
    void watchConnectivity();
    /// The kind of the backend in use, read from it; nullopt without one.
    [[nodiscard]] std::optional<ServerKind> backendKind() const;
    [[nodiscard]] static QString credentialKey(const Session &session, ServerKind kind);
    /// A demo server's credential key starts so; its token lives in m_demoCredentials.
    [[nodiscard]] static bool isDemoServer(const ServerRecord &server);
    /// Where the token of @p key is kept: the keychain (or its file), or memory for a demo server.
    [[nodiscard]] CredentialStore &credentialsFor(const QString &key) const;
    [[nodiscard]] ClientIdentity identity() const;

    Options m_options;
    SystemClock m_clock;
    CacheConfig m_config;
    MessageBroker m_broker;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<SettingsApplier> m_settingsApplier;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<CredentialStore> m_demoCredentials; ///< the demo's sign-ins, for this run only
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<ConnectivityMonitor> m_connectivity;
    std::unique_ptr<MetadataRefreshService> m_refresh;
    std::unique_ptr<QObject> m_notifications; ///< JellyfinNotifications or PlexNotifications
    std::unique_ptr<ServerEventsBridge> m_events;
    std::unique_ptr<DatabaseWriter> m_databaseWriter;
    std::unique_ptr<UserDataActions> m_userDataActions;
    std::unique_ptr<PlaybackSyncWorker> m_syncWorker;
    std::unique_ptr<PlaybackServices> m_playback;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<AppDownloads> m_downloads;
    std::map<Backend *, std::unique_ptr<Backend>> m_pendingSignIns;
    std::shared_ptr<QueueSendLock> m_queueSendLock;
    std::map<QString, std::unique_ptr<ServerLane>> m_lanes; ///< by server id
    QStringList m_otherServersVisibleScopes;
    QString m_inUseServerId;
    bool m_savedDemoServers = false; ///< this run saved the demo's faces as servers: it forgets them when it ends
    QString m_activeCredentialKey;
};

} // namespace marquee
