// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexrequests.h"

#include <QSysInfo>

namespace marquee {

namespace {
const QString SectionPrefix = QStringLiteral("section-");
} // namespace

PlexRequests::PlexRequests(const QUrl &serverUrl, const ClientIdentity &identity)
    : m_serverUrl(serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash))
    , m_identity(identity)
{
}

QUrl PlexRequests::endpoint(const QString &path, const QueryItems &query) const
{
    return endpointUrl(m_serverUrl, path, query);
}

QList<QPair<QByteArray, QByteArray>> PlexRequests::clientHeaders(const ClientIdentity &identity)
{
    return {
        {QByteArrayLiteral("X-Plex-Product"), identity.client.toUtf8()},
        {QByteArrayLiteral("X-Plex-Version"), identity.version.toUtf8()},
        {QByteArrayLiteral("X-Plex-Client-Identifier"), identity.deviceId.toUtf8()},
        {QByteArrayLiteral("X-Plex-Platform"), QSysInfo::kernelType().toUtf8()},
        {QByteArrayLiteral("X-Plex-Platform-Version"), QSysInfo::kernelVersion().toUtf8()},
        {QByteArrayLiteral("X-Plex-Device"), QSysInfo::prettyProductName().toUtf8()},
        {QByteArrayLiteral("X-Plex-Device-Name"), identity.device.toUtf8()},
        {QByteArrayLiteral("X-Plex-Provides"), QByteArrayLiteral("player")},
        {QByteArrayLiteral("X-Plex-Pms-Api-Version"), ApiVersion},
    };
}

HttpRequest PlexRequests::request(HttpMethod method, const QString &path, const QueryItems &query,
                                  const QString &token, std::optional<Window> window) const
{
    HttpRequest request;
    request.method = method;
    request.url = endpoint(path, query);
    request.headers = clientHeaders(m_identity);
    if (!token.isEmpty())
        request.headers.append({QByteArrayLiteral("X-Plex-Token"), token.toUtf8()});
    if (window) {
        request.headers.append({QByteArrayLiteral("X-Plex-Container-Start"), QByteArray::number(window->start)});
        request.headers.append({QByteArrayLiteral("X-Plex-Container-Size"), QByteArray::number(window->size)});
    }
    request.trustedCertificateSha256 = m_trustedCertificate;
    if (method == HttpMethod::Post || method == HttpMethod::Put)
        request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded"); // everything is in the query
    return request;
}

QString PlexRequests::libraryId(const QString &sectionKey)
{
    return SectionPrefix + sectionKey;
}

QString PlexRequests::sectionKey(const QString &libraryId)
{
    return libraryId.startsWith(SectionPrefix) ? libraryId.mid(SectionPrefix.size()) : QString();
}

std::optional<int> PlexRequests::typeNumber(ItemType type)
{
    switch (type) {
    case ItemType::Movie: return 1;
    case ItemType::Series: return 2;
    case ItemType::Season: return 3;
    case ItemType::Episode: return 4;
    case ItemType::Other: break;
    }
    return std::nullopt;
}

ItemType PlexRequests::itemType(const QString &nameOrNumber)
{
    const QString type = nameOrNumber.trimmed().toLower();
    if (type == QLatin1String("movie") || type == QLatin1String("1"))
        return ItemType::Movie;
    if (type == QLatin1String("show") || type == QLatin1String("2"))
        return ItemType::Series;
    if (type == QLatin1String("season") || type == QLatin1String("3"))
        return ItemType::Season;
    if (type == QLatin1String("episode") || type == QLatin1String("4"))
        return ItemType::Episode;
    return ItemType::Other;
}

QString PlexRequests::sortValue(const QStringList &sortBy, SortOrder order)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("SortName"), QStringLiteral("titleSort")},
        {QStringLiteral("Name"), QStringLiteral("title")},
        {QStringLiteral("DateCreated"), QStringLiteral("addedAt")},
        {QStringLiteral("PremiereDate"), QStringLiteral("originallyAvailableAt")},
        {QStringLiteral("ProductionYear"), QStringLiteral("year")},
        {QStringLiteral("DatePlayed"), QStringLiteral("lastViewedAt")},
        {QStringLiteral("CommunityRating"), QStringLiteral("audienceRating")},
        {QStringLiteral("Runtime"), QStringLiteral("duration")},
        {QStringLiteral("IndexNumber"), QStringLiteral("index")},
    };
    QStringList keys;
    const QString suffix = order == SortOrder::Descending ? QStringLiteral(":desc") : QString();
    for (const QString &name : sortBy) {
        for (const auto &[jellyfin, plex] : names) {
            if (name.compare(jellyfin, Qt::CaseInsensitive) == 0)
                keys.append(plex + suffix);
        }
    }
    if (keys.isEmpty())
        keys.append(QStringLiteral("titleSort") + suffix);
    // Equal keys would let items swap places between two pages: the id settles ties (as PlexKodiConnect sorts).
    keys.append(QStringLiteral("id"));
    return keys.join(QLatin1Char(','));
}

QString PlexRequests::metadataPath(const QString &ratingKey, const QString &element)
{
    QString path = QStringLiteral("/library/metadata/") + QString::fromLatin1(QUrl::toPercentEncoding(ratingKey, ","));
    if (!element.isEmpty())
        path += QLatin1Char('/') + element;
    return path;
}

QUrl PlexRequests::imageUrl(const ImageRequest &image) const
{
    return endpoint(QStringLiteral("/photo/:/transcode"), imageQuery(image));
}

QueryItems PlexRequests::imageQuery(const ImageRequest &image)
{
    // The tag is the image's own path (its trailing stamp changes with the art); without one, the item's current art.
    QString source = image.tag;
    if (source.isEmpty()) {
        const QString element = image.type == ImageType::Backdrop ? QStringLiteral("art") : QStringLiteral("thumb");
        source = metadataPath(image.itemId, element);
    }
    QueryItems query{{QStringLiteral("url"), source}};
    if (image.maxWidth > 0) {
        // A bounding box: as wide as asked and tall enough for a poster, so the width decides.
        query.append({QStringLiteral("width"), QString::number(image.maxWidth)});
        query.append({QStringLiteral("height"), QString::number(image.maxWidth * 2)});
    }
    query.append({QStringLiteral("quality"), QString::number(std::clamp(image.quality, 1, 100))});
    return query;
}

QueryItems PlexRequests::itemKeyQuery(const QString &ratingKey)
{
    return {{QStringLiteral("key"), ratingKey}, {QStringLiteral("identifier"), LibraryIdentifier}};
}

} // namespace marquee
