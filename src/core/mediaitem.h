// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/mediasource.h"
#include "core/userdata.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace marquee {

enum class ItemType {
    Movie,
    Series,
    Season,
    Episode,
    Other,
};

[[nodiscard]] QString itemTypeName(ItemType type);      ///< Jellyfin's BaseItemKind name ("Movie" …)
[[nodiscard]] ItemType itemTypeFromName(const QString &name);
[[nodiscard]] ContentKind contentKindOf(ItemType type);

enum class DetailLevel {
    Summary = 0, ///< what a library listing returns
    Full = 1,    ///< people, studios, media sources: what a details page needs
};

struct Person
{
    QString id;
    QString name;
    QString role; ///< the character, for actors
    QString type; ///< Actor, Director, Writer …
    QString primaryImageTag;

    friend bool operator==(const Person &, const Person &) = default;
};

/// One movie, series, season or episode as the cache keeps it.
struct MediaItem
{
    QString id;
    QString libraryId;
    QString parentId;
    QString seriesId;
    QString seasonId;
    ItemType type = ItemType::Other;
    QString name;
    QString sortName;
    QString originalTitle;
    QString seriesName;
    std::optional<int> productionYear;
    std::optional<int> indexNumber;       ///< episode or season number
    std::optional<int> parentIndexNumber; ///< an episode's season number
    qint64 runTimeTicks = 0;
    std::optional<double> communityRating;
    std::optional<double> criticRating;
    QString officialRating;
    QString premiereDate; ///< ISO 8601 as the server sent it
    QString dateCreated;  ///< ISO 8601, when the server added the item
    QString overview;
    QString tagline;
    QStringList genres;
    QStringList studios;
    QList<Person> people;
    QList<MediaSource> mediaSources; ///< DetailLevel::Full only
    QString primaryImageTag;
    QString backdropImageTag;
    QString thumbImageTag;
    std::optional<int> childCount;
    QString etag;
    bool canDownload = false; ///< the server lets this user download the item's file (Fields=CanDownload)
    DetailLevel detailLevel = DetailLevel::Summary;
    std::optional<UserData> userData; ///< present when the server sent it

    friend bool operator==(const MediaItem &, const MediaItem &) = default;
};

/// The few columns a poster grid needs; kept small because a library can hold 100,000 of them.
struct ItemSummary
{
    QString id;
    ItemType type = ItemType::Other;
    QString name;
    QString sortName;
    QString seriesName; ///< episodes on Home
    std::optional<int> productionYear;
    std::optional<int> indexNumber;
    std::optional<int> parentIndexNumber;
    QString primaryImageTag;
    bool played = false;
    bool isFavorite = false;
    qint64 positionTicks = 0;
    qint64 runTimeTicks = 0;
    /// A series' episodes not played yet; filled by the library grid, which shows it on the poster.
    std::optional<int> unplayedEpisodes;
    /// Filled where the query reads it anyway: a library grid sorted by rating.
    std::optional<double> communityRating;
    bool downloaded = false; ///< its file (a series: one of its episodes) is downloaded and ready offline
    bool canDownload = false; ///< the server lets this user download its file (MediaItem::canDownload)
    /// The server the item lives on where a page shows several (Home, search), by its own id; empty for the server in
    /// use, which is every page's server otherwise.
    QString serverId{};

    friend bool operator==(const ItemSummary &, const ItemSummary &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::MediaItem)
Q_DECLARE_METATYPE(marquee::ItemSummary)
