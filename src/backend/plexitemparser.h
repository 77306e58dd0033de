// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/mediaitem.h"
#include "core/result.h"

#include <QJsonObject>
#include <optional>

namespace marquee {

/// One page of a Plex listing as the server sent it: its items (or only their stamps) and where it sits.
struct PlexPage
{
    QList<MediaItem> items;
    QList<ItemStamp> stamps;
    std::optional<int> offset;    ///< absent when the server did not say
    std::optional<int> totalSize; ///< absent when the server did not say
    int skipped = 0;              ///< entries without a usable ratingKey
    std::optional<qint64> serverTimeMs; ///< the Date header of the first answer (UTC ms); unset: it did not say
};

/**
 * @brief Plex's `MediaContainer` of `Metadata` → core types, so that nothing above the backend meets a Plex shape:
 * `ratingKey` becomes the id, type names become ItemType, milliseconds (`duration`, `viewOffset`) become ticks,
 * epoch seconds (`addedAt`, `updatedAt`, `lastViewedAt`) become dates, `viewCount`/`viewedLeafCount` become played,
 * the thumb and art paths become the image tags, and `updatedAt` is the etag.
 *
 * Tolerant where Plex drifts: empty lists are left out, flags come as true/false, 0/1 or "0"/"1", numbers may come
 * as strings, and attributes shared by every child may be hoisted onto the container. A body that is not JSON, has no
 * `MediaContainer`, claims items it does not list, lists an id twice or carries megabytes of text is BadResponse.
 */
class PlexItemParser
{
public:
    /// A listing (`/library/sections/{id}/all`, `/library/metadata/{ids}`, `/children`, `/allLeaves`, …). More than
    /// @p maxItems entries is a server that ignores the page size: BadResponse, before any entry is read.
    [[nodiscard]] static Result<PlexPage> parsePage(const QByteArray &body, DetailLevel level,
                                                    std::optional<int> maxItems = std::nullopt);
    /// The same, ids, types and etags only.
    [[nodiscard]] static Result<PlexPage> parseStampPage(const QByteArray &body,
                                                         std::optional<int> maxItems = std::nullopt);
    /// The items of a hub list (`/hubs/continueWatching`): every hub's `Metadata`, in order.
    [[nodiscard]] static Result<QList<MediaItem>> parseHubItems(const QByteArray &body);
    /// One item (`/library/metadata/{id}`); BadResponse when the container holds none.
    [[nodiscard]] static Result<MediaItem> parseSingleItem(const QByteArray &body, DetailLevel level);

    /// `{"MediaContainer": {…}}` → the container, or BadResponse.
    [[nodiscard]] static Result<QJsonObject> container(const QByteArray &body);
    /// nullopt when the entry has no ratingKey. @p container supplies hoisted attributes.
    [[nodiscard]] static std::optional<MediaItem> parseItem(const QJsonObject &metadata, const QJsonObject &container,
                                                            DetailLevel level);
    /// The user's state of a movie, episode, show or season; nullopt for other types.
    [[nodiscard]] static std::optional<UserData> parseUserData(const QJsonObject &metadata, const QString &itemId,
                                                               ItemType type);
    [[nodiscard]] static MediaSource parseMedia(const QJsonObject &media);

    /// A string or a whole number as text ("1049" and 1049 alike); empty otherwise.
    [[nodiscard]] static QString text(const QJsonObject &object, QLatin1String key);
    /// A number or a numeric string; nullopt otherwise.
    [[nodiscard]] static std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
    /// true/false, 1/0 or "1"/"0".
    [[nodiscard]] static bool flag(const QJsonObject &object, QLatin1String key);
};

} // namespace marquee
