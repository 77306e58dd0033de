// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinresponseparser.h"

#include "backend/jellyfinitemparser.h"
#include "backend/jsonfields.h"

namespace marquee {

namespace {

using J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

Result<ServerInfo> JellyfinResponseParser::parseServerInfo(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    ServerInfo info;
    info.id = JellyfinItemParser::normalizeId(J::string(root.value(), key("Id")));
    info.name = J::string(root.value(), key("ServerName"));
    info.version = J::string(root.value(), key("Version"));
    info.productName = J::string(root.value(), key("ProductName"));
    if (info.id.isEmpty())
        return J::badResponse(QStringLiteral("server info without an Id"));
    return info;
}

Result<Session> JellyfinResponseParser::parseAuthentication(const QByteArray &body, const QUrl &serverUrl)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject user = J::object(root.value(), key("User"));
    Session session;
    session.serverUrl = serverUrl;
    session.accessToken = J::string(root.value(), key("AccessToken"));
    session.serverId = JellyfinItemParser::normalizeId(J::string(root.value(), key("ServerId")));
    if (session.serverId.isEmpty())
        session.serverId = JellyfinItemParser::normalizeId(J::string(user, key("ServerId")));
    session.userId = JellyfinItemParser::normalizeId(J::string(user, key("Id")));
    session.userName = J::string(user, key("Name"));
    if (session.accessToken.isEmpty() || session.userId.isEmpty())
        return J::badResponse(QStringLiteral("sign-in answer without a token or user id"));
    return session;
}

Result<UserInfo> JellyfinResponseParser::parseUser(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    UserInfo user;
    user.id = JellyfinItemParser::normalizeId(J::string(root.value(), key("Id")));
    user.name = J::string(root.value(), key("Name"));
    user.serverId = JellyfinItemParser::normalizeId(J::string(root.value(), key("ServerId")));
    if (user.id.isEmpty())
        return J::badResponse(QStringLiteral("user without an Id"));
    return user;
}

Result<QList<Library>> JellyfinResponseParser::parseLibraries(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    const Result<QJsonArray> array = J::optionalArray(root.value(), key("Items"));
    if (!array)
        return array.error();
    QList<Library> libraries;
    int index = 0;
    for (const QJsonValue &value : array.value()) {
        const QJsonObject view = value.toObject();
        Library library;
        library.id = JellyfinItemParser::normalizeId(J::string(view, key("Id")));
        if (library.id.isEmpty())
            continue;
        library.name = J::string(view, key("Name"));
        library.collectionType = J::string(view, key("CollectionType")).toLower();
        library.sortIndex = index++;
        library.primaryImageTag = J::string(J::object(view, key("ImageTags")), key("Primary"));
        libraries.append(library);
    }
    return libraries;
}

} // namespace marquee
