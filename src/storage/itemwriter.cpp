// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemwriter.h"

#include "storage/itemrowmapper.h"
#include "storage/serverscope.h"

namespace marquee {

ItemWriter::ItemWriter(QSqlDatabase db, const CacheConfig &config, ServerScope scope)
    : m_config(config)
    , m_upsert(db, QStringLiteral(
          "INSERT INTO items (server_key, id, library_id, parent_id, series_id, season_id, type, name, sort_name, "
          "original_title, "
          "series_name, production_year, index_number, parent_index_number, run_time_ticks, community_rating, "
          "critic_rating, official_rating, premiere_date, date_created, overview, tagline, genres, studios, people, "
          "primary_image_tag, backdrop_image_tag, thumb_image_tag, child_count, etag, can_download, detail_level, "
          "fetched_at, expires_at) VALUES (%1, :id, :library_id, :parent_id, :series_id, :season_id, :type, :name, "
          ":sort_name, "
          ":original_title, :series_name, :production_year, :index_number, :parent_index_number, :run_time_ticks, "
          ":community_rating, :critic_rating, :official_rating, :premiere_date, :date_created, :overview, :tagline, "
          ":genres, :studios, :people, :primary_image_tag, :backdrop_image_tag, :thumb_image_tag, :child_count, "
          ":etag, :can_download, :detail_level, :fetched_at, :expires_at) "
          "ON CONFLICT(server_key, id) DO UPDATE SET library_id = excluded.library_id, parent_id = excluded.parent_id, "
          "series_id = excluded.series_id, season_id = excluded.season_id, type = excluded.type, "
          "name = excluded.name, sort_name = excluded.sort_name, original_title = excluded.original_title, "
          "series_name = excluded.series_name, production_year = excluded.production_year, "
          "index_number = excluded.index_number, parent_index_number = excluded.parent_index_number, "
          "run_time_ticks = excluded.run_time_ticks, community_rating = excluded.community_rating, "
          "critic_rating = excluded.critic_rating, official_rating = excluded.official_rating, "
          "premiere_date = excluded.premiere_date, date_created = excluded.date_created, "
          "overview = excluded.overview, tagline = excluded.tagline, genres = excluded.genres, "
          "studios = CASE WHEN excluded.detail_level >= items.detail_level THEN excluded.studios ELSE items.studios END, "
          "people = CASE WHEN excluded.detail_level >= items.detail_level THEN excluded.people ELSE items.people END, "
          "primary_image_tag = excluded.primary_image_tag, backdrop_image_tag = excluded.backdrop_image_tag, "
          "thumb_image_tag = excluded.thumb_image_tag, child_count = excluded.child_count, etag = excluded.etag, "
          "can_download = excluded.can_download, "
          "detail_level = max(items.detail_level, excluded.detail_level), fetched_at = excluded.fetched_at, "
          "expires_at = excluded.expires_at "
          // The download permission changes no Etag: a grant or a revoke must still reach the row.
          "WHERE items.etag IS NOT excluded.etag OR excluded.etag IS NULL "
          "OR items.can_download IS NOT excluded.can_download "
          "OR excluded.detail_level > items.detail_level")
                       .arg(ServerScope::serverKeySql()))
    , m_remove(db, QStringLiteral("DELETE FROM items WHERE server_key = %1 AND id = :id")
                       .arg(ServerScope::serverKeySql()))
    , m_ids(db, QStringLiteral("SELECT id FROM items WHERE server_key = %1 AND library_id = :library_id")
                    .arg(ServerScope::serverKeySql()))
    , m_seriesIds(db, QStringLiteral("SELECT id FROM items WHERE server_key = %1 AND series_id = :series_id")
                          .arg(ServerScope::serverKeySql()))
{
    scope.bindTo({&m_upsert, &m_remove, &m_ids, &m_seriesIds});
}

int ItemWriter::upsert(const QList<MediaItem> &items, qint64 nowMs)
{
    int changed = 0;
    for (const MediaItem &item : items) {
        const ContentKind kind =
            item.detailLevel == DetailLevel::Full ? ContentKind::FullMetadata : contentKindOf(item.type);
        m_upsert.bind(QStringLiteral(":id"), item.id)
            .bind(QStringLiteral(":library_id"), item.libraryId)
            .bind(QStringLiteral(":parent_id"), nullIfEmpty(item.parentId))
            .bind(QStringLiteral(":series_id"), nullIfEmpty(item.seriesId))
            .bind(QStringLiteral(":season_id"), nullIfEmpty(item.seasonId))
            .bind(QStringLiteral(":type"), itemTypeName(item.type))
            .bind(QStringLiteral(":name"), item.name)
            .bind(QStringLiteral(":sort_name"), item.sortName.isEmpty() ? item.name.toLower() : item.sortName)
            .bind(QStringLiteral(":original_title"), nullIfEmpty(item.originalTitle))
            .bind(QStringLiteral(":series_name"), nullIfEmpty(item.seriesName))
            .bind(QStringLiteral(":production_year"), nullable(item.productionYear))
            .bind(QStringLiteral(":index_number"), nullable(item.indexNumber))
            .bind(QStringLiteral(":parent_index_number"), nullable(item.parentIndexNumber))
            .bind(QStringLiteral(":run_time_ticks"), item.runTimeTicks)
            .bind(QStringLiteral(":community_rating"), nullable(item.communityRating))
            .bind(QStringLiteral(":critic_rating"), nullable(item.criticRating))
            .bind(QStringLiteral(":official_rating"), nullIfEmpty(item.officialRating))
            .bind(QStringLiteral(":premiere_date"), nullIfEmpty(item.premiereDate))
            .bind(QStringLiteral(":date_created"), nullIfEmpty(item.dateCreated))
            .bind(QStringLiteral(":overview"), nullIfEmpty(item.overview))
            .bind(QStringLiteral(":tagline"), nullIfEmpty(item.tagline))
            .bind(QStringLiteral(":genres"), ItemRowMapper::encodeStrings(item.genres))
            .bind(QStringLiteral(":studios"), ItemRowMapper::encodeStrings(item.studios))
            .bind(QStringLiteral(":people"), ItemRowMapper::encodePeople(item.people))
            .bind(QStringLiteral(":primary_image_tag"), nullIfEmpty(item.primaryImageTag))
            .bind(QStringLiteral(":backdrop_image_tag"), nullIfEmpty(item.backdropImageTag))
            .bind(QStringLiteral(":thumb_image_tag"), nullIfEmpty(item.thumbImageTag))
            .bind(QStringLiteral(":child_count"), nullable(item.childCount))
            .bind(QStringLiteral(":etag"), nullIfEmpty(item.etag))
            .bind(QStringLiteral(":can_download"), item.canDownload)
            .bind(QStringLiteral(":detail_level"), int(item.detailLevel))
            .bind(QStringLiteral(":fetched_at"), nowMs)
            .bind(QStringLiteral(":expires_at"), m_config.expiresAt(kind, nowMs));
        if (!m_upsert.exec()) {
            m_error = m_upsert.lastError();
            return -1;
        }
        changed += m_upsert.numRowsAffected();
    }
    return changed;
}

int ItemWriter::remove(const QStringList &ids)
{
    int removed = 0;
    for (const QString &id : ids) {
        m_remove.bind(QStringLiteral(":id"), id);
        if (!m_remove.exec()) {
            m_error = m_remove.lastError();
            return -1;
        }
        removed += m_remove.numRowsAffected();
    }
    return removed;
}

QStringList ItemWriter::idsInLibrary(const QString &libraryId)
{
    m_ids.bind(QStringLiteral(":library_id"), libraryId);
    return readIds(m_ids);
}

QStringList ItemWriter::idsInSeries(const QString &seriesId)
{
    m_seriesIds.bind(QStringLiteral(":series_id"), seriesId);
    return readIds(m_seriesIds);
}

QStringList ItemWriter::readIds(SqlStatement &statement)
{
    QStringList ids;
    if (!statement.exec()) {
        m_error = statement.lastError();
        return ids;
    }
    while (statement.next())
        ids << statement.value(0).toString();
    return ids;
}

} // namespace marquee
