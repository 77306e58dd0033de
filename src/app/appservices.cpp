// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appservices.h"

#include "app/appdownloads.h"
#include "backend/clientidentity.h"
#include "backend/credentialstore.h"
#include "backend/jellyfinbackend.h"
#include "backend/jellyfinnotifications.h"
#include "backend/networkthread.h"
#include "backend/plexbackend.h"
#include "backend/plexnotifications.h"
#include "backend/plexsignin.h"
#include "backend/resultpromise.h"
#include "core/logging.h"
#include "demoserver/demoserver.h"
#include "services/connectivitymonitor.h"
#include "services/liveplaybackreporter.h"
#include "services/playbackservices.h"
#include "services/imagecache.h"
#include "services/metadatarefreshservice.h"
#include "services/downloadservice.h"
#include "services/playbacksyncworker.h"
#include "services/databasewriter.h"
#include "services/userdataactions.h"
#include "services/servereventsbridge.h"
#include "services/serverlane.h"
#include "services/queuesendlock.h"
#include "services/serveridentity.h"
#include "services/settingsapplier.h"
#include "services/settingsstore.h"
#include "storage/cacheserverrepository.h"
#include "storage/savedserverremoval.h"
#include "storage/serverremoval.h"
#include "storage/serverrepository.h"
#include "storage/settingsrepository.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QFileInfo>

