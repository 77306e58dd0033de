// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/mediaitem.h"
#include "core/result.h"

#include <QJsonObject>
#include <optional>

namespace marquee {

/**
 * @brief Jellyfin BaseItemDto / BaseItemDtoQueryResult / UserItemDataDto → core types.
 *
 * Tolerant: missing, null, unknown and wrong-typed fields read as absent. An entry that is not an object
 * or has no Id is skipped and counted. A body that is not JSON, or whose root is not what the endpoint
 * returns, is ErrorKind::BadResponse.
 */
class JellyfinItemParser
{
public:
    /// `{"Items": [...], "TotalRecordCount": n, "StartIndex": i}`. More than @p maxItems entries is a server that
    /// ignores Limit: BadResponse, before any entry is read.
    [[nodiscard]] static Result<ItemPage> parseItemPage(const QByteArray &body, DetailLevel level,
                                                        std::optional<int> maxItems = std::nullopt);
    /// The same, ids/types/etags only.
    [[nodiscard]] static Result<ItemIdPage> parseItemIdPage(const QByteArray &body);
    /// A bare array (/Items/Latest) or a query result; the items either way.
    [[nodiscard]] static Result<QList<MediaItem>> parseItemList(const QByteArray &body, DetailLevel level);
    /// One BaseItemDto (/Items/{id}).
    [[nodiscard]] static Result<MediaItem> parseSingleItem(const QByteArray &body, DetailLevel level);
    /// One UserItemDataDto (/UserItems/{id}/UserData, played/favourite writes).
    [[nodiscard]] static Result<UserData> parseUserDataBody(const QByteArray &body, const QString &itemId);

    /// nullopt when the object has no usable Id.
    [[nodiscard]] static std::optional<MediaItem> parseItem(const QJsonObject &object, DetailLevel level);
    [[nodiscard]] static UserData parseUserData(const QJsonObject &object, const QString &itemId);
    [[nodiscard]] static MediaSource parseMediaSource(const QJsonObject &object);
    /// GUID ids become lower-case without dashes or braces (Jellyfin accepts both forms); other ids stay as sent.
    [[nodiscard]] static QString normalizeId(const QString &id);

private:
    static void parsePeople(const QJsonObject &object, MediaItem &item);
    static void parseImages(const QJsonObject &object, MediaItem &item);
};

} // namespace marquee
