// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinitemparser.h"

#include "backend/itemlimits.h"
#include "backend/jsonfields.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace marquee {

namespace {

/// TotalRecordCount as announced: a number too large to hold still counts as a (huge) claim, not as none.
std::optional<qint64> announcedCount(const QJsonObject &object)
{
    if (!object.value(QLatin1String("TotalRecordCount")).isDouble())
        return std::nullopt;
    return JsonFields::optInt64(object, QLatin1String("TotalRecordCount")).value_or(std::numeric_limits<qint64>::max());
}

using J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

/// The Items array of a page. Missing or null only in a page that still says how many items there are: a page of
/// nulls must not read as "the library is empty".
Result<QJsonArray> pageEntries(const QJsonObject &object)
{
    Result<QJsonArray> items = JsonFields::optionalArray(object, key("Items"));
    if (items && !object.value(key("Items")).isArray() && !JsonFields::optInt(object, key("TotalRecordCount")))
        return JsonFields::badResponse(QStringLiteral("a page with neither Items nor TotalRecordCount"));
    return items;
}

Result<QList<MediaItem>> parseEntries(const QJsonArray &entries, DetailLevel level, int *skipped)
{
    return ItemLimits::collect(
        entries,
        [level](const QJsonValue &value) {
            return value.isObject() ? JellyfinItemParser::parseItem(value.toObject(), level) : std::nullopt;
        },
        skipped);
}

} // namespace

QString JellyfinItemParser::normalizeId(const QString &id)
{
    // GUIDs come dashed or not, in either case; write them one way so that ids compare equal.
    // Anything else (a server that is not quite Jellyfin) is kept as sent.
    static const QRegularExpression guid(QStringLiteral("^\\{?[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}\\}?$"));
    const QString trimmed = id.trimmed();
    if (!guid.match(trimmed).hasMatch())
        return trimmed;
    QString normalized = trimmed.toLower();
    normalized.remove(QLatin1Char('-'));
    normalized.remove(QLatin1Char('{'));
    normalized.remove(QLatin1Char('}'));
    return normalized;
}

Result<ItemPage> JellyfinItemParser::parseItemPage(const QByteArray &body, DetailLevel level,
                                                  std::optional<int> maxItems)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject &object = root.value();
    const Result<QJsonArray> itemsArray = pageEntries(object);
    if (!itemsArray)
        return itemsArray.error();

    ItemPage page;
    const QJsonArray &items = itemsArray.value();
    if (maxItems && items.size() > *maxItems)
        return J::badResponse(QStringLiteral("%1 items in a page of at most %2").arg(items.size()).arg(*maxItems));
    Result<QList<MediaItem>> entries = parseEntries(items, level, &page.skipped);
    if (!entries)
        return entries.error();
    page.items = entries.takeValue();
    page.totalRecordCount = J::optInt(object, key("TotalRecordCount")).value_or(int(items.size()));
    page.announcedTotal = announcedCount(object);
    page.startIndex = J::optInt(object, key("StartIndex")).value_or(0);
    return page;
}

Result<ItemIdPage> JellyfinItemParser::parseItemIdPage(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject &object = root.value();
    const Result<QJsonArray> itemsArray = pageEntries(object);
    if (!itemsArray)
        return itemsArray.error();
    ItemIdPage page;
    const QJsonArray &items = itemsArray.value();
    page.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject entry = value.toObject();
        const QString id = normalizeId(J::string(entry, key("Id")));
        if (id.isEmpty()) {
            ++page.skipped;
            continue;
        }
        page.items.append(ItemStamp{id, itemTypeFromName(J::string(entry, key("Type"))), J::string(entry, key("Etag"))});
    }
    page.totalRecordCount = J::optInt(object, key("TotalRecordCount")).value_or(int(items.size()));
    page.announcedTotal = announcedCount(object);
    page.startIndex = J::optInt(object, key("StartIndex")).value_or(0);
    return page;
}

Result<QList<MediaItem>> JellyfinItemParser::parseItemList(const QByteArray &body, DetailLevel level)
{
    Result<QJsonDocument> document = J::parseDocument(body);
    if (!document)
        return document.error();
    if (document.value().isObject()) {
        Result<ItemPage> page = parseItemPage(body, level);
        if (!page)
            return page.error();
        return page.value().items;
    }
    int skipped = 0;
    return parseEntries(document.value().array(), level, &skipped);
}

Result<MediaItem> JellyfinItemParser::parseSingleItem(const QByteArray &body, DetailLevel level)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    std::optional<MediaItem> item = parseItem(root.value(), level);
    if (!item)
        return J::badResponse(QStringLiteral("item without an Id"));
    if (Error error = ItemLimits::oversizedText(*item); error.isError())
        return error;
    return *item;
}

Result<UserData> JellyfinItemParser::parseUserDataBody(const QByteArray &body, const QString &itemId)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    return parseUserData(root.value(), itemId);
}

