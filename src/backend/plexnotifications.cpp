// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexnotifications.h"

#include "backend/jsonfields.h"
#include "backend/plexitemparser.h"
#include "backend/plexrequests.h"
#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace marquee {

namespace {

using J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

enum TimelineState { Created = 0, Processed = 5, Deleted = 9 };

} // namespace

PlexNotifications::PlexNotifications(const QUrl &serverUrl, const ClientIdentity &identity, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
    , m_identity(identity)
{
    connect(&m_socket, &NotificationSocket::connectedChanged, this, &PlexNotifications::connectedChanged);
    connect(&m_socket, &NotificationSocket::textMessageReceived, this, &PlexNotifications::onMessage);
}

PlexNotifications::~PlexNotifications()
{
    m_socket.stop();
}

QUrl PlexNotifications::socketUrl() const
{
    QUrl url = m_serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(url.path() + QStringLiteral("/:/websockets/notifications"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("X-Plex-Token"), QString::fromLatin1(QUrl::toPercentEncoding(m_token)));
    url.setQuery(query);
    return url;
}

QString PlexNotifications::redactedSocketUrl() const
{
    return redactedUrl(socketUrl());
}

void PlexNotifications::start(const QString &accessToken)
{
    m_token = accessToken;
    QNetworkRequest request(socketUrl());
    for (const auto &[name, value] : PlexRequests::clientHeaders(m_identity))
        request.setRawHeader(name, value);
    request.setRawHeader(QByteArrayLiteral("X-Plex-Token"), m_token.toUtf8());
    m_socket.start(request);
}

void PlexNotifications::stop()
{
    m_socket.stop();
}

void PlexNotifications::onMessage(const QString &message)
{
    const QJsonObject container =
        J::object(QJsonDocument::fromJson(message.toUtf8()).object(), key("NotificationContainer"));
    const QString type = J::string(container, key("type"));
    QStringList added;
    QStringList updated;
    QStringList removed;
    if (type == QLatin1String("timeline")) {
        const QJsonArray entries = J::array(container, key("TimelineEntry"));
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString identifier = J::string(entry, key("identifier"));
            if (!identifier.isEmpty() && identifier != PlexRequests::LibraryIdentifier)
                continue; // DVR and other providers reuse numbers that are not library items
            const QString id = PlexItemParser::text(entry, key("itemID"));
            if (id.isEmpty() || PlexRequests::itemType(PlexItemParser::text(entry, key("type"))) == ItemType::Other)
                continue;
            switch (PlexItemParser::integer(entry, key("state")).value_or(-1)) {
            case Created: added.append(id); break;
            case Processed: updated.append(id); break;
            case Deleted: removed.append(id); break;
            default: break;
            }
        }
    } else if (type == QLatin1String("playing")) {
        const QJsonArray entries = J::array(container, key("PlaySessionStateNotification"));
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = PlexItemParser::text(entry, key("ratingKey"));
            if (!id.isEmpty() && J::string(entry, key("state")) == QLatin1String("stopped"))
                updated.append(id);
        }
    } else if (type.isEmpty()) {
        qCDebug(lcBackend) << "notifications: ignored a message that is not a Plex notification";
    }
    updated.removeDuplicates();
    if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty())
        Q_EMIT libraryChanged(added, updated, removed);
}

} // namespace marquee
