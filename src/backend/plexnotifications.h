// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clientidentity.h"
#include "backend/notificationsocket.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace marquee {

/**
 * @brief Plex's live change feed (`/:/websockets/notifications`) as the same signals JellyfinNotifications gives, so
 * that ServerEventsBridge serves both.
 *
 * `timeline` entries of the library become libraryChanged: state 0 (created) added, 5 (processed) updated,
 * 9 deleted removed. A `playing` entry that stopped means the item's watch state moved: its id comes as updated,
 * since the message carries only a position, not the played state. Everything else is ignored. Reconnects with
 * backoff while started. The token travels as `X-Plex-Token` (header and query) and is never logged.
 */
class PlexNotifications : public QObject
{
    Q_OBJECT

public:
    PlexNotifications(const QUrl &serverUrl, const ClientIdentity &identity, QObject *parent = nullptr);
    ~PlexNotifications() override;

    void start(const QString &accessToken);
    void stop();
    [[nodiscard]] bool isConnected() const { return m_socket.isConnected(); }
    void setReconnectDelays(int baseMs, int maxMs) { m_socket.setReconnectDelays(baseMs, maxMs); }
    [[nodiscard]] QString redactedSocketUrl() const;

Q_SIGNALS:
    void connectedChanged(bool connected);
    void libraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed);

private:
    void onMessage(const QString &message);
    [[nodiscard]] QUrl socketUrl() const;

    QUrl m_serverUrl;
    ClientIdentity m_identity;
    QString m_token;
    NotificationSocket m_socket;
};

} // namespace marquee
