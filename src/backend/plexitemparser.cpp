// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexitemparser.h"

#include "backend/itemlimits.h"
#include "backend/jsonfields.h"
#include "backend/plexrequests.h"
#include "core/logging.h"
#include "core/ticks.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace marquee {

namespace {

using J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

/// The attribute on the item, or hoisted onto its container.
QString inherited(const QJsonObject &item, const QJsonObject &container, const char *name)
{
    const QString own = PlexItemParser::text(item, key(name));
    return own.isEmpty() ? PlexItemParser::text(container, key(name)) : own;
}

std::optional<int> smallInt(const QJsonObject &object, const char *name)
{
    const std::optional<qint64> value = PlexItemParser::integer(object, key(name));
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*value);
}

/// Epoch seconds → ISO 8601 (what the cache keeps for dates); empty when absent or absurd.
QString isoFromSeconds(std::optional<qint64> seconds)
{
    if (!seconds || *seconds <= 0 || *seconds > 253'402'300'799) // after 9999-12-31
        return {};
    return J::formatDateMs(*seconds * 1000);
}

/// `originallyAvailableAt` ("2001-09-27") → ISO 8601 at midnight UTC; empty when it is not such a date.
QString isoFromDay(const QString &day)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(day).hasMatch())
        return {};
    const std::optional<qint64> ms = J::parseDateMs(day + QStringLiteral("T00:00:00Z"));
    return ms ? J::formatDateMs(*ms) : QString();
}

/// The `tag` of every entry of a tag list (Genre, Director …).
QStringList tags(const QJsonObject &object, const char *name)
{
    QStringList list;
    const QJsonArray entries = J::array(object, key(name));
    for (const QJsonValue &entry : entries) {
        const QString tag = J::string(entry.toObject(), key("tag"));
        if (!tag.isEmpty())
            list.append(tag);
    }
    return list;
}

void parsePeople(const QJsonObject &object, MediaItem &item)
{
    const std::pair<const char *, const char *> kinds[] = {{"Role", "Actor"}, {"Director", "Director"},
                                                           {"Writer", "Writer"}};
    for (const auto &[array, type] : kinds) {
        const QJsonArray entries = J::array(object, key(array));
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            Person person;
            person.name = J::string(entry, key("tag"));
            if (person.name.isEmpty())
                continue;
            person.id = PlexItemParser::text(entry, key("id"));
            person.role = J::string(entry, key("role"));
            person.type = QString::fromLatin1(type);
            person.primaryImageTag = J::string(entry, key("thumb"));
            item.people.append(person);
        }
    }
}

/// The Metadata array of a listing. Left out only when the page is empty; a page that says it holds items but
/// lists none (or nulls everything) must not read as "the library is empty".
Result<QJsonArray> metadataEntries(const QJsonObject &container)
{
    Result<QJsonArray> entries = J::optionalArray(container, key("Metadata"));
    if (!entries || container.value(key("Metadata")).isArray())
        return entries;
    const std::optional<qint64> size = PlexItemParser::integer(container, key("size"));
    const std::optional<qint64> total = PlexItemParser::integer(container, key("totalSize"));
    if (!size && !total)
        return J::badResponse(QStringLiteral("a MediaContainer with neither Metadata nor a size"));
    if (size.value_or(0) > 0)
        return J::badResponse(QStringLiteral("a MediaContainer of %1 items that lists none").arg(*size));
    return entries;
}

void readPlacement(const QJsonObject &container, PlexPage &page)
{
    const std::optional<qint64> offset = PlexItemParser::integer(container, key("offset"));
    if (offset && *offset >= 0 && *offset <= std::numeric_limits<int>::max())
        page.offset = int(*offset);
    const std::optional<qint64> total = PlexItemParser::integer(container, key("totalSize"));
    if (total && *total >= 0 && *total <= std::numeric_limits<int>::max())
        page.totalSize = int(*total);
}

Result<QList<MediaItem>> parseEntries(const QJsonArray &entries, const QJsonObject &container, DetailLevel level,
                                      int *skipped)
{
    return ItemLimits::collect(
        entries,
        [&container, level](const QJsonValue &value) {
            return value.isObject() ? PlexItemParser::parseItem(value.toObject(), container, level) : std::nullopt;
        },
        skipped);
}

/// The container of a listing and its Metadata entries; no more than @p maxItems of them.
Result<std::pair<QJsonObject, QJsonArray>> listing(const QByteArray &body, std::optional<int> maxItems)
{
    Result<QJsonObject> root = PlexItemParser::container(body);
    if (!root)
        return root.error();
    Result<QJsonArray> entries = metadataEntries(root.value());
    if (!entries)
        return entries.error();
    if (maxItems && entries.value().size() > *maxItems)
        return J::badResponse(
            QStringLiteral("%1 items in a page of at most %2").arg(entries.value().size()).arg(*maxItems));
    return std::pair{root.takeValue(), entries.takeValue()};
}

} // namespace

