// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demohttpserver.h"

#include "core/clock.h"
#include "core/logging.h"
#include "demoserver/adminroutes.h"
#include "demoserver/democontrols.h"
#include "demoserver/demoformat.h"
#include "demoserver/demonotifier.h"
#include "demoserver/demostreamwriter.h"
#include "demoserver/downloadroutes.h"
#include "demoserver/itemroutes.h"
#include "demoserver/hlsroutes.h"
#include "demoserver/mediaroutes.h"
#include "demoserver/playbackextrasroutes.h"
#include "demoserver/playbackinforoutes.h"
#include "demoserver/playstateroutes.h"
#include "demoserver/plexroutes.h"
#include "demoserver/userroutes.h"

#include <QHttpServerRequest>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace marquee {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 416: return "Range Not Satisfiable";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QString tokenFromQuery(const QUrl &url)
{
    // `ApiKey` is how URLs without headers authenticate; `api_key` is legacy and refused.
    return QueryParams(url, {QStringLiteral("ApiKey")}).value(QLatin1String("ApiKey"));
}

} // namespace

DemoHttpServer::DemoHttpServer(DemoState &state, DemoControls &controls, DemoFace face, QObject *parent)
    : QAbstractHttpServer(parent), m_controls(controls), m_state(state), m_face(face)
{
    if (face == DemoFace::Jellyfin) {
        m_notifier = new DemoNotifier(DemoNotifier::Dialect::Jellyfin, this);
        m_state.notifier = m_notifier;
        UserRoutes::addTo(m_router, m_state);
        ItemRoutes::addTo(m_router, m_state);
        PlaystateRoutes::addTo(m_router, m_state);
        MediaRoutes::addTo(m_router, m_state);
        PlaybackInfoRoutes::addTo(m_router, m_state);
        HlsRoutes::addTo(m_router, m_state);
        PlaybackExtrasRoutes::addTo(m_router, m_state);
        DownloadRoutes::addTo(m_router, m_state);
    } else {
        m_notifier = new DemoNotifier(DemoNotifier::Dialect::Plex, this);
        m_state.plexNotifier = m_notifier;
        m_plexSession.userId = m_state.userId();
        m_plexSession.token = m_state.plex.serverToken;
        PlexRoutes::addLibraryRoutes(m_router, m_state);
        PlexRoutes::addPlaystateRoutes(m_router, m_state);
        PlexRoutes::addMediaRoutes(m_router, m_state);
        PlexRoutes::addPlaybackRoutes(m_router, m_state);
        PlexRoutes::addPlexTvRoutes(m_router, m_state);
    }
    AdminRoutes::addTo(m_router, m_state, [this](int ms) { goOfflineFor(ms); });
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &DemoHttpServer::acceptWebSockets);
}

DemoHttpServer::~DemoHttpServer()
{
    (m_face == DemoFace::Jellyfin ? m_state.notifier : m_state.plexNotifier) = nullptr;
}

quint16 DemoHttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port)) {
        qCWarning(lcDemoServer) << "demo server cannot listen on" << address << port << m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return 0;
    }
    m_port = m_tcp->serverPort();
    bind(m_tcp);
    return m_port;
}

bool DemoHttpServer::setOffline(bool offline)
{
    m_controls.setOffline(offline);
    if (!m_tcp)
        return false;
    if (offline) {
        m_tcp->close();
        for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
            socket->abort();
        m_notifier->closeAll();
        return true;
    }
    if (m_tcp->isListening())
        return true;
    return m_tcp->listen(m_address, m_port);
}

void DemoHttpServer::goOfflineFor(int ms)
{
    // Leave the current (admin) response a moment to go out before the sockets are cut.
    QTimer::singleShot(20, this, [this] { setOffline(true); });
    QTimer::singleShot(20 + ms, this, [this] { setOffline(false); });
}

