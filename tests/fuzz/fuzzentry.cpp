// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentry.h"

#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinresponseparser.h"
#include "backend/jsonfields.h"

#include <QSet>

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
    const Result<QList<MediaSource>> sources = JellyfinResponseParser::parsePlaybackInfo(body);
    bool negativeSize = false;
    for (const MediaSource &source : sources ? sources.value() : QList<MediaSource>())
        negativeSize = negativeSize || source.sizeBytes < 0;
    // The same bytes as a date, the one free-form text the parsers interpret.
    const std::optional<qint64> date = JsonFields::parseDateMs(QString::fromUtf8(body.left(64)));
    return firstProblem({
        checkError(info, "server info"),
        info && info.value().id.isEmpty() ? QStringLiteral("server info without an id") : QString(),
        checkError(session, "authentication"),
        session && session.value().accessToken.isEmpty() ? QStringLiteral("a session without a token") : QString(),
        checkError(user, "user"), checkError(libraries, "libraries"), 
        // A server's ErrorCode (NotAllowed …) is a refusal, not a malformed body.
        !sources && sources.error().kind == ErrorKind::ClientError ? QString() : checkError(sources, "playback info"),
        negativeSize ? QStringLiteral("a media source with a negative size") : QString(),
        date && JsonFields::parseDateMs(JsonFields::formatDateMs(*date)) != date
            ? QStringLiteral("a date that does not survive a round trip")
            : QString(),
    });
}

} // namespace marquee::fuzz
