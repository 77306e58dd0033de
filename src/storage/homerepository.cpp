// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/homerepository.h"

#include "storage/itemrowmapper.h"
#include "storage/serverscope.h"

#include <QSet>

namespace marquee {

HomeRepository::HomeRepository(QSqlDatabase db, ServerScope scope)
    // The WHERE matches the partial index user_data_resume, so this reads only the started items.
    : m_continueWatching(db, QStringLiteral("SELECT %1, u.last_played_at FROM state.user_data u JOIN items i "
                                            "ON i.server_key = %3 AND i.id = u.item_id "
                                            "WHERE u.server_id = %2 AND u.position_ticks > 0 AND u.played = 0 "
                                            "ORDER BY u.last_played_at DESC LIMIT :limit")
                                 .arg(ItemRowMapper::summaryColumns(), ServerScope::serverIdSql(),
                                      ServerScope::serverKeySql()))
    // Next Up walks the played items from the most recent and stops once it has enough series: joining every played
    // episode to its (wide) item row first read about 12,000 pages of a 100,000-item cache on each start.
    , m_playedByRecency(db, QStringLiteral("SELECT item_id, last_played_at FROM state.user_data "
                                           "WHERE server_id = %1 AND played = 1 "
                                           "ORDER BY last_played_at DESC")
                                .arg(ServerScope::serverIdSql()))
    , m_episodePosition(db, QStringLiteral("SELECT series_id, parent_index_number, index_number FROM items "
                                           "WHERE server_key = %1 AND id = :id AND type = 'Episode' "
                                           "AND series_id IS NOT NULL")
                                .arg(ServerScope::serverKeySql()))
    , m_nextEpisode(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.server_key = %3 AND i.series_id = :series_id "
                                       "AND i.type = 'Episode' AND coalesce(u.played, 0) = 0 "
                                       "AND (i.parent_index_number, i.index_number) > (:season, :episode) "
                                       "ORDER BY i.parent_index_number, i.index_number LIMIT 1")
                            .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin(),
                                 ServerScope::serverKeySql()))
    // Both parts walk items_series_order for one series: a few hundred rows at most.
    , m_nextUpInSeries(db, QStringLiteral(
          "WITH last_played AS ("
          "  SELECT w.parent_index_number AS season, w.index_number AS episode "
          "  FROM items w JOIN state.user_data wu ON wu.server_id = %2 AND wu.item_id = w.id "
          "  WHERE w.server_key = %4 AND w.series_id = :series_id AND w.type = 'Episode' AND wu.played = 1 "
          "  ORDER BY wu.last_played_at DESC, w.parent_index_number DESC, w.index_number DESC LIMIT 1) "
          "SELECT %1 FROM items i %3 "
          "WHERE i.server_key = %4 AND i.series_id = :series_id AND i.type = 'Episode' AND coalesce(u.played, 0) = 0 "
          // With nothing played yet, (0, max) skips the specials of season 0.
          "  AND (coalesce(i.parent_index_number, 0), coalesce(i.index_number, 0)) > "
          "      (coalesce((SELECT season FROM last_played), 0), "
          "       coalesce((SELECT episode FROM last_played), 2147483647)) "
          "ORDER BY i.parent_index_number, i.index_number LIMIT 1")
                              .arg(ItemRowMapper::summaryColumns(), ServerScope::serverIdSql(),
                                   ItemRowMapper::userDataJoin(), ServerScope::serverKeySql()))
    , m_latest(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.server_key = %3 AND i.library_id = :library_id "
                                  "AND i.type = :type ORDER BY i.date_created DESC, i.id DESC LIMIT :limit")
                       .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin(),
                            ServerScope::serverKeySql()))
{
    scope.bindTo({&m_continueWatching, &m_playedByRecency, &m_episodePosition, &m_nextEpisode, &m_nextUpInSeries,
                  &m_latest});
}

namespace {

QList<ItemSummary> itemsOf(const QList<HomeRepository::Played> &rows)
{
    QList<ItemSummary> items;
    items.reserve(rows.size());
    for (const HomeRepository::Played &row : rows)
        items << row.item;
    return items;
}

} // namespace

QList<ItemSummary> HomeRepository::continueWatching(int limit)
{
    return itemsOf(continueWatchingPlayed(limit));
}

QList<HomeRepository::Played> HomeRepository::continueWatchingPlayed(int limit)
{
    QList<Played> result;
    m_continueWatching.bind(QStringLiteral(":limit"), limit);
    if (!m_continueWatching.exec())
        return result;
    while (m_continueWatching.next()) {
        result.append({ItemRowMapper::summaryFrom(m_continueWatching),
                       m_continueWatching.value(ItemRowMapper::summaryColumnCount()).toLongLong()});
    }
    return result;
}

QList<ItemSummary> HomeRepository::nextUp(int limit)
{
    return itemsOf(nextUpPlayed(limit));
}

QList<HomeRepository::Played> HomeRepository::nextUpPlayed(int limit)
{
    QList<Played> result;
    if (!m_playedByRecency.exec())
        return result;
    // The first time a series turns up is its most recently watched episode.
    QSet<QString> seenSeries;
    while (result.size() < limit && m_playedByRecency.next()) {
        m_episodePosition.bind(QStringLiteral(":id"), m_playedByRecency.value(0));
        if (!m_episodePosition.exec() || !m_episodePosition.next())
            continue;
        const QString seriesId = m_episodePosition.value(0).toString();
        const QVariant season = m_episodePosition.value(1);
        const QVariant episode = m_episodePosition.value(2);
        m_episodePosition.finish();
        if (seenSeries.contains(seriesId))
            continue;
        seenSeries.insert(seriesId);
        m_nextEpisode.bind(QStringLiteral(":series_id"), seriesId)
            .bind(QStringLiteral(":season"), season)
            .bind(QStringLiteral(":episode"), episode);
        const qint64 lastPlayedAt = m_playedByRecency.value(1).toLongLong();
        for (const ItemSummary &next : ItemRowMapper::readSummaries(m_nextEpisode))
            result.append({next, lastPlayedAt});
    }
    m_playedByRecency.finish();
    return result;
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
