// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentry.h"

#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinplaybackparser.h"
#include "backend/jellyfinresponseparser.h"
#include "backend/jsonfields.h"
#include "backend/plexbif.h"
#include "backend/plexitemparser.h"
#include "backend/plexplaybackparser.h"
#include "backend/plexresponseparser.h"

#include <QSet>

#include <limits>

namespace marquee::fuzz {

namespace {

constexpr qsizetype MaxTextChars = 1 << 20; // JellyfinItemParser's limit

template <typename T>
QString checkError(const Result<T> &result, const char *what)
{
    if (result.ok())
        return {};
    if (result.error().kind != ErrorKind::BadResponse)
        return QStringLiteral("%1: error of kind %2, not BadResponse").arg(QLatin1String(what), errorKindName(result.error().kind));
    if (result.error().message.isEmpty())
        return QStringLiteral("%1: an error without a message").arg(QLatin1String(what));
    return {};
}

QString checkItems(const QList<MediaItem> &items, const char *what)
{
    QSet<QString> ids;
    for (const MediaItem &item : items) {
        if (item.id.isEmpty())
            return QStringLiteral("%1: an item without an id").arg(QLatin1String(what));
        if (ids.contains(item.id))
            return QStringLiteral("%1: id %2 twice").arg(QLatin1String(what), item.id.left(40));
        ids.insert(item.id);
        for (const QString *text : {&item.name, &item.overview, &item.sortName, &item.originalTitle})
            if (text->size() > MaxTextChars)
                return QStringLiteral("%1: a text past the limit").arg(QLatin1String(what));
        if (item.runTimeTicks < 0 || (item.userData && item.userData->positionTicks < 0))
            return QStringLiteral("%1: a negative duration or position").arg(QLatin1String(what));
    }
    return {};
}

QString firstProblem(std::initializer_list<QString> problems)
{
    for (const QString &problem : problems)
        if (!problem.isEmpty())
            return problem;
    return {};
}

/// A part's preview thumbnails (BIF): a typed error, or pictures that lie within the file, at times that do not go
/// back, each found again by its time, and a trickplay manifest of one picture per tile.
QString checkBif(const QByteArray &body)
{
    const Result<PlexBif> bif = PlexBif::parse(body);
    if (!bif)
        return checkError(bif, "plex bif");
    const PlexBif &b = bif.value();
    if (b.imageCount() <= 0 || b.imageCount() > PlexBif::MaxImages || b.intervalMs() <= 0 || b.intervalMs() > PlexBif::MaxUnitMs)
        return QStringLiteral("plex bif: %1 pictures %2 ms apart").arg(b.imageCount()).arg(b.intervalMs());
    qint64 total = 0;
    for (int i = 0; i < b.imageCount(); ++i) {
        const QByteArray picture = b.image(i);
        if (picture.isEmpty())
            return QStringLiteral("plex bif: picture %1 is empty").arg(i);
        total += picture.size();
    }
    if (total > body.size())
        return QStringLiteral("plex bif: the pictures are larger than the file");
    if (b.imageAt(-1) != b.image(0) || b.imageAt(std::numeric_limits<qint64>::max()) != b.image(b.imageCount() - 1))
        return QStringLiteral("plex bif: a time before or after every picture finds no end picture");
    const Result<TrickplayInfo> info = b.trickplay(QStringLiteral("/library/parts/1/1/file.mkv"));
    if (info && (!info.value().isValid() || info.value().tileWidth != 1 || info.value().tileHeight != 1))
        return QStringLiteral("plex bif: a trickplay manifest the player cannot use");
    return info ? QString() : checkError(info, "plex bif trickplay");
}

} // namespace

QString checkItemBodies(const QByteArray &body)
{
    const Result<ItemPage> page = JellyfinItemParser::parseItemPage(body, DetailLevel::Full);
    const Result<ItemPage> limited = JellyfinItemParser::parseItemPage(body, DetailLevel::Summary, 2);
    const Result<ItemIdPage> ids = JellyfinItemParser::parseItemIdPage(body);
    const Result<QList<MediaItem>> list = JellyfinItemParser::parseItemList(body, DetailLevel::Summary);
    const Result<MediaItem> single = JellyfinItemParser::parseSingleItem(body, DetailLevel::Full);
    const Result<UserData> userData = JellyfinItemParser::parseUserDataBody(body, QStringLiteral("item"));
    return firstProblem({
        checkError(page, "page"), page ? checkItems(page.value().items, "page") : QString(),
        checkError(limited, "limited page"),
        limited && limited.value().items.size() > 2 ? QStringLiteral("limited page: more items than the limit") : QString(),
        checkError(ids, "ids page"), checkError(list, "list"), list ? checkItems(list.value(), "list") : QString(),
        checkError(single, "single"), single ? checkItems({single.value()}, "single") : QString(),
        checkError(userData, "user data"),
    });
}

QString checkResponseBodies(const QByteArray &body)
{
    const Result<ServerInfo> info = JellyfinResponseParser::parseServerInfo(body);
    const Result<Session> session = JellyfinResponseParser::parseAuthentication(body, QUrl(QStringLiteral("http://nas:8096")));
    const Result<UserInfo> user = JellyfinResponseParser::parseUser(body);
    const Result<QList<Library>> libraries = JellyfinResponseParser::parseLibraries(body);
    const Result<PlaybackInfo> playback = JellyfinPlaybackParser::parsePlaybackInfo(body);
    bool negativeSize = false;
    for (const PlaybackSource &source : playback ? playback.value().sources : QList<PlaybackSource>())
        negativeSize = negativeSize || source.sizeBytes < 0;
    // The same bytes as a date, the one free-form text the parsers interpret.
    const std::optional<qint64> date = JsonFields::parseDateMs(QString::fromUtf8(body.left(64)));
    return firstProblem({
        checkError(info, "server info"),
        info && info.value().id.isEmpty() ? QStringLiteral("server info without an id") : QString(),
        checkError(session, "authentication"),
        session && session.value().accessToken.isEmpty() ? QStringLiteral("a session without a token") : QString(),
        checkError(user, "user"), checkError(libraries, "libraries"), checkError(playback, "playback info"),
        negativeSize ? QStringLiteral("a media source with a negative size") : QString(),
        date && JsonFields::parseDateMs(JsonFields::formatDateMs(*date)) != date
            ? QStringLiteral("a date that does not survive a round trip")
            : QString(),
    });
}

QString checkPlexBodies(const QByteArray &body)
{
    const Result<PlexPage> page = PlexItemParser::parsePage(body, DetailLevel::Summary);
    const Result<PlexPage> full = PlexItemParser::parsePage(body, DetailLevel::Full);
    const Result<PlexPage> stamps = PlexItemParser::parseStampPage(body);
    const Result<QList<MediaItem>> hub = PlexItemParser::parseHubItems(body);
    const Result<MediaItem> single = PlexItemParser::parseSingleItem(body, DetailLevel::Full);
    const Result<QList<Library>> sections = PlexResponseParser::parseSections(body);
    const Result<ServerInfo> identity = PlexResponseParser::parseIdentity(body);
    const Result<PlexServerRoot> root = PlexResponseParser::parseServerRoot(body);
    const Result<PlexTimelineAnswer> timeline = PlexResponseParser::parseTimelineAnswer(body);
    const Result<PlexPin> pin = PlexResponseParser::parsePin(body);
    const Result<QList<PlexServerResource>> resources = PlexResponseParser::parseResources(body);
    const Result<UserInfo> account = PlexResponseParser::parseAccount(body);
    const Result<PlaybackInfo> decision = PlexPlaybackParser::parseDecision(body, QStringLiteral("s"), QStringLiteral("/start"));
    const Result<QList<MediaSegment>> markers = PlexPlaybackParser::parseMarkers(body);
    const Result<PlaybackExtras> chapters = PlexPlaybackParser::parseChapters(body);
    QString badMarker;
    for (const MediaSegment &segment : markers ? markers.value() : QList<MediaSegment>()) {
        if (segment.startTicks < 0 || segment.endTicks <= segment.startTicks)
            badMarker = QStringLiteral("plex markers: a segment that ends before it starts");
    }
    const QString bif = checkBif(body);
    QString badConnection;
    if (resources) {
        for (const PlexServerResource &server : resources.value()) {
            for (const PlexConnection &connection : server.connections) {
                if (connection.uri.scheme() != QLatin1String("http") && connection.uri.scheme() != QLatin1String("https"))
                    badConnection = QStringLiteral("resources: a connection that is not http or https");
            }
        }
    }
    return firstProblem({
        checkError(page, "plex page"), page ? checkItems(page.value().items, "plex page") : QString(),
        page && page.value().totalSize && *page.value().totalSize < 0 ? QStringLiteral("plex page: a negative total") : QString(),
        checkError(full, "plex full page"), full ? checkItems(full.value().items, "plex full page") : QString(),
        checkError(stamps, "plex stamps"), checkError(hub, "plex hub"), hub ? checkItems(hub.value(), "plex hub") : QString(),
        checkError(single, "plex item"), single ? checkItems({single.value()}, "plex item") : QString(),
        checkError(sections, "plex sections"), checkError(identity, "plex identity"),
        identity && identity.value().id.isEmpty() ? QStringLiteral("plex identity without an id") : QString(),
        checkError(root, "plex root"), checkError(timeline, "plex timeline"), checkError(pin, "plex pin"),
        checkError(resources, "plex resources"), badConnection, checkError(account, "plex account"),
        checkError(decision, "plex decision"), checkError(markers, "plex markers"), badMarker,
        checkError(chapters, "plex chapters"), bif,
    });
}

} // namespace marquee::fuzz
