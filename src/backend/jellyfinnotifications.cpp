// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinnotifications.h"

#include "backend/jellyfinauthorization.h"
#include "backend/jellyfinitemparser.h"
#include "backend/jsonfields.h"
#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace marquee {

namespace {

constexpr int DefaultKeepAliveMs = 30'000;

QStringList idList(const QJsonObject &object, const char *key)
{
    QStringList ids;
    const QStringList raw = JsonFields::stringList(object, QLatin1String(key));
    for (const QString &id : raw)
        ids.append(JellyfinItemParser::normalizeId(id));
    return ids;
}

} // namespace

JellyfinNotifications::JellyfinNotifications(const QUrl &serverUrl, const ClientIdentity &identity, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
    , m_identity(identity)
{
    m_keepAlive.setInterval(DefaultKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &JellyfinNotifications::sendKeepAlive);
    connect(&m_socket, &NotificationSocket::connectedChanged, this, &JellyfinNotifications::onConnectedChanged);
    connect(&m_socket, &NotificationSocket::textMessageReceived, this, &JellyfinNotifications::onMessage);
}

JellyfinNotifications::~JellyfinNotifications()
{
    stop();
}

QUrl JellyfinNotifications::socketUrl() const
{
    QUrl url = m_serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(url.path() + QStringLiteral("/socket"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ApiKey"), QString::fromLatin1(QUrl::toPercentEncoding(m_token)));
    query.addQueryItem(QStringLiteral("deviceId"), QString::fromLatin1(QUrl::toPercentEncoding(m_identity.deviceId)));
    url.setQuery(query);
    return url;
}

QString JellyfinNotifications::redactedSocketUrl() const
{
    return redactedUrl(socketUrl());
}

void JellyfinNotifications::start(const QString &accessToken)
{
    m_token = accessToken;
    QNetworkRequest request(socketUrl());
    request.setRawHeader(QByteArrayLiteral("Authorization"), JellyfinAuthorization::headerValue(m_identity, m_token));
    m_socket.start(request);
}

void JellyfinNotifications::stop()
{
    m_keepAlive.stop();
    m_socket.stop();
}

void JellyfinNotifications::onConnectedChanged(bool connected)
{
    if (connected)
        m_keepAlive.start();
    else
        m_keepAlive.stop();
    Q_EMIT connectedChanged(connected);
}

void JellyfinNotifications::sendKeepAlive()
{
    m_socket.sendTextMessage(QStringLiteral("{\"MessageType\":\"KeepAlive\"}"));
}

void JellyfinNotifications::onMessage(const QString &message)
{
    const QJsonObject root = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = JsonFields::string(root, QLatin1String("MessageType"));
    const QJsonValue data = root.value(QLatin1String("Data"));
    if (type == QLatin1String("ForceKeepAlive")) {
        // Data is the server's idle timeout in seconds; answer at half of it, as jellyfin-web does.
        const double seconds = data.toDouble(DefaultKeepAliveMs / 1000.0);
        m_keepAlive.start(int(std::clamp(seconds * 500.0, 100.0, 300'000.0)));
        sendKeepAlive();
    } else if (type == QLatin1String("UserDataChanged")) {
        QStringList ids;
        QList<UserData> list;
        const QJsonArray entries = JsonFields::array(data.toObject(), QLatin1String("UserDataList"));
        for (const QJsonValue &entry : entries) {
            const UserData userData = JellyfinItemParser::parseUserData(entry.toObject(), QString());
            if (userData.itemId.isEmpty())
                continue;
            ids.append(userData.itemId);
            list.append(userData);
        }
        if (!ids.isEmpty())
            Q_EMIT userDataChanged(ids, list);
    } else if (type == QLatin1String("LibraryChanged")) {
        const QJsonObject info = data.toObject();
        const QStringList added = idList(info, "ItemsAdded");
        const QStringList updated = idList(info, "ItemsUpdated");
        const QStringList removed = idList(info, "ItemsRemoved");
        if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty())
            Q_EMIT libraryChanged(added, updated, removed);
    } else if (type == QLatin1String("ServerShuttingDown") || type == QLatin1String("ServerRestarting")) {
        Q_EMIT serverGoingAway();
    } else if (type.isEmpty()) {
        qCDebug(lcBackend) << "notifications: ignored a message that is not a Jellyfin message";
    }
}

} // namespace marquee
