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
 * Sorted orders are cached per sort spec, of the whole library and of each filter scope (see
 * DemoItemScope), and dropped when the library (or, for sorts by user data, the user data)
 * changes. A page of 500 from 100,000 items is then a slice of a cached list, or one pass over
 * the scope when the filter has more (dates, text, user data). Not thread-safe: server thread only.
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
    [[nodiscard]] bool matchesRest(const DemoItem &item, const DemoItemFilter &filter) const;
    [[nodiscard]] const QList<int> &sortedAll(const DemoSort &sort) const;
    /// The items in @p filter's scope, in @p sort order.
    [[nodiscard]] const QList<int> &sortedScope(const DemoItemFilter &filter, const DemoSort &sort) const;
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
    [[nodiscard]] const CacheEntry *cached(const QString &key, quint64 userDataVersion) const;
    const QList<int> &store(const QString &key, quint64 userDataVersion, QList<int> order) const;

    mutable QHash<QString, CacheEntry> m_cache;
};

} // namespace marquee
