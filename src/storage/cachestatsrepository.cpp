// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cachestatsrepository.h"

#include "storage/serverscope.h"

namespace marquee {

namespace {
// detail_level 1 is DetailLevel::Full (see migrations/cache/0001_initial.sql).
constexpr int FullDetailLevel = 1;
} // namespace

CacheStatsRepository::CacheStatsRepository(QSqlDatabase db, ServerScope scope)
    : m_byType(db, QStringLiteral("SELECT type, count(*) AS n FROM items WHERE server_key = %1 GROUP BY type "
                                  "ORDER BY n DESC, type")
                       .arg(ServerScope::serverKeySql()))
    , m_libraries(db, QStringLiteral(
          "SELECT l.id, l.name, l.collection_type, count(i.row_id), "
          "coalesce(sum(i.detail_level >= %1), 0) "
          "FROM libraries l LEFT JOIN items i ON i.server_key = l.server_key AND i.library_id = l.id "
          "WHERE l.server_key = %2 GROUP BY l.id ORDER BY l.sort_index, l.name")
                          .arg(FullDetailLevel)
                          .arg(ServerScope::serverKeySql()))
    // One pass over the table; sum() of a comparison counts the rows where it holds. Each row is judged by its own
    // time to live: a movie synced a minute ago is fresh though it expires within the day.
    , m_itemFreshness(db, QStringLiteral(
          "SELECT coalesce(sum(expires_at <= :now), 0), "
          "coalesce(sum(expires_at > :now AND expires_at - :now <= :share * (expires_at - fetched_at)), 0), "
          "coalesce(sum(expires_at > :now AND expires_at - :now > :share * (expires_at - fetched_at)), 0), "
          "coalesce(sum(detail_level >= %1), 0) FROM items WHERE server_key = %2")
                              .arg(FullDetailLevel)
                              .arg(ServerScope::serverKeySql()))
    , m_scopeFreshness(db, QStringLiteral(
          "SELECT coalesce(sum(coalesce(expires_at, 0) <= :now), 0), "
          "coalesce(sum(expires_at > :now AND expires_at - :now <= :share * (expires_at - last_success_at)), 0), "
          "coalesce(sum(expires_at > :now AND expires_at - :now > :share * (expires_at - last_success_at)), 0), "
          "coalesce(sum(failure_count > 0), 0) FROM sync_state WHERE server_key = %1")
                               .arg(ServerScope::serverKeySql()))
    , m_pending(db, QStringLiteral("SELECT count(*) FROM state.playback_queue"))
    , m_missingDetails(db, QStringLiteral(
          "SELECT id FROM items WHERE server_key = %2 AND library_id = :library_id AND detail_level < %1 "
          "ORDER BY sort_name, id")
                               .arg(FullDetailLevel)
                               .arg(ServerScope::serverKeySql()))
{
    scope.bindTo({&m_byType, &m_libraries, &m_itemFreshness, &m_scopeFreshness, &m_missingDetails});
}

QList<QPair<QString, int>> CacheStatsRepository::itemCountsByType()
{
    QList<QPair<QString, int>> counts;
    if (!m_byType.exec())
        return counts;
    while (m_byType.next())
        counts.append({m_byType.value(0).toString(), m_byType.value(1).toInt()});
    return counts;
}

QList<LibraryStats> CacheStatsRepository::libraries()
{
    QList<LibraryStats> result;
    if (!m_libraries.exec())
        return result;
    while (m_libraries.next()) {
        result.append({m_libraries.value(0).toString(), m_libraries.value(1).toString(),
                       m_libraries.value(2).toString(), m_libraries.value(3).toInt(), m_libraries.value(4).toInt()});
    }
    return result;
}

FreshnessCounts CacheStatsRepository::itemFreshness(qint64 nowMs, double expiringShare)
{
    FreshnessCounts counts;
    m_itemFreshness.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":share"), expiringShare);
    if (!m_itemFreshness.exec() || !m_itemFreshness.next())
        return counts;
    counts.stale = m_itemFreshness.value(0).toInt();
    counts.expiringSoon = m_itemFreshness.value(1).toInt();
    counts.fresh = m_itemFreshness.value(2).toInt();
    counts.fullDetail = m_itemFreshness.value(3).toInt();
    m_itemFreshness.finish();
    return counts;
}

FreshnessCounts CacheStatsRepository::scopeFreshness(qint64 nowMs, double expiringShare)
{
    FreshnessCounts counts;
    m_scopeFreshness.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":share"), expiringShare);
    if (!m_scopeFreshness.exec() || !m_scopeFreshness.next())
        return counts;
    counts.stale = m_scopeFreshness.value(0).toInt();
    counts.expiringSoon = m_scopeFreshness.value(1).toInt();
    counts.fresh = m_scopeFreshness.value(2).toInt();
    counts.failing = m_scopeFreshness.value(3).toInt();
    m_scopeFreshness.finish();
    return counts;
}

int CacheStatsRepository::pendingPlaybackChanges()
{
    if (!m_pending.exec() || !m_pending.next())
        return 0;
    const int count = m_pending.value(0).toInt();
    m_pending.finish();
    return count;
}

QStringList CacheStatsRepository::idsMissingDetails(const QString &libraryId)
{
    QStringList ids;
    m_missingDetails.bind(QStringLiteral(":library_id"), libraryId);
    if (!m_missingDetails.exec())
        return ids;
    while (m_missingDetails.next())
        ids << m_missingDetails.value(0).toString();
    return ids;
}

} // namespace marquee