namespace marquee {

namespace {
// Names a sign-in of a demo server: its token is in memory (m_demoCredentials), and its saved server is this run's.
const QString DemoKeyPrefix = QStringLiteral("demo/");
} // namespace

AppServices::AppServices(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

AppServices::~AppServices()
{
    if (m_database)
        m_database->setDamageHandler({});
    // The next launch must not find this run's demo servers: their ports and sign-ins end here.
    if (m_savedDemoServers)
        forgetDemoServers();
    // Jobs block on the backend's futures and the backend posts to the network thread: stop in that order.
    // The database writer finishes its queued writes, the refresh jobs' among them, before the database goes.
    m_downloads.reset();
    m_playback.reset();
    m_lanes.clear();
    m_syncWorker.reset();
    m_userDataActions.reset();
    m_notifications.reset();
    m_events.reset();
    m_refresh.reset();
    m_connectivity.reset();
    m_databaseWriter.reset();
    if (m_images) {
        SettingsRepository settings(m_database->connection());
        if (!ImageCounters::record(settings, m_images->counters()))
            qCWarning(lcServices) << "the image hit counters were not recorded";
        m_images.reset();
    }
    m_pendingSignIns.clear();
    m_backend.reset();
    m_network.reset();
    m_demo.reset();
}

LivePlaybackReporter *AppServices::playbackReporter() const
{
    return m_playback ? &m_playback->reporter() : nullptr;
}

QString AppServices::dataDirectory() const
{
    return QFileInfo(m_database->paths().stateFile).absolutePath();
}

Database::OpenReport AppServices::openStorage()
{
    const DatabasePaths paths =
        m_options.dataDir.isEmpty() ? DatabasePaths::standard() : DatabasePaths::inDirectory(m_options.dataDir);
    m_database = std::make_unique<Database>(paths, &m_clock);
    const Database::OpenReport report = m_database->open();
    if (report.ok) {
        m_settings = std::make_unique<SettingsStore>(m_database->connection());
        m_settingsApplier = std::make_unique<SettingsApplier>(*m_settings, m_config);
        m_database->setDamageHandler([this](const Database::DamageReport &damage) {
            QMetaObject::invokeMethod(this, [this, damage] { announceDamage(damage); }, Qt::QueuedConnection);
        });
        m_databaseWriter = std::make_unique<DatabaseWriter>(*m_database);
        m_userDataActions = std::make_unique<UserDataActions>(*m_databaseWriter, m_clock, &m_broker);
        buildPlaybackSync();
        buildDownloads();
        openImageCache();
    }
    m_credentials = std::make_unique<CredentialStore>(
        dataDirectory(), m_options.fileCredentials ? CredentialStore::Mode::FileOnly : CredentialStore::Mode::KeychainFirst);
    m_demoCredentials = std::make_unique<CredentialStore>(dataDirectory(), CredentialStore::Mode::MemoryOnly);
    m_network = std::make_unique<NetworkThread>(m_options.http);
    return report;
}

void AppServices::buildDownloads()
{
    m_downloads = std::make_unique<AppDownloads>(*m_databaseWriter, m_clock, m_broker, *m_syncWorker);
    m_settingsApplier->setDownloadService(&m_downloads->service());
    // Known before any sign-in, so a downloaded item plays at once, offline included.
    if (const std::optional<ServerRecord> server = ServerRepository(m_database->connection()).active())
        m_downloads->service().setServerId(server->serverId);
}

void AppServices::openImageCache()
{
    ImageCache::Options options;
    // Beside metadata.sqlite: the cache folder is the one the user may delete at any time.
    options.directory = QFileInfo(m_database->paths().cacheFile).absolutePath() + QStringLiteral("/images");
    options.maxUnusedMs = m_config.ttl(ContentKind::Images).count();
    options.maxDiskBytes = qint64(m_settings->number(QString::fromLatin1(SettingsCatalog::ImageDiskBytesKey)));
    options.maxMemoryBytes = qint64(m_settings->number(QString::fromLatin1(SettingsCatalog::ImageMemoryBytesKey)));
    m_images = std::make_unique<ImageCache>(options, m_clock);
    // Known before any sign-in, so an offline start finds the server's images on disk.
    if (const std::optional<ServerRecord> server = ServerRepository(m_database->connection()).active())
        m_images->setServerInUse(server->serverId);
    m_settingsApplier->setImageCache(m_images.get());
}

std::unique_ptr<Backend> AppServices::makeBackend(const QUrl &server, const QString &trustedCertificateSha256,
                                                  ServerKind kind) const
{
    if (kind == ServerKind::Plex) {
        auto plex = std::make_unique<PlexBackend>(m_network.get(), server, identity());
        plex->setTrustedCertificate(trustedCertificateSha256.toLatin1());
        return plex;
    }
    auto jellyfin = std::make_unique<JellyfinBackend>(m_network.get(), server, identity());
    jellyfin->setTrustedCertificate(trustedCertificateSha256.toLatin1());
    return jellyfin;
}

void AppServices::useBackend(std::unique_ptr<Backend> backend)
{
    if (m_syncWorker) {
        m_syncWorker->setBackend(nullptr);
        m_playback->setBackend(nullptr);
    }
    if (m_images)
        m_images->setBackend(nullptr);
    if (m_downloads)
        m_downloads->setBackend(nullptr);
    m_notifications.reset();
    m_events.reset();
    m_refresh.reset();
    // The new server's monitor starts out trusting it, as every launch does: the footer must not keep the old one's
    // "Offline" until something changes.
    const bool wasOffline = m_connectivity && !m_connectivity->isOnline();
    m_connectivity.reset();
    m_backend = std::move(backend);
    connect(m_backend.get(), &Backend::unauthorized, this, &AppServices::onUnauthorized);
    watchConnectivity();
    if (wasOffline)
        Q_EMIT m_broker.connectivityChanged(true);
    if (m_syncWorker) {
        m_syncWorker->setBackend(m_backend.get());
        m_playback->setBackend(m_backend.get());
    }
    if (m_images)
        m_images->setBackend(m_backend.get());
    if (m_downloads)
        m_downloads->setBackend(m_backend.get());
}

void AppServices::watchConnectivity()
{
    m_connectivity = std::make_unique<ConnectivityMonitor>(*m_backend);
    ConnectivityMonitor *monitor = m_connectivity.get();
    connect(monitor, &ConnectivityMonitor::onlineChanged, &m_broker, &MessageBroker::connectivityChanged);
    // A refresh's outcome is the freshest evidence there is, after the HTTP layer's own retries.
    connect(&m_broker, &MessageBroker::refreshFinished, monitor,
            [monitor](const QString &, const Error &error) { monitor->observe(error); });
    connect(monitor, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        if (m_refresh)
            m_refresh->setServerReachable(online);
        if (online && m_images)
            m_images->retryFailed();
    });
}

void AppServices::announceDamage(const Database::DamageReport &damage)
{
    if (damage.stateDamaged) {
        // Nothing more can be saved; the refresh lane and the queue stop rather than fail statement by statement.
        if (m_refresh)
            m_refresh->cancelAll();
        if (m_syncWorker)
            m_syncWorker->setBackend(nullptr);
        Q_EMIT stateDamaged(damage.message, damage.details);
    } else if (damage.cacheDamaged) {
        Q_EMIT m_broker.notice(damage.message);
    }
}

void AppServices::buildPlaybackSync()
{
    m_syncWorker = std::make_unique<PlaybackSyncWorker>(nullptr, *m_databaseWriter, m_clock);
    // The app and marquee-cli on one data folder share one queue: one of them sends it at a time.
    m_queueSendLock = std::make_shared<QueueSendLock>(QDir(dataDirectory()).filePath(QStringLiteral("playback-queue.lock")));
    m_syncWorker->setSendLock(m_queueSendLock);
    m_playback = std::make_unique<PlaybackServices>(*m_userDataActions, *m_databaseWriter, m_clock);
    PlaybackSyncWorker *worker = m_syncWorker.get();
    connect(m_userDataActions.get(), &UserDataActions::queueChanged, worker, &PlaybackSyncWorker::drainSoon);
    // Whenever the server answers something, what waits in the queue goes too.
    connect(&m_playback->reporter(), &LivePlaybackReporter::serverAnswered, worker, &PlaybackSyncWorker::drainNow);
    connect(&m_broker, &MessageBroker::connectivityChanged, worker, [worker](bool online) {
        if (online)
            worker->drainNow();
    });
    connect(&m_broker, &MessageBroker::refreshFinished, worker, [worker](const QString &, const Error &error) {
        if (!error.isError())
            worker->drainNow();
    });
}

void AppServices::adoptSession(const Session &session, const QString &previousIdAtAddress)
{
    // The cache must know whose metadata it holds before any refresh writes user data for that server.
    const Result<ServerIdentity::Outcome> identity =
        ServerIdentity::begin(m_database->connection(), session.serverId, previousIdAtAddress);
    if (!identity)
        qCWarning(lcServices).noquote() << "cannot record the server identity:" << identity.error().toString();
    else if (identity.value() == ServerIdentity::Outcome::Replaced)
        Q_EMIT m_broker.notice(ServerIdentity::replacedNotice());
    if (!m_refresh) {
        m_refresh = std::make_unique<MetadataRefreshService>(refreshEnvironment(m_backend.get()), &m_broker);
        m_settingsApplier->setRefreshService(m_refresh.get());
    } else {
        m_refresh->resume();
    }
    listenToServer(session);
    m_connectivity->start();
    if (m_syncWorker)
        m_syncWorker->start();
    if (m_playback)
        m_playback->onConnected();
    qCInfo(lcServices).noquote() << "connected to" << session.serverUrl.toString() << "as" << session.userName;
    m_inUseServerId = session.serverId;
    if (m_images)
        m_images->setServerInUse(session.serverId);
    if (m_options.backgroundServers)
        keepOtherServersGoing(session.serverId);
    Q_EMIT connected();
}

void AppServices::keepOtherServersGoing(const QString &inUseServerId)
{
    // The server now in use talks through the services' own backend; its lane would send its queue twice.
    if (m_lanes.erase(inUseServerId) > 0)
        Q_EMIT serverLanesChanged();
    const QList<ServerRecord> servers = ServerRepository(m_database->connection()).all();
    for (const ServerRecord &server : servers) {
        if (server.serverId == inUseServerId || server.credentialKey.isEmpty() || m_lanes.count(server.serverId) > 0)
            continue;
        CredentialStore &credentials = credentialsFor(server.credentialKey);
        credentials.readToken(server.credentialKey).then(this, [this, server](const Result<QString> &token) {
            if (!token || token.value().isEmpty() || server.serverId == m_inUseServerId
                || m_lanes.count(server.serverId) > 0)
                return;
            std::unique_ptr<Backend> backend =
                makeBackend(QUrl(server.url), server.trustedCertificateSha256, server.kind);
            backend->setSession({QUrl(server.url), server.serverId, server.userId, server.userName, token.value()});
            // The lane puts its own backend in, and pins its server.
            auto lane = std::make_unique<ServerLane>(std::move(backend), server.serverId, refreshEnvironment(nullptr),
                                                     m_queueSendLock);
            connect(lane.get(), &ServerLane::stateChanged, this, &AppServices::serverLanesChanged);
            connect(&lane->broker(), &MessageBroker::scopeUpdated, this, &AppServices::otherServerScopeUpdated);
            lane->refresh().setVisibleScopes(m_otherServersVisibleScopes);
            if (m_images)
                m_images->setOtherServerBackend(server.serverId, &lane->backend());
            lane->start();
            m_lanes[server.serverId] = std::move(lane);
            Q_EMIT serverLanesChanged();
        });
    }
}

QFuture<Result<int>> AppServices::removeServer(const ServerRecord &server)
{
    if (server.serverId == m_inUseServerId)
        return finishedFuture<int>(Error{ErrorKind::Storage, QStringLiteral("the server in use cannot be removed"), {}, 0});
    m_lanes.erase(server.serverId);
    Q_EMIT serverLanesChanged();
    // Files first, as the Downloads page removes them: their rows go once they are gone.
    DownloadService &downloads = m_downloads->service();
    const QList<DownloadJob> jobs = downloads.jobs();
    for (const DownloadJob &job : jobs) {
        if (job.serverId == server.serverId)
            downloads.remove(job.id);
    }
    if (!server.credentialKey.isEmpty())
        credentialsFor(server.credentialKey).deleteToken(server.credentialKey);
    return m_databaseWriter->run([server](const QSqlDatabase &db) -> Result<int> {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (const std::optional<qint64> key = CacheServerRepository(db).keyOf(server.serverId)) {
            if (const Result<int> items = ServerRemoval(db).removeServer(*key); !items)
                return items.error();
        }
        const Result<int> unsent = SavedServerRemoval(db).remove(server.id, server.serverId);
        if (!unsent || !transaction.commit())
            return unsent ? transaction.error() : unsent.error();
        return unsent.value();
    });
}

const ServerLane *AppServices::laneOf(const QString &serverId) const
{
    const auto lane = m_lanes.find(serverId);
    return lane == m_lanes.end() ? nullptr : lane->second.get();
}

RefreshEnvironment AppServices::refreshEnvironment(Backend *backend) const
{
    return {backend, m_database.get(), m_databaseWriter.get(), &m_config, &m_clock};
}

void AppServices::setOtherServersVisibleScopes(const QStringList &scopeKeys)
{
    m_otherServersVisibleScopes = scopeKeys;
    for (const auto &[serverId, lane] : m_lanes)
        lane->refresh().setVisibleScopes(scopeKeys);
}

void AppServices::refreshOtherServersNow()
{
    for (const auto &[serverId, lane] : m_lanes)
        lane->refresh().refreshVisibleNow();
}

ClientIdentity AppServices::identity() const
{
    return ClientIdentity::forThisDevice(ClientIdentity::loadOrCreateDeviceId(dataDirectory()));
}

void AppServices::listenToServer(const Session &session)
{
    // While online, the server says what changed elsewhere (other devices' progress, new items); the bridge turns
    // that into cache updates and refreshes of what is on screen.
    if (!m_events)
        m_events = std::make_unique<ServerEventsBridge>(*m_database, m_config, m_clock, m_refresh.get(), &m_broker);
    if (backendKind() == ServerKind::Plex)
        m_notifications = listenTo<PlexNotifications>(session);
    else
        m_notifications = listenTo<JellyfinNotifications>(session);
}

template <typename Notifications>
std::unique_ptr<QObject> AppServices::listenTo(const Session &session)
{
    auto notifications = std::make_unique<Notifications>(session.serverUrl, identity());
    if constexpr (std::is_same_v<Notifications, JellyfinNotifications>) {
        connect(notifications.get(), &JellyfinNotifications::userDataChanged, m_events.get(),
                &ServerEventsBridge::onUserDataChanged);
    }
    connect(notifications.get(), &Notifications::libraryChanged, m_events.get(), &ServerEventsBridge::onLibraryChanged);
    // A dropped socket is the first sign of a server going away: ask at once rather than at the next probe.
    ConnectivityMonitor *monitor = m_connectivity.get();
    connect(notifications.get(), &Notifications::connectedChanged, monitor, [monitor](bool connected) {
        if (connected)
            monitor->observe({});
        else
            monitor->probeNow();
    });
    notifications->start(session.accessToken);
    return notifications;
}

std::optional<ServerKind> AppServices::backendKind() const
{
    return m_backend ? serverKindFromName(m_backend->kind()) : std::nullopt;
}

QString AppServices::credentialKey(const Session &session, ServerKind kind)
{
    return QStringLiteral("%1/%2/%3").arg(serverKindName(kind), session.serverId, session.userId);
}

QFuture<Result<bool>> AppServices::restoreSession()
{
    const std::optional<ServerRecord> server = ServerRepository(m_database->connection()).active();
    if (!server)
        return finishedFuture<bool>(false);
    return restoreSession(*server);
}

QFuture<Result<bool>> AppServices::switchTo(qint64 serverRowId)
{
    const std::optional<ServerRecord> server = ServerRepository(m_database->connection()).byId(serverRowId);
    return server ? restoreSession(*server) : finishedFuture<bool>(false);
}

QFuture<Result<bool>> AppServices::restoreSession(const ServerRecord &server)
{
    if (server.credentialKey.isEmpty())
        return finishedFuture<bool>(false);
    // The server in use stays in use until the other one's sign-in is read: a missing token changes nothing.
    return credentialsFor(server.credentialKey)
        .readToken(server.credentialKey)
        .then(this, [this, server](const Result<QString> &token) -> Result<bool> {
            if (!token)
                return token.error();
            if (token.value().isEmpty())
                return false;
            // A demo server is never the one the next launch restores: its sign-in ends with this run.
            if (!server.isActive && !isDemoServer(server)
                && !ServerRepository(m_database->connection()).activate(server.id))
                return Error{ErrorKind::Storage, QStringLiteral("cannot make %1 the server in use").arg(server.url), {}, 0};
            useBackend(makeBackend(QUrl(server.url), server.trustedCertificateSha256, server.kind));
            const Session session{QUrl(server.url), server.serverId, server.userId, server.userName, token.value()};
            m_backend->setSession(session);
            m_activeCredentialKey = server.credentialKey;
            adoptSession(session, server.serverId);
            return true;
        });
}

QFuture<Result<Session>> AppServices::signIn(const QUrl &server, const QString &userName, const QString &password,
                                             const QString &trustedCertificateSha256)
{
    return signInWith(makeBackend(server, trustedCertificateSha256, ServerKind::Jellyfin), trustedCertificateSha256,
                      [userName, password](Backend &backend) { return backend.signIn(userName, password); });
}

QFuture<Result<Session>> AppServices::signInToPlex(const QUrl &server, const QString &token)
{
    return signInWith(makeBackend(server, {}, ServerKind::Plex), {},
                      [token](Backend &backend) { return backend.signInWithToken(token); });
}

QFuture<Result<Session>> AppServices::signInWith(std::unique_ptr<Backend> candidate,
                                                 const QString &trustedCertificateSha256,
                                                 const std::function<QFuture<Result<Session>>(Backend &)> &signInTo)
{
    // The sign-in talks to a backend of its own: a wrong password or an unreachable address leaves the server in
    // use connected, its refreshes and its queue running.
    Backend *pending = candidate.get();
    m_pendingSignIns[pending] = std::move(candidate);
    return signInTo(*pending).then(
        this, [this, pending, trustedCertificateSha256](const Result<Session> &result) -> Result<Session> {
            std::unique_ptr<Backend> backend = std::move(m_pendingSignIns[pending]);
            m_pendingSignIns.erase(pending);
            if (result && backend) {
                const ServerKind kind = serverKindFromName(backend->kind()).value_or(ServerKind::Jellyfin);
                useBackend(std::move(backend));
                rememberSignIn(result.value(), trustedCertificateSha256, kind);
            }
            return result;
        });
}

void AppServices::usePlexSession(const Session &session)
{
    useBackend(makeBackend(session.serverUrl, {}, ServerKind::Plex));
    m_backend->setSession(session);
    rememberSignIn(session, {}, ServerKind::Plex);
}

std::unique_ptr<PlexSignIn> AppServices::newPlexSignIn() const
{
    PlexSignIn::Options options;
    options.plexTvUrl = QUrl(m_settings->value(QString::fromLatin1(SettingsCatalog::PlexTvUrlKey)));
    return std::make_unique<PlexSignIn>(m_network.get(), identity(), options);
}

void AppServices::rememberSignIn(const Session &session, const QString &trustedCertificateSha256, ServerKind kind)
{
    ServerRecord record;
    record.url = session.serverUrl.toString();
    record.serverId = session.serverId;
    record.userId = session.userId;
    record.userName = session.userName;
    record.credentialKey = credentialKey(session, kind);
    record.trustedCertificateSha256 = trustedCertificateSha256;
    record.kind = kind;
    ServerRepository servers(m_database->connection());
    const std::optional<ServerRecord> before = servers.byUrl(record.url);
    servers.saveActive(record, m_clock.nowMs());
    m_activeCredentialKey = record.credentialKey;
    // Without a stored token the next launch starts signed out: say so rather than lose it quietly.
    CredentialStore &credentials = credentialsFor(record.credentialKey);
    credentials.writeToken(record.credentialKey, session.accessToken).then(this, [](const Status &stored) {
        if (!stored)
            qCWarning(lcServices).noquote() << "could not store the sign-in:" << stored.error().toString();
    });
    adoptSession(session, before ? before->serverId : QString());
}

QFuture<Result<Session>> AppServices::startDemo(DemoFaces faces)
{
    DemoServerOptions options;
    const bool withPlex = faces == DemoFaces::JellyfinAndPlex;
    if (withPlex)
        options.plexPort = 0; // an ephemeral port, as the Jellyfin face's
    m_demo = std::make_unique<DemoServer>(options);
    QString error;
    if (!m_demo->start(&error))
        return finishedFuture<Session>(Error{ErrorKind::Offline, QStringLiteral("the demo server did not start: ") + error, {}, 0});
    qCInfo(lcServices).noquote() << "demo server at" << m_demo->baseUrl().toString();
    // The demo signs in afresh each run with its known password: no keychain is touched.
    useBackend(makeBackend(m_demo->baseUrl(), {}, ServerKind::Jellyfin));
    QFuture<Result<Session>> jellyfin = m_backend->signIn(DemoServer::userName(), DemoServer::password());
    if (!withPlex) {
        return jellyfin.then(this, [this](const Result<Session> &result) {
            if (result)
                adoptSession(result.value(), {});
            return result;
        });
    }
    auto promise = std::make_shared<ResultPromise<Session>>();
    jellyfin.then(this, [this, promise](const Result<Session> &result) {
        if (!result) {
            promise->fulfil(result);
            return;
        }
        // Both are saved before the session begins, so that the other servers' lanes and the sidebar see both.
        signInToDemoPlexFace().then(this, [this, promise, result](const Result<Session> &plex) {
            m_savedDemoServers = true;
            m_activeCredentialKey = rememberDemoServer(result.value(), ServerKind::Jellyfin, DemoServer::serverName());
            if (plex)
                rememberDemoServer(plex.value(), ServerKind::Plex, DemoServer::plexServerName());
            else
                qCWarning(lcServices).noquote() << "the demo's Plex face did not sign in:" << plex.error().toString();
            adoptSession(result.value(), {});
            promise->fulfil(result);
        });
    });
    return promise->future();
}

QFuture<Result<Session>> AppServices::signInToDemoPlexFace()
{
    std::unique_ptr<Backend> candidate = makeBackend(m_demo->plexBaseUrl(), {}, ServerKind::Plex);
    Backend *pending = candidate.get();
    m_pendingSignIns[pending] = std::move(candidate);
    const QString token = m_demo->plexServerToken();
    return pending->signInWithToken(token).then(this, [this, pending](const Result<Session> &result) {
        m_pendingSignIns.erase(pending);
        return result;
    });
}

QString AppServices::rememberDemoServer(const Session &session, ServerKind kind, const QString &serverName)
{
    ServerRecord record;
    record.url = session.serverUrl.toString();
    record.serverId = session.serverId;
    record.serverName = serverName;
    record.userId = session.userId;
    record.userName = session.userName;
    record.credentialKey = DemoKeyPrefix + credentialKey(session, kind);
    record.kind = kind;
    // Not the active one: that is what the next launch restores, and this sign-in ends with the run.
    if (ServerRepository(m_database->connection()).saveInactive(record, m_clock.nowMs()) < 0)
        qCWarning(lcServices).noquote() << "could not save the demo server at" << record.url;
    m_demoCredentials->writeToken(record.credentialKey, session.accessToken);
    return record.credentialKey;
}

void AppServices::forgetDemoServers()
{
    ServerRepository servers(m_database->connection());
    const QList<ServerRecord> saved = servers.all();
    bool lanesGone = false;
    for (const ServerRecord &server : saved) {
        if (!isDemoServer(server))
            continue;
        lanesGone = m_lanes.erase(server.serverId) > 0 || lanesGone;
        m_demoCredentials->deleteToken(server.credentialKey);
        if (!servers.forget(server.id))
            qCWarning(lcServices).noquote() << "could not forget the demo server at" << server.url;
    }
    if (lanesGone)
        Q_EMIT serverLanesChanged();
}

bool AppServices::isDemoServer(const ServerRecord &server)
{
    return server.credentialKey.startsWith(DemoKeyPrefix);
}

CredentialStore &AppServices::credentialsFor(const QString &key) const
{
    return key.startsWith(DemoKeyPrefix) ? *m_demoCredentials : *m_credentials;
}

void AppServices::onUnauthorized(const Error &error)
{
    qCWarning(lcServices).noquote() << "signed out:" << error.toString();
    if (!m_activeCredentialKey.isEmpty())
        credentialsFor(m_activeCredentialKey).deleteToken(m_activeCredentialKey);
}

} // namespace marquee
