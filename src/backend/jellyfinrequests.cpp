// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinrequests.h"

#include "backend/jellyfinauthorization.h"
#include "backend/jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace marquee {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

JellyfinRequests::JellyfinRequests(const QUrl &serverUrl, const ClientIdentity &identity)
    : m_serverUrl(serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash))
    , m_identity(identity)
{
}

QString JellyfinRequests::pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl JellyfinRequests::endpoint(const QString &path, const QueryItems &query) const
{
    return endpointUrl(m_serverUrl, path, query);
}

HttpRequest JellyfinRequests::request(HttpMethod method, const QString &path, const QueryItems &query,
                                      const QString &token, const QByteArray &jsonBody) const
{
    HttpRequest request;
    request.method = method;
    request.url = endpoint(path, query);
    request.headers.append({QByteArrayLiteral("Authorization"), JellyfinAuthorization::headerValue(m_identity, token)});
    request.trustedCertificateSha256 = m_trustedCertificate;
    if (method == HttpMethod::Post) {
        request.body = jsonBody;
        request.contentType = QByteArrayLiteral("application/json");
    }
    return request;
}

QString JellyfinRequests::fieldsFor(DetailLevel level)
{
    QString fields = QStringLiteral(
        "Etag,DateCreated,SortName,Overview,Genres,ParentId,PrimaryImageAspectRatio,ChildCount,OriginalTitle,CanDownload");
    if (level == DetailLevel::Full)
        fields += QStringLiteral(",People,Studios,MediaSources,Taglines,ProviderIds");
    return fields;
}

QueryItems JellyfinRequests::listingExtras(const QString &userId, DetailLevel level)
{
    QueryItems query;
    if (!userId.isEmpty())
        query.append({QStringLiteral("userId"), userId});
    query.append({QStringLiteral("fields"), fieldsFor(level)});
    query.append({QStringLiteral("enableImageTypes"), QStringLiteral("Primary,Backdrop,Thumb")});
    query.append({QStringLiteral("imageTypeLimit"), QStringLiteral("1")});
    query.append({QStringLiteral("enableUserData"), QStringLiteral("true")});
    return query;
}

QueryItems JellyfinRequests::itemQuery(const ItemQuery &q, const QString &userId, bool idsOnly)
{
    QueryItems query;
    if (!userId.isEmpty())
        query.append({QStringLiteral("userId"), userId});
    if (!q.parentId.isEmpty())
        query.append({QStringLiteral("parentId"), q.parentId});
    query.append({QStringLiteral("recursive"), boolText(q.recursive)});
    if (!q.includeItemTypes.isEmpty()) {
        QStringList types;
        for (ItemType type : q.includeItemTypes)
            types.append(itemTypeName(type));
        query.append({QStringLiteral("includeItemTypes"), types.join(QLatin1Char(','))});
    }
    query.append({QStringLiteral("startIndex"), QString::number(std::max(0, q.startIndex))});
    if (q.limit)
        query.append({QStringLiteral("limit"), QString::number(std::max(0, *q.limit))});
    if (!q.sortBy.isEmpty()) {
        query.append({QStringLiteral("sortBy"), q.sortBy.join(QLatin1Char(','))});
        query.append({QStringLiteral("sortOrder"),
                      q.sortOrder == SortOrder::Ascending ? QStringLiteral("Ascending") : QStringLiteral("Descending")});
    }
    if (q.minDateLastSavedMs)
        query.append({QStringLiteral("minDateLastSaved"), JsonFields::formatDateMs(*q.minDateLastSavedMs)});
    if (q.minDateLastSavedForUserMs)
        query.append({QStringLiteral("minDateLastSavedForUser"), JsonFields::formatDateMs(*q.minDateLastSavedForUserMs)});
    if (!q.ids.isEmpty())
        query.append({QStringLiteral("ids"), q.ids.join(QLatin1Char(','))});
    if (!q.searchTerm.isEmpty())
        query.append({QStringLiteral("searchTerm"), q.searchTerm});
    if (!q.filters.isEmpty())
        query.append({QStringLiteral("filters"), q.filters.join(QLatin1Char(','))});
    query.append({QStringLiteral("enableTotalRecordCount"), boolText(q.enableTotalRecordCount)});
    if (idsOnly) {
        query.append({QStringLiteral("fields"), QStringLiteral("Etag")});
        query.append({QStringLiteral("enableImages"), QStringLiteral("false")});
        query.append({QStringLiteral("enableUserData"), QStringLiteral("false")});
        return query;
    }
    query.append({QStringLiteral("fields"), fieldsFor(q.detail)});
    query.append({QStringLiteral("enableImages"), boolText(q.enableImages)});
    if (q.enableImages) {
        query.append({QStringLiteral("enableImageTypes"), QStringLiteral("Primary,Backdrop,Thumb")});
        query.append({QStringLiteral("imageTypeLimit"), QStringLiteral("1")});
    }
    query.append({QStringLiteral("enableUserData"), boolText(q.enableUserData)});
    return query;
}

