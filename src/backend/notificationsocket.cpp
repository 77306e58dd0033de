// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/notificationsocket.h"

#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace marquee {

NotificationSocket::NotificationSocket(QObject *parent)
    : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &NotificationSocket::connectSocket);
}

NotificationSocket::~NotificationSocket()
{
    stop();
}

void NotificationSocket::setReconnectDelays(int baseMs, int maxMs)
{
    m_reconnectBaseMs = std::max(1, baseMs);
    m_reconnectMaxMs = std::max(m_reconnectBaseMs, maxMs);
}

void NotificationSocket::start(const QNetworkRequest &request)
{
    stop();
    m_request = request;
    m_started = true;
    m_failures = 0;
    connectSocket();
}

void NotificationSocket::stop()
{
    m_started = false;
    m_reconnect.stop();
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

void NotificationSocket::sendTextMessage(const QString &message)
{
    if (m_socket && m_connected)
        m_socket->sendTextMessage(message);
}

void NotificationSocket::connectSocket()
{
    if (!m_started || m_socket)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &NotificationSocket::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &NotificationSocket::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &NotificationSocket::textMessageReceived);
    qCDebug(lcBackend).noquote() << "notifications: connecting to" << redactedUrl(m_request.url());
    m_socket->open(m_request);
}

void NotificationSocket::onConnected()
{
    m_failures = 0;
    m_connected = true;
    qCInfo(lcBackend).noquote() << "notifications: connected to" << redactedUrl(m_request.url());
    Q_EMIT connectedChanged(true);
}

void NotificationSocket::onDisconnected()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connected) {
        m_connected = false;
        qCInfo(lcBackend) << "notifications: disconnected";
        Q_EMIT connectedChanged(false);
    }
    scheduleReconnect();
}

void NotificationSocket::scheduleReconnect()
{
    if (!m_started)
        return;
    const double base = double(m_reconnectBaseMs) * double(1 << std::min(m_failures, 16));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    const int delay = int(std::min(base * jitter, double(m_reconnectMaxMs)));
    ++m_failures;
    qCDebug(lcBackend) << "notifications: reconnecting in" << delay << "ms";
    m_reconnect.start(delay);
}

} // namespace marquee