const DemoSession *DemoHttpServer::sessionFor(const QHttpServerRequest &request) const
{
    if (m_face == DemoFace::Plex)
        return PlexRoutes::tokenOf(request.url(), request.value("X-Plex-Token")) == m_state.plex.serverToken
            ? &m_plexSession
            : nullptr;
    QString token;
    if (const auto header = DemoAuth::parseHeader(request.value("Authorization")))
        token = header->token;
    if (token.isEmpty())
        token = tokenFromQuery(request.url());
    return token.isEmpty() ? nullptr : m_state.auth.find(token);
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_controls.isOffline()) {
        socket->abort();
        return true;
    }
    // Qt 6.4 shows the WebSocket upgrade request here before it hands the socket to its
    // WebSocket server; answering it would put a stray response in front of the 101.
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    DemoRequest req;
    const DemoRoute *route = m_router.match(method, path, &req.args);
    const bool admin = path.startsWith(QLatin1String("/Demo/"), Qt::CaseInsensitive);
    m_controls.countRequest(route ? route->pattern : path);

    DemoReply reply;
    const int injected = admin ? 0 : m_controls.rollError();
    if (injected != 0) {
        reply = DemoReply::serverError(injected);
    } else if (!route) {
        if (m_router.hasPath(path))
            reply.status = 405;
        else
            reply = DemoReply::notFound();
    } else {
        req.session = sessionFor(request);
        if (route->requiresAuth && !req.session) {
            reply = DemoReply::unauthorized();
        } else {
            req.method = method;
            req.path = path;
            req.url = request.url();
            req.query = QueryParams(request.url(), route->queryParams);
            req.body = request.body();
            req.headers = request.headers();
            reply = route->handler(req);
        }
    }

    const bool head = method == "HEAD";
    const bool drop = !admin && m_controls.takeDrop();
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    const int latency = admin ? 0 : m_controls.latencyMs();
    if (latency > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(latency, socket, [this, guard, reply, head, drop, close] {
            if (guard && !m_controls.isOffline())
                writeReply(guard, reply, head, drop, close);
        });
    } else {
        writeReply(socket, reply, head, drop, close);
    }
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeReply(socket, DemoReply::notFound(), false, false, false);
}

void DemoHttpServer::writeReply(QTcpSocket *socket, const DemoReply &reply, bool head, bool drop, bool close)
{
    QByteArray out = QByteArray("HTTP/1.1 ") + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += QByteArray("Content-Type: ") + reply.contentType + "\r\n";
    if (reply.status != 204 && reply.status != 304)
        out += QByteArray("Content-Length: ") + QByteArray::number(reply.contentLength()) + "\r\n";
    out += QByteArray("Date: ") + DemoFormat::httpDate(m_state.nowMs()) + "\r\n";
    out += "Server: Kestrel\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    const bool withBody = !head && reply.status != 204 && reply.status != 304;
    if (withBody && reply.bodyReader) {
        socket->write(out);
        m_controls.addBytesSent(out.size());
        // A dropped connection promises the whole body and hangs up halfway, as below.
        const qint64 end = drop ? reply.bodySize / 2 : reply.bodySize;
        auto *writer = new DemoStreamWriter(socket, reply.bodyReader, end, close || drop, m_controls);
        writer->start();
        return;
    }
    if (drop) {
        // Promise the whole body, send half, hang up: what a dying connection looks like.
        if (withBody)
            out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        m_controls.addBytesSent(out.size());
        socket->disconnectFromHost();
        return;
    }
    if (withBody)
        out += reply.body;
    socket->write(out);
    m_controls.addBytesSent(out.size());
    if (close)
        socket->disconnectFromHost();
}

void DemoHttpServer::acceptWebSockets()
{
    while (auto socket = nextPendingWebSocketConnection()) {
        const QUrl url = socket->requestUrl();
        bool allowed = false;
        if (m_face == DemoFace::Plex) {
            // Both spellings: the official specification's singular and the plural real clients use.
            allowed = (url.path() == QLatin1String("/:/websockets/notifications")
                       || url.path() == QLatin1String("/:/websocket/notifications"))
                && PlexRoutes::tokenOf(url, socket->request().rawHeader("X-Plex-Token")) == m_state.plex.serverToken;
        } else {
            QString token = tokenFromQuery(url);
            if (token.isEmpty()) {
                if (const auto header = DemoAuth::parseHeader(socket->request().rawHeader("Authorization")))
                    token = header->token;
            }
            allowed = url.path().compare(QLatin1String("/socket"), Qt::CaseInsensitive) == 0 && m_state.auth.find(token);
        }
        m_controls.countRequest(url.path());
        if (m_controls.isOffline() || !allowed) {
            QWebSocket *rejected = socket.release();
            rejected->setParent(this);
            connect(rejected, &QWebSocket::disconnected, rejected, &QObject::deleteLater);
            rejected->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Unauthorized"));
            continue;
        }
        m_notifier->addClient(std::move(socket));
    }
}

} // namespace marquee