QUrl JellyfinRequests::imageUrl(const ImageRequest &image) const
{
    return endpoint(imagePath(image), imageQuery(image));
}

QString JellyfinRequests::imagePath(const ImageRequest &image)
{
    QString path = QStringLiteral("/Items/") + pathSegment(image.itemId) + QStringLiteral("/Images/")
        + imageTypeName(image.type);
    if (image.index >= 0)
        path += QLatin1Char('/') + QString::number(image.index);
    return path;
}

QueryItems JellyfinRequests::imageQuery(const ImageRequest &image)
{
    QueryItems query;
    if (!image.tag.isEmpty())
        query.append({QStringLiteral("tag"), image.tag});
    if (image.maxWidth > 0)
        query.append({QStringLiteral("maxWidth"), QString::number(image.maxWidth)});
    query.append({QStringLiteral("quality"), QString::number(std::clamp(image.quality, 1, 100))});
    return query;
}

QByteArray JellyfinRequests::authenticateBody(const QString &userName, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("Username"), userName}, {QStringLiteral("Pw"), password}})
        .toJson(QJsonDocument::Compact);
}

QByteArray JellyfinRequests::playbackBody(const PlaybackReport &report, bool stop)
{
    QJsonObject body;
    body.insert(QStringLiteral("ItemId"), report.itemId);
    if (!report.mediaSourceId.isEmpty())
        body.insert(QStringLiteral("MediaSourceId"), report.mediaSourceId);
    if (!report.playSessionId.isEmpty())
        body.insert(QStringLiteral("PlaySessionId"), report.playSessionId);
    if (report.positionTicks)
        body.insert(QStringLiteral("PositionTicks"), *report.positionTicks);
    if (stop) {
        body.insert(QStringLiteral("Failed"), report.failed);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    body.insert(QStringLiteral("IsPaused"), report.isPaused);
    body.insert(QStringLiteral("IsMuted"), report.isMuted);
    body.insert(QStringLiteral("CanSeek"), report.canSeek);
    body.insert(QStringLiteral("PlayMethod"), report.playMethod);
    if (report.audioStreamIndex)
        body.insert(QStringLiteral("AudioStreamIndex"), *report.audioStreamIndex);
    if (report.subtitleStreamIndex)
        body.insert(QStringLiteral("SubtitleStreamIndex"), *report.subtitleStreamIndex);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray JellyfinRequests::userDataBody(const UserDataUpdate &update)
{
    QJsonObject body;
    if (update.positionTicks)
        body.insert(QStringLiteral("PlaybackPositionTicks"), *update.positionTicks);
    if (update.played)
        body.insert(QStringLiteral("Played"), *update.played);
    if (update.playCount)
        body.insert(QStringLiteral("PlayCount"), *update.playCount);
    if (update.isFavorite)
        body.insert(QStringLiteral("IsFavorite"), *update.isFavorite);
    if (update.lastPlayedAtMs)
        body.insert(QStringLiteral("LastPlayedDate"), JsonFields::formatDateMs(*update.lastPlayedAtMs));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace marquee
