// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexresponseparser.h"

#include "backend/jsonfields.h"
#include "backend/plexitemparser.h"
#include "backend/plexrequests.h"

#include <QJsonArray>

namespace marquee {

namespace {

using J = JsonFields;
using P = PlexItemParser;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QString collectionTypeOf(const QString &sectionType)
{
    if (sectionType == QLatin1String("movie"))
        return QStringLiteral("movies");
    if (sectionType == QLatin1String("show"))
        return QStringLiteral("tvshows");
    if (sectionType == QLatin1String("artist"))
        return QStringLiteral("music");
    if (sectionType == QLatin1String("photo"))
        return QStringLiteral("photos");
    return sectionType;
}

} // namespace

Result<ServerInfo> PlexResponseParser::parseIdentity(const QByteArray &body)
{
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return container.error();
    ServerInfo info;
    info.id = P::text(container.value(), key("machineIdentifier"));
    info.version = J::string(container.value(), key("version"));
    info.productName = QStringLiteral("Plex Media Server");
    if (info.id.isEmpty())
        return J::badResponse(QStringLiteral("server identity without a machineIdentifier"));
    return info;
}

Result<PlexServerRoot> PlexResponseParser::parseServerRoot(const QByteArray &body)
{
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return container.error();
    PlexServerRoot root;
    root.machineIdentifier = P::text(container.value(), key("machineIdentifier"));
    root.friendlyName = J::string(container.value(), key("friendlyName"));
    root.version = J::string(container.value(), key("version"));
    root.myPlexUsername = J::string(container.value(), key("myPlexUsername"));
    if (root.machineIdentifier.isEmpty())
        return J::badResponse(QStringLiteral("server answer without a machineIdentifier"));
    return root;
}

Result<QList<Library>> PlexResponseParser::parseSections(const QByteArray &body)
{
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return container.error();
    const Result<QJsonArray> directories = J::optionalArray(container.value(), key("Directory"));
    if (!directories)
        return directories.error();
    QList<Library> libraries;
    int index = 0;
    for (const QJsonValue &value : directories.value()) {
        const QJsonObject section = value.toObject();
        const QString sectionKey = P::text(section, key("key"));
        if (sectionKey.isEmpty())
            continue;
        Library library;
        library.id = PlexRequests::libraryId(sectionKey);
        library.name = J::string(section, key("title"));
        library.collectionType = collectionTypeOf(J::string(section, key("type")));
        library.sortIndex = index++;
        library.primaryImageTag = J::string(section, key("composite"));
        if (library.primaryImageTag.isEmpty())
            library.primaryImageTag = J::string(section, key("thumb"));
        libraries.append(library);
    }
    return libraries;
}

Result<PlexTimelineAnswer> PlexResponseParser::parseTimelineAnswer(const QByteArray &body)
{
    // The report was taken (2xx); only a termination is worth reading, and an answer without one (empty, XML from
    // a server that ignored Accept) is not a failure.
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return PlexTimelineAnswer{};
    PlexTimelineAnswer answer;
    answer.terminationCode = int(P::integer(container.value(), key("terminationCode")).value_or(0));
    answer.terminationText = J::string(container.value(), key("terminationText"));
    return answer;
}

Result<PlexPin> PlexResponseParser::parsePin(const QByteArray &body)
{
    const Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    PlexPin pin;
    pin.id = P::integer(root.value(), key("id")).value_or(0);
    pin.code = J::string(root.value(), key("code"));
    pin.authToken = J::string(root.value(), key("authToken"));
    if (pin.id <= 0 || pin.code.isEmpty())
        return J::badResponse(QStringLiteral("a PIN without an id or a code"));
    return pin;
}

Result<QList<PlexServerResource>> PlexResponseParser::parseResources(const QByteArray &body)
{
    const Result<QJsonDocument> document = J::parseDocument(body);
    if (!document)
        return document.error();
    if (!document.value().isArray())
        return J::badResponse(QStringLiteral("the resources list is not an array"));
    QList<PlexServerResource> servers;
    for (const QJsonValue &value : document.value().array()) {
        const QJsonObject device = value.toObject();
        if (!J::string(device, key("provides")).split(QLatin1Char(',')).contains(QStringLiteral("server")))
            continue;
        PlexServerResource server;
        server.name = J::string(device, key("name"));
        server.clientIdentifier = J::string(device, key("clientIdentifier"));
        server.accessToken = J::string(device, key("accessToken"));
        server.owned = P::flag(device, key("owned"));
        const QJsonArray connections = J::array(device, key("connections"));
        for (const QJsonValue &entry : connections) {
            const QJsonObject connection = entry.toObject();
            const QUrl uri(J::string(connection, key("uri")));
            if (!uri.isValid() || (uri.scheme() != QLatin1String("http") && uri.scheme() != QLatin1String("https")))
                continue;
            server.connections.append({uri, P::flag(connection, key("local")), P::flag(connection, key("relay"))});
        }
        if (server.clientIdentifier.isEmpty() || server.connections.isEmpty())
            continue;
        servers.append(server);
    }
    return servers;
}

Result<UserInfo> PlexResponseParser::parseAccount(const QByteArray &body)
{
    const Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    UserInfo user;
    user.id = P::text(root.value(), key("id"));
    if (user.id.isEmpty())
        user.id = J::string(root.value(), key("uuid"));
    user.name = J::string(root.value(), key("username"));
    if (user.name.isEmpty())
        user.name = J::string(root.value(), key("title"));
    if (user.id.isEmpty())
        return J::badResponse(QStringLiteral("a plex.tv account without an id"));
    return user;
}

} // namespace marquee
