// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace marquee {

/// How many rows are past, near or well before their expiry, and how many items carry full details.
struct FreshnessCounts
{
    int stale = 0;        ///< expired: shown from the cache, refreshed when looked at
    int expiringSoon = 0; ///< in the last share of its time to live: refreshed ahead when next looked at
    int fresh = 0;        ///< anything younger: what was synced seconds ago is fresh, whatever its TTL
    int failing = 0;      ///< scopes only: the last attempt failed
    int fullDetail = 0;   ///< items only: at DetailLevel::Full, i.e. their details page works offline

    [[nodiscard]] int total() const { return stale + expiringSoon + fresh; }
};

/// One library as the cache holds it, with its item count.
struct LibraryStats
{
    QString id;
    QString name;
    QString collectionType;
    int items = 0;
    int fullDetail = 0;
};

/**
 * @brief Read-only aggregates over the cache for `marquee-cli stats` and `warm`: counts by type, freshness,
 * detail coverage and the playback queue length. Each query is one indexed scan; nothing here writes. The cache's
 * figures are those of one server (the active one unless told otherwise); the queue is every server's.
 */
class CacheStatsRepository
{
public:
    explicit CacheStatsRepository(QSqlDatabase db, ServerScope scope = ServerScope::active());

    /// (type, count), most numerous first.
    [[nodiscard]] QList<QPair<QString, int>> itemCountsByType();
    [[nodiscard]] QList<LibraryStats> libraries();
    /// @p expiringShare: the last share of each row's own time to live (fetched → expires) that counts as
    /// expiring soon, e.g. the refresh lane's lookahead (MetadataRefreshService::LookaheadShare).
    [[nodiscard]] FreshnessCounts itemFreshness(qint64 nowMs, double expiringShare);
    /// Over sync_state: one row per refresh scope that ever succeeded or failed; never succeeded is stale.
    [[nodiscard]] FreshnessCounts scopeFreshness(qint64 nowMs, double expiringShare);
    /// Changes made on this device that the server has not accepted yet (state database).
    [[nodiscard]] int pendingPlaybackChanges();
    /// Items of the library whose details are not cached yet, in library order: what `warm` still has to fetch.
    [[nodiscard]] QStringList idsMissingDetails(const QString &libraryId);

private:
    SqlStatement m_byType;
    SqlStatement m_libraries;
    SqlStatement m_itemFreshness;
    SqlStatement m_scopeFreshness;
    SqlStatement m_pending;
    SqlStatement m_missingDetails;
};

} // namespace marquee