QString PlexItemParser::text(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 9e15)
            return QString::number(qint64(number));
    }
    return {};
}

std::optional<qint64> PlexItemParser::integer(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    return J::optInt64(object, name);
}

bool PlexItemParser::flag(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString().trimmed() == QLatin1String("1")
            || value.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

Result<QJsonObject> PlexItemParser::container(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    const QJsonValue container = root.value().value(key("MediaContainer"));
    if (!container.isObject())
        return J::badResponse(QStringLiteral("no MediaContainer object"));
    return container.toObject();
}

Result<PlexPage> PlexItemParser::parsePage(const QByteArray &body, DetailLevel level, std::optional<int> maxItems)
{
    const auto parts = listing(body, maxItems);
    if (!parts)
        return parts.error();
    const auto &[root, entries] = parts.value();
    PlexPage page;
    Result<QList<MediaItem>> items = parseEntries(entries, root, level, &page.skipped);
    if (!items)
        return items.error();
    page.items = items.takeValue();
    readPlacement(root, page);
    return page;
}

Result<PlexPage> PlexItemParser::parseStampPage(const QByteArray &body, std::optional<int> maxItems)
{
    const auto parts = listing(body, maxItems);
    if (!parts)
        return parts.error();
    const auto &[root, entries] = parts.value();
    PlexPage page;
    page.stamps.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString id = text(entry, key("ratingKey"));
        if (id.isEmpty() || id.size() > ItemLimits::MaxTextChars) {
            ++page.skipped;
            continue;
        }
        page.stamps.append(ItemStamp{id, PlexRequests::itemType(text(entry, key("type"))), text(entry, key("updatedAt"))});
    }
    readPlacement(root, page);
    return page;
}

Result<QList<MediaItem>> PlexItemParser::parseHubItems(const QByteArray &body)
{
    const Result<QJsonObject> root = container(body);
    if (!root)
        return root.error();
    const Result<QJsonArray> hubs = J::optionalArray(root.value(), key("Hub"));
    if (!hubs)
        return hubs.error();
    QList<MediaItem> items;
    QSet<QString> seen;
    for (const QJsonValue &hub : hubs.value()) {
        const QJsonObject hubObject = hub.toObject();
        const Result<QJsonArray> entries = J::optionalArray(hubObject, key("Metadata"));
        if (!entries)
            return entries.error();
        int skipped = 0;
        Result<QList<MediaItem>> hubItems = parseEntries(entries.value(), hubObject, DetailLevel::Summary, &skipped);
        if (!hubItems)
            return hubItems.error();
        for (MediaItem &item : hubItems.value()) {
            if (!seen.contains(item.id)) { // one item may sit in two hubs
                seen.insert(item.id);
                items.append(std::move(item));
            }
        }
    }
    return items;
}

Result<MediaItem> PlexItemParser::parseSingleItem(const QByteArray &body, DetailLevel level)
{
    Result<PlexPage> page = parsePage(body, level);
    if (!page)
        return page.error();
    if (page.value().items.isEmpty())
        return J::badResponse(QStringLiteral("no item with a ratingKey in the answer"));
    return page.value().items.first();
}

std::optional<MediaItem> PlexItemParser::parseItem(const QJsonObject &object, const QJsonObject &container,
                                                   DetailLevel level)
{
    MediaItem item;
    item.id = text(object, key("ratingKey"));
    if (item.id.isEmpty())
        return std::nullopt;
    item.type = PlexRequests::itemType(text(object, key("type")));
    const QString section = inherited(object, container, "librarySectionID");
    if (!section.isEmpty())
        item.libraryId = PlexRequests::libraryId(section);
    switch (item.type) {
    case ItemType::Season:
        item.parentId = item.seriesId = inherited(object, container, "parentRatingKey");
        item.seriesName = inherited(object, container, "parentTitle");
        break;
    case ItemType::Episode:
        item.parentId = item.seasonId = inherited(object, container, "parentRatingKey");
        item.seriesId = inherited(object, container, "grandparentRatingKey");
        item.seriesName = inherited(object, container, "grandparentTitle");
        item.parentIndexNumber = smallInt(object, "parentIndex");
        if (!item.parentIndexNumber)
            item.parentIndexNumber = smallInt(container, "parentIndex");
        break;
    default:
        item.parentId = item.libraryId;
        break;
    }
    item.name = J::string(object, key("title"));
    item.sortName = J::string(object, key("titleSort"));
    if (item.sortName.isEmpty())
        item.sortName = item.name; // Plex leaves titleSort out when it equals the title
    item.originalTitle = J::string(object, key("originalTitle"));
    item.productionYear = smallInt(object, "year");
    item.indexNumber = smallInt(object, "index");
    item.runTimeTicks = std::clamp<qint64>(integer(object, key("duration")).value_or(0), 0, 1LL << 40) * TicksPerMillisecond;
    item.communityRating = J::optDouble(object, key("audienceRating"));
    if (!item.communityRating)
        item.communityRating = J::optDouble(object, key("rating"));
    item.officialRating = J::string(object, key("contentRating"));
    item.premiereDate = isoFromDay(J::string(object, key("originallyAvailableAt")));
    item.dateCreated = isoFromSeconds(integer(object, key("addedAt")));
    item.overview = J::string(object, key("summary"));
    item.tagline = J::string(object, key("tagline"));
    item.genres = tags(object, "Genre");
    const QString studio = J::string(object, key("studio"));
    if (!studio.isEmpty())
        item.studios.append(studio);
    parsePeople(object, item);
    item.primaryImageTag = J::string(object, key("thumb"));
    item.backdropImageTag = J::string(object, key("art"));
    item.childCount = smallInt(object, "childCount");
    if (!item.childCount && item.type == ItemType::Season)
        item.childCount = smallInt(object, "leafCount");
    item.etag = text(object, key("updatedAt"));
    const QJsonArray media = J::array(object, key("Media"));
    for (const QJsonValue &entry : media) {
        if (entry.isObject())
            item.mediaSources.append(parseMedia(entry.toObject()));
    }
    item.detailLevel = level;
    item.userData = parseUserData(object, item.id, item.type);
    return item;
}

