// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoitemquery.h"

#include "demoserver/demoitemscope.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demovocabulary.h"

#include <algorithm>
#include <numeric>

namespace marquee {

namespace {

bool dependsOnUserData(const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString k = key.toLower();
        if (k == QLatin1String("dateplayed") || k == QLatin1String("playcount") || k == QLatin1String("isplayed")
            || k == QLatin1String("isunplayed") || k == QLatin1String("isfavoriteorliked"))
            return true;
    }
    return false;
}

QString sortCacheKey(const DemoSort &sort)
{
    QString key = sort.sortBy.join(QLatin1Char(',')).toLower() + QLatin1Char('|');
    for (const bool d : sort.descending)
        key += d ? QLatin1Char('D') : QLatin1Char('A');
    return key;
}

/// Cached orders kept at most; past it the cache starts afresh (each order is one int per item).
constexpr qsizetype MaxCachedOrders = 32;

template <typename T>
int cmp(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

DemoItemQuery::DemoItemQuery(const DemoLibrary &library, const DemoUserDataStore &userData)
    : m_library(library), m_userData(userData)
{
}

bool DemoItemQuery::isPlayed(const DemoItem &item) const
{
    if (!item.isFolder()) {
        const DemoUserData *data = m_userData.find(item.id);
        return data && data->played;
    }
    bool any = false;
    QList<int> pending = m_library.children(item.id);
    while (!pending.isEmpty()) {
        const DemoItem &child = m_library.items()[size_t(pending.takeLast())];
        if (child.isFolder()) {
            pending.append(m_library.children(child.id));
            continue;
        }
        any = true;
        const DemoUserData *data = m_userData.find(child.id);
        if (!data || !data->played)
            return false;
    }
    return any;
}

DemoItemQuery::SortKey DemoItemQuery::sortKey(const QString &name)
{
    static const QHash<QString, SortKey> keys{
        {QStringLiteral("sortname"), SortKey::SortName}, {QStringLiteral("default"), SortKey::SortName},
        {QString(), SortKey::SortName}, {QStringLiteral("name"), SortKey::Name},
        {QStringLiteral("productionyear"), SortKey::ProductionYear}, {QStringLiteral("premieredate"), SortKey::PremiereDate},
        {QStringLiteral("datecreated"), SortKey::DateCreated}, {QStringLiteral("communityrating"), SortKey::CommunityRating},
        {QStringLiteral("runtime"), SortKey::Runtime}, {QStringLiteral("officialrating"), SortKey::OfficialRating},
        {QStringLiteral("indexnumber"), SortKey::IndexNumber}, {QStringLiteral("parentindexnumber"), SortKey::ParentIndexNumber},
        {QStringLiteral("airedepisodeorder"), SortKey::AiredEpisodeOrder}, {QStringLiteral("isfolder"), SortKey::IsFolder},
        {QStringLiteral("random"), SortKey::Random}, {QStringLiteral("seriessortname"), SortKey::SeriesSortName},
        {QStringLiteral("dateplayed"), SortKey::DatePlayed}, {QStringLiteral("playcount"), SortKey::PlayCount},
        {QStringLiteral("isplayed"), SortKey::IsPlayed}, {QStringLiteral("isunplayed"), SortKey::IsUnplayed},
        {QStringLiteral("isfavoriteorliked"), SortKey::IsFavoriteOrLiked},
    };
    return keys.value(name.toLower(), SortKey::Unknown);
}

int DemoItemQuery::compare(const DemoItem &a, const DemoItem &b, SortKey key) const
{
    switch (key) {
    case SortKey::SortName: return a.sortName.compare(b.sortName);
    case SortKey::Name: return a.name.compare(b.name, Qt::CaseInsensitive);
    case SortKey::ProductionYear: return cmp(a.productionYear, b.productionYear);
    case SortKey::PremiereDate: return cmp(a.premiereDateMs, b.premiereDateMs);
    case SortKey::DateCreated: return cmp(a.dateCreatedMs, b.dateCreatedMs);
    case SortKey::CommunityRating: return cmp(a.communityRating, b.communityRating);
    case SortKey::Runtime: return cmp(a.runTimeTicks, b.runTimeTicks);
    case SortKey::OfficialRating:
        return DemoVocabulary::officialRatings().value(a.officialRating).compare(
            DemoVocabulary::officialRatings().value(b.officialRating));
    case SortKey::IndexNumber: return cmp(a.indexNumber, b.indexNumber);
    case SortKey::ParentIndexNumber: return cmp(a.parentIndexNumber, b.parentIndexNumber);
    case SortKey::AiredEpisodeOrder: {
        const int c = cmp(a.parentIndexNumber, b.parentIndexNumber);
        return c != 0 ? c : cmp(a.indexNumber, b.indexNumber);
    }
    case SortKey::IsFolder: return cmp(a.isFolder(), b.isFolder());
    case SortKey::Random: return cmp(qHash(a.id, 7), qHash(b.id, 7));
    case SortKey::SeriesSortName: {
        const DemoItem *sa = m_library.find(a.seriesId);
        const DemoItem *sb = m_library.find(b.seriesId);
        return (sa ? sa->sortName : QString()).compare(sb ? sb->sortName : QString());
    }
    case SortKey::Unknown: return 0; // unknown keys leave the order to the tie-breakers
    default: break;
    }
    const DemoUserData *pa = m_userData.find(a.id);
    const DemoUserData *pb = m_userData.find(b.id);
    const DemoUserData none;
    const DemoUserData &ua = pa ? *pa : none;
    const DemoUserData &ub = pb ? *pb : none;
    switch (key) {
    case SortKey::DatePlayed: return cmp(ua.lastPlayedMs, ub.lastPlayedMs);
    case SortKey::PlayCount: return cmp(ua.playCount, ub.playCount);
    case SortKey::IsPlayed: return cmp(ua.played, ub.played);
    case SortKey::IsUnplayed: return cmp(!ua.played, !ub.played);
    case SortKey::IsFavoriteOrLiked:
        return cmp(ua.isFavorite || ua.likes.value_or(false), ub.isFavorite || ub.likes.value_or(false));
    default: return 0;
    }
}

void DemoItemQuery::sortIndexes(QList<int> &indexes, const DemoSort &sort) const
{
    const auto &items = m_library.items();
    QList<QPair<SortKey, bool>> keys;
    for (int i = 0; i < sort.sortBy.size(); ++i) {
        const bool desc = i < sort.descending.size() ? sort.descending.at(i)
                                                      : (!sort.descending.isEmpty() && sort.descending.first());
        keys.append({sortKey(sort.sortBy.at(i)), desc});
    }
    std::stable_sort(indexes.begin(), indexes.end(), [&](int ia, int ib) {
        const DemoItem &a = items[size_t(ia)];
        const DemoItem &b = items[size_t(ib)];
        for (const auto &[key, desc] : keys) {
            const int c = compare(a, b, key);
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        // Deterministic tie-breakers, so pages never overlap or skip.
        const int c = a.sortName.compare(b.sortName);
        if (c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

const DemoItemQuery::CacheEntry *DemoItemQuery::cached(const QString &key, quint64 userDataVersion) const
{
    const auto it = m_cache.constFind(key);
    if (it == m_cache.cend() || it->libraryVersion != m_library.version() || it->userDataVersion != userDataVersion)
        return nullptr;
    return &it.value();
}

const QList<int> &DemoItemQuery::store(const QString &key, quint64 userDataVersion, QList<int> order) const
{
    if (m_cache.size() >= MaxCachedOrders && !m_cache.contains(key))
        m_cache.clear();
    CacheEntry &entry = m_cache[key];
    entry.libraryVersion = m_library.version();
    entry.userDataVersion = userDataVersion;
    entry.order = std::move(order);
    return entry.order;
}

const QList<int> &DemoItemQuery::sortedAll(const DemoSort &sort) const
{
    const QString key = sortCacheKey(sort);
    const quint64 udVersion = dependsOnUserData(sort.sortBy) ? m_userData.version() : 0;
    if (const CacheEntry *hit = cached(key, udVersion))
        return hit->order;
    QList<int> order(m_library.size());
    std::iota(order.begin(), order.end(), 0);
    sortIndexes(order, sort);
    return store(key, udVersion, std::move(order));
}

const QList<int> &DemoItemQuery::sortedScope(const DemoItemFilter &filter, const DemoSort &sort) const
{
    const QString key = sortCacheKey(sort) + QLatin1Char('#') + DemoItemScope::key(filter);
    const quint64 udVersion = dependsOnUserData(sort.sortBy) ? m_userData.version() : 0;
    if (const CacheEntry *hit = cached(key, udVersion))
        return hit->order;
    QList<int> order;
    const auto &items = m_library.items();
    for (const int i : sortedAll(sort)) { // copied before store() may clear the cache
        if (DemoItemScope::inScope(items[size_t(i)], filter))
            order.append(i);
    }
    return store(key, udVersion, std::move(order));
}

bool DemoItemQuery::matches(const DemoItem &item, const DemoItemFilter &f) const
{
    return DemoItemScope::inScope(item, f) && matchesRest(item, f);
}

bool DemoItemQuery::matchesRest(const DemoItem &item, const DemoItemFilter &f) const
{
    if (!f.ids.isEmpty() && !f.ids.contains(item.id))
        return false;
    if (f.minDateLastSavedMs && item.dateLastSavedMs < *f.minDateLastSavedMs)
        return false;
    if (!f.searchTerm.isEmpty() && !item.name.contains(f.searchTerm, Qt::CaseInsensitive))
        return false;
    if (!f.nameStartsWith.isEmpty() && !item.sortName.startsWith(f.nameStartsWith, Qt::CaseInsensitive))
        return false;
    if (!f.years.isEmpty() && !f.years.contains(item.productionYear))
        return false;
    if (!f.genres.isEmpty()) {
        bool any = false;
        for (const quint8 g : item.genres)
            any = any || f.genres.contains(DemoVocabulary::genres().value(g).toLower());
        if (!any)
            return false;
    }
    if (f.isFavorite || f.isResumable) {
        const DemoUserData *data = m_userData.find(item.id);
        if (f.isFavorite && (data && data->isFavorite) != *f.isFavorite)
            return false;
        if (f.isResumable && !(data && data->playbackPositionTicks > 0))
            return false;
    }
    if (f.isPlayed && isPlayed(item) != *f.isPlayed)
        return false;
    return true;
}

DemoQueryResult DemoItemQuery::run(const DemoItemFilter &filter, const DemoSort &sort, int startIndex, int limit) const
{
    DemoQueryResult result;
    const auto &items = m_library.items();
    const int start = qMax(0, startIndex);
    auto take = [&](int index) {
        if (result.totalRecordCount >= start && (limit < 0 || result.indexes.size() < limit))
            result.indexes.append(index);
        ++result.totalRecordCount;
    };
    if (!filter.ids.isEmpty() && filter.ids.size() < 5000) {
        // Few ids: look them up instead of scanning everything.
        QList<int> candidates;
        for (const QString &id : filter.ids) {
            const int i = m_library.indexOf(id);
            if (i >= 0 && matches(items[size_t(i)], filter))
                candidates.append(i);
        }
        sortIndexes(candidates, sort);
        for (const int i : candidates)
            take(i);
        return result;
    }
    if (!DemoItemScope::isScoped(filter)) {
        for (const int i : sortedAll(sort)) {
            if (matches(items[size_t(i)], filter))
                take(i);
        }
        return result;
    }
    const QList<int> &scope = sortedScope(filter, sort);
    if (!DemoItemScope::hasRest(filter)) { // the common listing: a slice of the cached scope
        result.totalRecordCount = int(scope.size());
        if (start < scope.size())
            result.indexes = scope.mid(start, limit < 0 ? -1 : limit);
        return result;
    }
    for (const int i : scope) {
        if (matchesRest(items[size_t(i)], filter))
            take(i);
    }
    return result;
}

} // namespace marquee
