// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/homerepository.h"

#include "storage/itemrowmapper.h"

namespace marquee {

HomeRepository::HomeRepository(QSqlDatabase db)
    // The WHERE matches the partial index user_data_resume, so this reads only the started items.
    : m_continueWatching(db, QStringLiteral("SELECT %1 FROM state.user_data u JOIN items i ON i.id = u.item_id "
                                            "WHERE u.server_id = %2 AND u.position_ticks > 0 AND u.played = 0 "
                                            "ORDER BY u.last_played_at DESC LIMIT :limit")
                                 .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::activeServer()))
    , m_nextUp(db, QStringLiteral(
          "WITH watched AS ("
          "  SELECT w.series_id, w.parent_index_number AS season, w.index_number AS episode, "
          "         wu.last_played_at AS played_at, "
          "         row_number() OVER (PARTITION BY w.series_id ORDER BY wu.last_played_at DESC) AS recency "
          "  FROM state.user_data wu JOIN items w ON w.id = wu.item_id "
          "  WHERE wu.server_id = %2 AND wu.played = 1 AND w.type = 'Episode' AND w.series_id IS NOT NULL), "
          "next AS ("
          "  SELECT watched.played_at, ("
          "    SELECT e.id FROM items e LEFT JOIN state.user_data eu ON eu.server_id = %2 AND eu.item_id = e.id "
          "    WHERE e.series_id = watched.series_id AND e.type = 'Episode' AND coalesce(eu.played, 0) = 0 "
          "      AND (e.parent_index_number, e.index_number) > (watched.season, watched.episode) "
          "    ORDER BY e.parent_index_number, e.index_number LIMIT 1) AS next_id "
          "  FROM watched WHERE watched.recency = 1) "
          "SELECT %1 FROM next JOIN items i ON i.id = next.next_id %3 "
          "ORDER BY next.played_at DESC LIMIT :limit")
                     .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::activeServer(), ItemRowMapper::userDataJoin()))
    // Both parts walk items_series_order for one series: a few hundred rows at most.
    , m_nextUpInSeries(db, QStringLiteral(
          "WITH last_played AS ("
          "  SELECT w.parent_index_number AS season, w.index_number AS episode "
          "  FROM items w JOIN state.user_data wu ON wu.server_id = %2 AND wu.item_id = w.id "
          "  WHERE w.series_id = :series_id AND w.type = 'Episode' AND wu.played = 1 "
          "  ORDER BY wu.last_played_at DESC, w.parent_index_number DESC, w.index_number DESC LIMIT 1) "
          "SELECT %1 FROM items i %3 "
          "WHERE i.series_id = :series_id AND i.type = 'Episode' AND coalesce(u.played, 0) = 0 "
          // With nothing played yet, (0, max) skips the specials of season 0.
          "  AND (coalesce(i.parent_index_number, 0), coalesce(i.index_number, 0)) > "
          "      (coalesce((SELECT season FROM last_played), 0), "
          "       coalesce((SELECT episode FROM last_played), 2147483647)) "
          "ORDER BY i.parent_index_number, i.index_number LIMIT 1")
                              .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::activeServer(),
                                   ItemRowMapper::userDataJoin()))
    , m_latest(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.library_id = :library_id AND i.type = :type "
                                  "ORDER BY i.date_created DESC, i.id DESC LIMIT :limit")
                       .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin()))
{
}

QList<ItemSummary> HomeRepository::continueWatching(int limit)
{
    m_continueWatching.bind(QStringLiteral(":limit"), limit);
    return ItemRowMapper::readSummaries(m_continueWatching);
}

QList<ItemSummary> HomeRepository::nextUp(int limit)
{
    m_nextUp.bind(QStringLiteral(":limit"), limit);
    return ItemRowMapper::readSummaries(m_nextUp);
}

std::optional<ItemSummary> HomeRepository::nextUpInSeries(const QString &seriesId)
{
    m_nextUpInSeries.bind(QStringLiteral(":series_id"), seriesId);
    const QList<ItemSummary> rows = ItemRowMapper::readSummaries(m_nextUpInSeries);
    return rows.isEmpty() ? std::nullopt : std::optional<ItemSummary>(rows.constFirst());
}

QList<ItemSummary> HomeRepository::latest(const QString &libraryId, ItemType type, int limit)
{
    m_latest.bind(QStringLiteral(":library_id"), libraryId)
        .bind(QStringLiteral(":type"), itemTypeName(type))
        .bind(QStringLiteral(":limit"), limit);
    return ItemRowMapper::readSummaries(m_latest);
}

} // namespace marquee
