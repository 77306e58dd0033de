// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clientidentity.h"
#include "backend/notificationsocket.h"
#include "core/userdata.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace marquee {

/**
 * @brief Jellyfin's live change feed (the `/socket` WebSocket) as typed signals.
 *
 * Sends KeepAlive at the pace the server asks for (ForceKeepAlive), and reconnects with exponential
 * backoff and jitter while started. Lives on the thread that creates it (the GUI thread is fine: the
 * messages are small); signals are emitted there. The token is sent in the Authorization header and as
 * the ApiKey query item, and never logged.
 */
class JellyfinNotifications : public QObject
{
    Q_OBJECT

public:
    JellyfinNotifications(const QUrl &serverUrl, const ClientIdentity &identity, QObject *parent = nullptr);
    ~JellyfinNotifications() override;

    void start(const QString &accessToken);
    void stop();
    [[nodiscard]] bool isConnected() const { return m_socket.isConnected(); }

    void setReconnectDelays(int baseMs, int maxMs) { m_socket.setReconnectDelays(baseMs, maxMs); }
    /// The socket address without the token (for logs and the footer).
    [[nodiscard]] QString redactedSocketUrl() const;

Q_SIGNALS:
    void connectedChanged(bool connected);
    /// Another client (or this one) changed these items' user data; @p userData carries the new values.
    void userDataChanged(const QStringList &itemIds, const QList<marquee::UserData> &userData);
    void libraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed);
    /// ServerShuttingDown or ServerRestarting: expect a disconnect; reconnecting is automatic.
    void serverGoingAway();

private:
    void onConnectedChanged(bool connected);
    void onMessage(const QString &message);
    void sendKeepAlive();
    [[nodiscard]] QUrl socketUrl() const;

    QUrl m_serverUrl;
    ClientIdentity m_identity;
    QString m_token;
    NotificationSocket m_socket;
    QTimer m_keepAlive;
};

} // namespace marquee
