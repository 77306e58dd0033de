// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoserver.h"

#include "core/clock.h"
#include "demoserver/democontrols.h"
#include "demoserver/demohttpserver.h"
#include "demoserver/demostate.h"

#include <QFile>
#include <QThread>

#include <type_traits>

static void initDemoServerResources()
{
    Q_INIT_RESOURCE(marquee_demoserver);
}

namespace marquee {

DemoServer::DemoServer(DemoServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_controls(std::make_unique<DemoControls>(m_options.seed))
{
    m_controls->setLatencyMs(m_options.latencyMs);
    m_controls->setErrorRate(m_options.errorRate);
    if (!m_options.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_options.clock = m_ownClock.get();
    }
}

DemoServer::~DemoServer()
{
    stop();
}

template <typename F>
auto DemoServer::onServerThread(F &&f) const
{
    using R = std::invoke_result_t<F>;
    Q_ASSERT_X(QThread::currentThread() != m_thread, "DemoServer", "control called from the server thread");
    if constexpr (std::is_void_v<R>) {
        if (m_anchor)
            QMetaObject::invokeMethod(m_anchor, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result{};
        if (m_anchor)
            QMetaObject::invokeMethod(m_anchor, std::forward<F>(f), Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

bool DemoServer::start(QString *error)
{
    if (m_thread) {
        if (error)
            *error = QStringLiteral("already running");
        return false;
    }
    initDemoServerResources();
    QFile videoFile(QStringLiteral(":/demoserver/sample.mp4"));
    QByteArray video;
    if (videoFile.open(QIODevice::ReadOnly))
        video = videoFile.readAll();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("DemoServer"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();

    DemoLibrarySpec spec;
    spec.seed = m_options.seed;
    spec.movies = qMax(0, m_options.movies);
    spec.series = qMax(0, m_options.series);
    const Clock *clock = m_options.clock;
    DemoControls *controls = m_controls.get();
    const QHostAddress address = m_options.address;
    const quint16 wantedPort = m_options.port;
    quint16 port = 0;
    const std::optional<quint16> wantedPlexPort = m_options.plexPort;
    quint16 plexPort = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            m_state = new DemoState(spec, *clock, *controls, video);
            m_http = new DemoHttpServer(*m_state, *controls, DemoFace::Jellyfin);
            port = m_http->listenOn(address, wantedPort);
            if (wantedPlexPort) {
                m_plexHttp = new DemoHttpServer(*m_state, *controls, DemoFace::Plex);
                plexPort = m_plexHttp->listenOn(address, *wantedPlexPort);
            }
            m_serverId = m_state->serverId();
            m_userId = m_state->userId();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0 || (wantedPlexPort && plexPort == 0)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port == 0 ? wantedPort : *wantedPlexPort);
        stop();
        return false;
    }
    m_port = port;
    m_plexPort = plexPort;
    return true;
}

void DemoServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_plexHttp;
            m_plexHttp = nullptr;
            delete m_http;
            m_http = nullptr;
            delete m_state;
            m_state = nullptr;
            delete m_anchor;
            m_anchor = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    m_plexPort = 0;
}

bool DemoServer::isRunning() const { return m_thread != nullptr; }
quint16 DemoServer::port() const { return m_port; }

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address == QHostAddress::Any ? QStringLiteral("127.0.0.1") : m_options.address.toString());
    url.setPort(m_port);
    return url;
}

QString DemoServer::serverId() const
{
    // The admin route can change it too: ask the state while it runs.
    return m_anchor ? onServerThread([this] { return m_state->serverId(); }) : m_serverId;
}
QString DemoServer::userId() const { return m_userId; }
QString DemoServer::userName() { return DemoState::UserName; }
QString DemoServer::serverName() { return DemoState::ServerName; }
QString DemoServer::plexServerName() { return DemoState::PlexServerName; }
QString DemoServer::password() { return DemoState::Password; }

QString DemoServer::createAccessToken(const QString &deviceId)
{
    return onServerThread([this, deviceId] {
        DemoAuthHeader header;
        header.client = QStringLiteral("Marquee");
        header.device = QStringLiteral("in-process");
        header.deviceId = deviceId;
        header.version = QStringLiteral(MARQUEE_VERSION);
        return m_state ? m_state->auth.createSession(m_userId, header).token : QString();
    });
}

void DemoServer::setLatency(int ms) { m_controls->setLatencyMs(ms); }
int DemoServer::latency() const { return m_controls->latencyMs(); }
void DemoServer::setErrorRate(double rate) { m_controls->setErrorRate(rate); }
double DemoServer::errorRate() const { return m_controls->errorRate(); }

bool DemoServer::setOffline(bool offline)
{
    if (!m_thread) {
        m_controls->setOffline(offline);
        return false;
    }
    return onServerThread([this, offline] {
        const bool plex = !m_plexHttp || m_plexHttp->setOffline(offline);
        return m_http && m_http->setOffline(offline) && plex;
    });
}

bool DemoServer::isOffline() const { return m_controls->isOffline(); }
void DemoServer::dropConnectionsMidBody(int count) { m_controls->setDropMidBody(count); }

QString DemoServer::addItem(DemoItemKind kind, const QString &name, const QString &parentId)
{
    return onServerThread([=, this] { return m_state ? m_state->addItem({kind, name, parentId}) : QString(); });
}

bool DemoServer::renameItem(const QString &itemId, const QString &name)
{
    return onServerThread([=, this] { return m_state && m_state->renameItem(itemId, name); });
}

bool DemoServer::deleteItem(const QString &itemId)
{
    return onServerThread([=, this] { return m_state && m_state->deleteItem(itemId); });
}

bool DemoServer::changeUserDataFromOtherDevice(const QString &itemId, const QJsonObject &update)
{
    return onServerThread([=, this] { return m_state && m_state->changeUserData(itemId, update); });
}

void DemoServer::setDownloadsAllowed(bool allowed) { m_controls->setDownloadsAllowed(allowed); }
void DemoServer::setBandwidthLimit(qint64 bytesPerSecond) { m_controls->setBandwidthLimit(bytesPerSecond); }
qint64 DemoServer::mediaBytesSent() const { return m_controls->mediaBytesSent(); }

bool DemoServer::replaceMediaFile(const QString &itemId, qint64 sizeBytes)
{
    return onServerThread([=, this] { return m_state && m_state->replaceMediaFile(itemId, sizeBytes); });
}

qint64 DemoServer::mediaFileSize(const QString &itemId) const
{
    return onServerThread([=, this]() -> qint64 {
        const DemoItem *item = m_state ? m_state->library.find(itemId) : nullptr;
        return item ? m_state->mediaFiles.file(*item).size : 0;
    });
}

QByteArray DemoServer::mediaFileBytes(const QString &itemId, qint64 offset, qint64 length) const
{
    return onServerThread([=, this] {
        const DemoItem *item = m_state ? m_state->library.find(itemId) : nullptr;
        const DemoMediaFiles::Reader read = item ? m_state->mediaFiles.reader(*item) : DemoMediaFiles::Reader();
        return read ? read(offset, length) : QByteArray();
    });
}

QList<QJsonObject> DemoServer::playbackReports() const
{
    return onServerThread([this] { return m_state ? m_state->playbackReports : QList<QJsonObject>(); });
}

QStringList DemoServer::activeEncodings() const
{
    return onServerThread([this] { return m_http ? m_http->state().transcodes.active.keys() : QStringList(); });
}

QStringList DemoServer::stoppedEncodings() const
{
    return onServerThread([this] { return m_http ? m_http->state().transcodes.stopped : QStringList(); });
}

QList<QJsonObject> DemoServer::playbackInfoRequests() const
{
    return onServerThread(
        [this] { return m_http ? m_http->state().transcodes.playbackInfoRequests : QList<QJsonObject>(); });
}

void DemoServer::setConversionsFail(bool fail)
{
    onServerThread([=, this] {
        if (m_http)
            m_http->state().transcodes.failing = fail;
    });
}

QHash<QString, qint64> DemoServer::requestCounts() const { return m_controls->requestCounts(); }
qint64 DemoServer::totalRequests() const { return m_controls->totalRequests(); }
qint64 DemoServer::bytesSent() const { return m_controls->bytesSent(); }
void DemoServer::resetCounters() { m_controls->resetCounters(); }

QStringList DemoServer::itemIds(DemoItemKind kind) const
{
    return onServerThread([=, this] {
        QStringList ids;
        if (m_state) {
            for (const DemoItem &item : m_state->library.items()) {
                if (item.kind == kind)
                    ids.append(item.id);
            }
        }
        return ids;
    });
}

int DemoServer::itemCount() const
{
    return onServerThread([this] { return m_state ? int(m_state->library.size()) : 0; });
}

QString DemoServer::libraryId(const QString &collectionType) const
{
    return onServerThread([=, this] {
        if (m_state) {
            for (const DemoItem *view : m_state->library.views()) {
                if (view->collectionType == collectionType)
                    return view->id;
            }
        }
        return QString();
    });
}

quint16 DemoServer::plexPort() const { return m_plexPort; }

QUrl DemoServer::plexBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPort(m_plexPort);
    return url;
}

QString DemoServer::plexServerId() const
{
    return onServerThread([this] { return m_state ? m_state->plexServerId() : QString(); });
}

QString DemoServer::plexServerToken() const
{
    return onServerThread([this] { return m_state ? m_state->plex.serverToken : QString(); });
}

QString DemoServer::plexAccountToken() const
{
    return onServerThread([this] { return m_state ? m_state->plex.accountToken : QString(); });
}

bool DemoServer::claimPlexPin(const QString &code)
{
    return onServerThread([this, code] {
        if (!m_state)
            return false;
        return m_state->claimPlexPin(code);
    });
}

QString DemoServer::plexRatingKey(const QString &itemId) const
{
    return onServerThread([this, itemId] {
        if (!m_state)
            return QString();
        const DemoItem *item = m_state->library.find(itemId);
        if (!item)
            return QString();
        if (item->kind == DemoItemKind::CollectionFolder)
            return QString::number(m_state->sectionKeyOf(item->id));
        return QString::number(item->ratingKey);
    });
}

QList<QJsonObject> DemoServer::plexTimelineReports() const
{
    return onServerThread([this] { return m_state ? m_state->plexTimelineReports : QList<QJsonObject>(); });
}

void DemoServer::changeIdentity()
{
    onServerThread([this] {
        if (m_state)
            m_state->changeIdentity();
    });
}

} // namespace marquee
