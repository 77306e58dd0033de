// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "core/mediaitem.h"
#include "core/userdata.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace marquee {

/// What an unauthenticated server says about itself (Jellyfin /System/Info/Public).
struct ServerInfo
{
    QString id; ///< changes when the server is reinstalled: a different id means a different cache
    QString name;
    QString version;
    QString productName;

    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

/// A signed-in user on one server. `accessToken` is a secret: never log it, never put it in a URL.
struct Session
{
    QUrl serverUrl;
    QString serverId;
    QString userId;
    QString userName;
    QString accessToken;

    [[nodiscard]] bool isValid() const { return !accessToken.isEmpty() && !userId.isEmpty(); }
    friend bool operator==(const Session &, const Session &) = default;
};

struct UserInfo
{
    QString id;
    QString name;
    QString serverId;

    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

enum class SortOrder { Ascending, Descending };

/// A listing request. Field names follow Jellyfin's /Items query parameters.
struct ItemQuery
{
    QString parentId;
    QList<ItemType> includeItemTypes;   ///< empty: any type
    bool recursive = true;
    int startIndex = 0;
    std::optional<int> limit;           ///< unset: the server's default (all); 0: count only
    QStringList sortBy{QStringLiteral("SortName")}; ///< ItemSortBy names
    SortOrder sortOrder = SortOrder::Ascending;
    DetailLevel detail = DetailLevel::Summary; ///< which `fields` to ask for
    std::optional<qint64> minDateLastSavedMs;        ///< UTC ms; metadata saved at or after
    std::optional<qint64> minDateLastSavedForUserMs; ///< UTC ms; same predicate on 10.10+ (see api-notes)
    QStringList ids;
    QString searchTerm;
    QStringList filters;                ///< ItemFilter names (IsPlayed, IsResumable …)
    bool enableTotalRecordCount = true;
    bool enableUserData = true;
    bool enableImages = true;
};

struct ItemPage
{
    QList<MediaItem> items;
    int totalRecordCount = 0;
    int startIndex = 0;
    int skipped = 0; ///< entries of the page that were not items (no Id, not an object)
    std::optional<qint64> announcedTotal; ///< the count exactly as the server sent it, however absurd; unset: none
    std::optional<qint64> serverTimeMs;   ///< the server's clock when it answered (UTC ms); unset: it did not say
};

/// What an ids-only listing returns per item: enough to find deletions and changed metadata.
struct ItemStamp
{
    QString id;
    ItemType type = ItemType::Other;
    QString etag;

    friend bool operator==(const ItemStamp &, const ItemStamp &) = default;
};

struct ItemIdPage
{
    QList<ItemStamp> items;
    int totalRecordCount = 0;
    int startIndex = 0;
    int skipped = 0;
    std::optional<qint64> announcedTotal; ///< as in ItemPage
    std::optional<qint64> serverTimeMs;   ///< as in ItemPage
};

struct LatestSection
{
    QString libraryId;
    QList<MediaItem> items;
};

/// The rows of the home page.
struct HomeSections
{
    QList<MediaItem> resume;
    QList<MediaItem> nextUp;
    QList<LatestSection> latest; ///< in the order the library ids were given
};

enum class ImageType { Primary, Backdrop, Thumb, Logo, Banner };

[[nodiscard]] QString imageTypeName(ImageType type);

struct ImageRequest
{
    QString itemId;
    ImageType type = ImageType::Primary;
    QString tag;      ///< the image's cache key; changes when the image does
    int index = -1;   ///< backdrops: which one; -1 for none
    int maxWidth = 0; ///< 0: the server's size
    int quality = 90;
};

/// Where a player reads an item's media for direct play. The credential travels in @c headers, never in the URL,
/// so the address can be logged and shown.
struct StreamSource
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// A live playback report (start, progress, stop).
struct PlaybackReport
{
    QString itemId;
    QString mediaSourceId;
    QString playSessionId;
    std::optional<qint64> positionTicks; ///< a stop without a position counts as a full play on Jellyfin
    bool isPaused = false;
    bool isMuted = false;
    bool canSeek = true;
    QString playMethod = QStringLiteral("DirectPlay");
    std::optional<int> audioStreamIndex;
    std::optional<int> subtitleStreamIndex;
    bool failed = false; ///< stop only: the server then saves nothing
};

/// A partial write of user data (POST /UserItems/{id}/UserData copies only the fields that are set).
struct UserDataUpdate
{
    std::optional<qint64> positionTicks;
    std::optional<bool> played;
    std::optional<int> playCount;
    std::optional<bool> isFavorite;
    std::optional<qint64> lastPlayedAtMs; ///< UTC ms
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::ServerInfo)
Q_DECLARE_METATYPE(marquee::Session)