std::optional<MediaItem> JellyfinItemParser::parseItem(const QJsonObject &object, DetailLevel level)
{
    MediaItem item;
    item.id = normalizeId(J::string(object, key("Id")));
    if (item.id.isEmpty())
        return std::nullopt;
    item.parentId = normalizeId(J::string(object, key("ParentId")));
    item.seriesId = normalizeId(J::string(object, key("SeriesId")));
    item.seasonId = normalizeId(J::string(object, key("SeasonId")));
    item.type = itemTypeFromName(J::string(object, key("Type")));
    item.name = J::string(object, key("Name"));
    item.sortName = J::string(object, key("SortName"));
    item.originalTitle = J::string(object, key("OriginalTitle"));
    item.seriesName = J::string(object, key("SeriesName"));
    item.productionYear = J::optInt(object, key("ProductionYear"));
    item.indexNumber = J::optInt(object, key("IndexNumber"));
    item.parentIndexNumber = J::optInt(object, key("ParentIndexNumber"));
    item.runTimeTicks = std::max<qint64>(0, J::optInt64(object, key("RunTimeTicks")).value_or(0));
    item.communityRating = J::optDouble(object, key("CommunityRating"));
    item.criticRating = J::optDouble(object, key("CriticRating"));
    item.officialRating = J::string(object, key("OfficialRating"));
    item.premiereDate = J::string(object, key("PremiereDate"));
    item.dateCreated = J::string(object, key("DateCreated"));
    item.overview = J::string(object, key("Overview"));
    const QStringList taglines = J::stringList(object, key("Taglines"));
    item.tagline = taglines.value(0);
    item.genres = J::stringList(object, key("Genres"));
    const QJsonArray studios = J::array(object, key("Studios"));
    for (const QJsonValue &studio : studios) {
        // NameGuidPair objects; tolerate plain strings too.
        const QString name = studio.isString() ? studio.toString() : J::string(studio.toObject(), key("Name"));
        if (!name.isEmpty())
            item.studios.append(name);
    }
    parsePeople(object, item);
    parseImages(object, item);
    item.childCount = J::optInt(object, key("ChildCount"));
    item.etag = J::string(object, key("Etag"));
    item.canDownload = J::boolean(object, key("CanDownload"));
    const QJsonArray sources = J::array(object, key("MediaSources"));
    for (const QJsonValue &source : sources) {
        if (source.isObject())
            item.mediaSources.append(parseMediaSource(source.toObject()));
    }
    item.detailLevel = level;
    const QJsonValue userData = object.value(key("UserData"));
    if (userData.isObject())
        item.userData = parseUserData(userData.toObject(), item.id);
    return item;
}

void JellyfinItemParser::parsePeople(const QJsonObject &object, MediaItem &item)
{
    const QJsonArray people = J::array(object, key("People"));
    for (const QJsonValue &value : people) {
        const QJsonObject entry = value.toObject();
        Person person;
        person.id = normalizeId(J::string(entry, key("Id")));
        person.name = J::string(entry, key("Name"));
        if (person.name.isEmpty())
            continue;
        person.role = J::string(entry, key("Role"));
        person.type = J::string(entry, key("Type"));
        person.primaryImageTag = J::string(entry, key("PrimaryImageTag"));
        item.people.append(person);
    }
}

void JellyfinItemParser::parseImages(const QJsonObject &object, MediaItem &item)
{
    const QJsonObject tags = J::object(object, key("ImageTags"));
    item.primaryImageTag = J::string(tags, key("Primary"));
    item.thumbImageTag = J::string(tags, key("Thumb"));
    const QJsonArray backdrops = J::array(object, key("BackdropImageTags"));
    if (!backdrops.isEmpty() && backdrops.first().isString())
        item.backdropImageTag = backdrops.first().toString();
}

UserData JellyfinItemParser::parseUserData(const QJsonObject &object, const QString &itemId)
{
    UserData data;
    const QString sentId = normalizeId(J::string(object, key("ItemId")));
    data.itemId = itemId.isEmpty() ? sentId : normalizeId(itemId);
    data.played = J::boolean(object, key("Played"));
    data.playCount = std::max(0, J::optInt(object, key("PlayCount")).value_or(0));
    data.positionTicks = std::max<qint64>(0, J::optInt64(object, key("PlaybackPositionTicks")).value_or(0));
    data.isFavorite = J::boolean(object, key("IsFavorite"));
    data.lastPlayedAtMs = J::parseDateMs(J::string(object, key("LastPlayedDate")));
    return data;
}

MediaSource JellyfinItemParser::parseMediaSource(const QJsonObject &object)
{
    MediaSource source;
    source.id = J::string(object, key("Id"));
    source.name = J::string(object, key("Name"));
    source.container = J::string(object, key("Container"));
    source.sizeBytes = std::max<qint64>(0, J::optInt64(object, key("Size")).value_or(0));
    source.bitrate = std::max<qint64>(0, J::optInt64(object, key("Bitrate")).value_or(0));
    source.runTimeTicks = std::max<qint64>(0, J::optInt64(object, key("RunTimeTicks")).value_or(0));
    const QJsonArray streams = J::array(object, key("MediaStreams"));
    for (const QJsonValue &value : streams) {
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        MediaStreamInfo stream;
        stream.type = J::string(entry, key("Type"));
        stream.index = J::optInt(entry, key("Index")).value_or(-1);
        stream.codec = J::string(entry, key("Codec"));
        stream.language = J::string(entry, key("Language"));
        stream.displayTitle = J::string(entry, key("DisplayTitle"));
        stream.width = J::optInt(entry, key("Width")).value_or(0);
        stream.height = J::optInt(entry, key("Height")).value_or(0);
        stream.isDefault = J::boolean(entry, key("IsDefault"));
        source.streams.append(stream);
    }
    return source;
}

} // namespace marquee