std::optional<UserData> PlexItemParser::parseUserData(const QJsonObject &object, const QString &itemId, ItemType type)
{
    if (type == ItemType::Other)
        return std::nullopt;
    UserData data;
    data.itemId = itemId;
    data.playCount = int(std::clamp<qint64>(integer(object, key("viewCount")).value_or(0), 0, 1 << 30));
    if (type == ItemType::Series || type == ItemType::Season) {
        const qint64 leaves = integer(object, key("leafCount")).value_or(0);
        data.played = leaves > 0 && integer(object, key("viewedLeafCount")).value_or(0) >= leaves;
    } else {
        data.played = data.playCount > 0;
    }
    data.positionTicks = std::clamp<qint64>(integer(object, key("viewOffset")).value_or(0), 0, 1LL << 40) * TicksPerMillisecond;
    // Plex has no favourites; the top rating (five stars, 10) is what Marquee shows as one.
    data.isFavorite = J::optDouble(object, key("userRating")).value_or(0) >= 10;
    const std::optional<qint64> lastViewed = integer(object, key("lastViewedAt"));
    if (lastViewed && *lastViewed > 0 && *lastViewed < 253'402'300'799)
        data.lastPlayedAtMs = *lastViewed * 1000;
    return data;
}

MediaSource PlexItemParser::parseMedia(const QJsonObject &media)
{
    MediaSource source;
    const QJsonArray parts = J::array(media, key("Part"));
    const QJsonObject firstPart = parts.isEmpty() ? QJsonObject() : parts.first().toObject();
    // What the player needs to open the file: the part's key (several parts play one after another elsewhere;
    // Marquee plays the first).
    source.id = J::string(firstPart, key("key"));
    source.container = J::string(media, key("container"));
    // A version's name as Plex's own apps show it: "1080p MKV", "4K MKV" (videoResolution is "1080", "4k", "sd").
    QString resolution = J::string(media, key("videoResolution")).left(16);
    bool numeric = false;
    resolution.toInt(&numeric);
    resolution = numeric ? resolution + QLatin1Char('p') : resolution.toUpper();
    source.name = QStringList{resolution, source.container.toUpper()}.join(QLatin1Char(' ')).trimmed();
    for (const QJsonValue &part : parts)
        source.sizeBytes += std::max<qint64>(0, integer(part.toObject(), key("size")).value_or(0));
    source.bitrate = std::clamp<qint64>(integer(media, key("bitrate")).value_or(0), 0, 1LL << 40) * 1000;
    source.runTimeTicks = std::clamp<qint64>(integer(media, key("duration")).value_or(0), 0, 1LL << 40) * TicksPerMillisecond;
    const QJsonArray streams = J::array(firstPart, key("Stream"));
    for (const QJsonValue &value : streams) {
        const QJsonObject entry = value.toObject();
        MediaStreamInfo stream;
        switch (integer(entry, key("streamType")).value_or(0)) {
        case 1: stream.type = QStringLiteral("Video"); break;
        case 2: stream.type = QStringLiteral("Audio"); break;
        case 3: stream.type = QStringLiteral("Subtitle"); break;
        default: continue;
        }
        stream.index = smallInt(entry, "index").value_or(-1);
        stream.codec = J::string(entry, key("codec"));
        stream.language = J::string(entry, key("languageCode"));
        stream.displayTitle = J::string(entry, key("displayTitle"));
        stream.width = std::max(0, smallInt(entry, "width").value_or(0));
        stream.height = std::max(0, smallInt(entry, "height").value_or(0));
        stream.isDefault = flag(entry, key("default"));
        source.streams.append(stream);
    }
    return source;
}

} // namespace marquee
