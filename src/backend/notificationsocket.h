// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace marquee {

/**
 * @brief A server's change-feed WebSocket: connects, and while started reconnects after every loss with exponential
 * backoff and jitter. The request's URL may carry a token; only its redacted form is logged.
 * Lives on the thread that creates it; signals are emitted there.
 */
class NotificationSocket : public QObject
{
    Q_OBJECT

public:
    explicit NotificationSocket(QObject *parent = nullptr);
    ~NotificationSocket() override;

    void start(const QNetworkRequest &request);
    void stop();
    [[nodiscard]] bool isConnected() const { return m_connected; }
    void setReconnectDelays(int baseMs, int maxMs);
    void sendTextMessage(const QString &message);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void textMessageReceived(const QString &message);

private:
    void connectSocket();
    void onConnected();
    void onDisconnected();
    void scheduleReconnect();

    QNetworkRequest m_request;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    int m_reconnectBaseMs = 1000;
    int m_reconnectMaxMs = 60'000;
    int m_failures = 0;
    bool m_started = false;
    bool m_connected = false;
};

} // namespace marquee
