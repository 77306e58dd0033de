// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace marquee {

class DemoLibrary;
class DemoUserDataStore;

/// @brief The filters of an `/Items`-style query, already parsed.
struct DemoItemFilter
{
    QString parentId;
    bool recursive = false;
    QList<DemoItemKind> includeTypes;
    QList<DemoItemKind> excludeTypes;
    QSet<QString> ids;             ///< normalised ids; empty = no id filter
    QString searchTerm;
    QString nameStartsWith;
    QString seriesId;
    std::optional<bool> isPlayed;
    std::optional<bool> isFavorite;
    bool isResumable = false;
    std::optional<bool> isFolder;
    std::optional<qint64> minDateLastSavedMs;
    QSet<QString> genres;          ///< lower-cased genre names
    QSet<int> years;
};

/// @brief Sort keys (ItemSortBy names) and their orders, paired as the real server pairs them.
struct DemoSort
{
    QStringList sortBy;
    QList<bool> descending; ///< per key; a missing entry takes the first one (or ascending)
};

struct DemoQueryResult
{
    QList<int> indexes; ///< library indexes of the requested page
    int totalRecordCount = 0;
};

/**
 * @brief Filtering, sorting and paging over the demo library.
 *
 * Sorted orders of the whole library are cached per sort spec and dropped when the library (or,
 * for sorts by user data, the user data) changes, so a page of 500 from 100,000 items is one
 * linear filter pass plus the page copy.
 */
class DemoItemQuery
{
public:
    DemoItemQuery(const DemoLibrary &library, const DemoUserDataStore &userData);

    [[nodiscard]] DemoQueryResult run(const DemoItemFilter &filter, const DemoSort &sort, int startIndex,
                                      int limit) const;
    [[nodiscard]] bool matches(const DemoItem &item, const DemoItemFilter &filter) const;
    /// Whether every episode below a series or season is played (or the row says so for videos).
    [[nodiscard]] bool isPlayed(const DemoItem &item) const;
    /// Sorts @p indexes in place by @p sort.
    void sortIndexes(QList<int> &indexes, const DemoSort &sort) const;

private:
    [[nodiscard]] const QList<int> &sortedAll(const DemoSort &sort) const;
    enum class SortKey { SortName, Name, ProductionYear, PremiereDate, DateCreated, CommunityRating, Runtime,
                         OfficialRating, IndexNumber, ParentIndexNumber, AiredEpisodeOrder, IsFolder, Random,
                         SeriesSortName, DatePlayed, PlayCount, IsPlayed, IsUnplayed, IsFavoriteOrLiked, Unknown };
    [[nodiscard]] static SortKey sortKey(const QString &name);
    [[nodiscard]] int compare(const DemoItem &a, const DemoItem &b, SortKey key) const;

    const DemoLibrary &m_library;
    const DemoUserDataStore &m_userData;
    struct CacheEntry
    {
        quint64 libraryVersion = 0;
        quint64 userDataVersion = 0;
        QList<int> order;
    };
    mutable QHash<QString, CacheEntry> m_cache;
};

} // namespace marquee
