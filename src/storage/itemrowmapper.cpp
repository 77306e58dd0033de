// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemrowmapper.h"

#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace marquee {

namespace {
enum SummaryColumn {
    SId, SType, SName, SSortName, SSeriesName, SYear, SIndex, SParentIndex, SImageTag, SRunTime, SPlayed, SPosition,
    SFavorite, SCanDownload, SDownloaded, SummaryColumnCount
};

enum FullColumn {
    FId = SummaryColumnCount, FLibraryId, FParentId, FSeriesId, FSeasonId, FOriginalTitle, FCommunityRating,
    FCriticRating, FOfficialRating, FPremiereDate, FDateCreated, FOverview, FTagline, FGenres, FStudios, FPeople,
    FBackdropTag, FThumbTag, FChildCount, FEtag, FDetailLevel, FPlayCount, FFavorite, FLastPlayedAt,
    FServerUpdatedAt, FLocalUpdatedAt, FHasUserData
};

} // namespace

QString ItemRowMapper::summaryColumns()
{
    return QStringLiteral("i.id, i.type, i.name, i.sort_name, i.series_name, i.production_year, i.index_number, "
                          "i.parent_index_number, i.primary_image_tag, i.run_time_ticks, "
                          "coalesce(u.played, 0), coalesce(u.position_ticks, 0), coalesce(u.is_favorite, 0), "
                          "coalesce(i.can_download, 0), ")
           + downloadedColumn();
}

QString ItemRowMapper::downloadedColumn()
{
    // Two probes of the download table's indexes per row; the table holds the downloads only, so both are short.
    const QString ready = QStringLiteral("SELECT 1 FROM state.downloads d WHERE d.server_id = %1 AND d.state = 'ready' AND ")
                              .arg(ServerScope::serverIdSql());
    return QStringLiteral("(EXISTS (%1d.item_id = i.id) OR EXISTS (%1d.series_id = i.id))").arg(ready);
}

int ItemRowMapper::summaryColumnCount()
{
    return SummaryColumnCount;
}

QString ItemRowMapper::fullColumns()
{
    return summaryColumns()
           + QStringLiteral(", i.id, i.library_id, i.parent_id, i.series_id, i.season_id, i.original_title, "
                            "i.community_rating, i.critic_rating, i.official_rating, i.premiere_date, i.date_created, "
                            "i.overview, i.tagline, i.genres, i.studios, i.people, i.backdrop_image_tag, "
                            "i.thumb_image_tag, i.child_count, i.etag, i.detail_level, u.play_count, u.is_favorite, "
                            "u.last_played_at, u.server_updated_at, u.local_updated_at, u.item_id IS NOT NULL");
}

QString ItemRowMapper::userDataJoin()
{
    return QStringLiteral("LEFT JOIN state.user_data u ON u.server_id = %1 AND u.item_id = i.id")
        .arg(ServerScope::serverIdSql());
}

ItemSummary ItemRowMapper::summaryFrom(const SqlStatement &row)
{
    ItemSummary s;
    s.id = row.value(SId).toString();
    s.type = itemTypeFromName(row.value(SType).toString());
    s.name = row.value(SName).toString();
    s.sortName = row.value(SSortName).toString();
    s.seriesName = row.value(SSeriesName).toString();
    s.productionYear = optionalFrom<int>(row.value(SYear));
    s.indexNumber = optionalFrom<int>(row.value(SIndex));
    s.parentIndexNumber = optionalFrom<int>(row.value(SParentIndex));
    s.primaryImageTag = row.value(SImageTag).toString();
    s.runTimeTicks = row.value(SRunTime).toLongLong();
    s.played = row.value(SPlayed).toBool();
    s.positionTicks = row.value(SPosition).toLongLong();
    s.isFavorite = row.value(SFavorite).toBool();
    s.canDownload = row.value(SCanDownload).toBool();
    s.downloaded = row.value(SDownloaded).toBool();
    return s;
}

QList<ItemSummary> ItemRowMapper::readSummaries(SqlStatement &statement)
{
    QList<ItemSummary> rows;
    if (!statement.exec())
        return rows;
    while (statement.next())
        rows.append(summaryFrom(statement));
    return rows;
}

MediaItem ItemRowMapper::itemFrom(const SqlStatement &row)
{
    const ItemSummary s = summaryFrom(row);
    MediaItem item;
    item.id = s.id;
    item.type = s.type;
    item.name = s.name;
    item.sortName = s.sortName;
    item.seriesName = s.seriesName;
    item.productionYear = s.productionYear;
    item.indexNumber = s.indexNumber;
    item.parentIndexNumber = s.parentIndexNumber;
    item.primaryImageTag = s.primaryImageTag;
    item.runTimeTicks = s.runTimeTicks;
    item.libraryId = row.value(FLibraryId).toString();
    item.parentId = row.value(FParentId).toString();
    item.seriesId = row.value(FSeriesId).toString();
    item.seasonId = row.value(FSeasonId).toString();
    item.originalTitle = row.value(FOriginalTitle).toString();
    item.communityRating = optionalFrom<double>(row.value(FCommunityRating));
    item.criticRating = optionalFrom<double>(row.value(FCriticRating));
    item.officialRating = row.value(FOfficialRating).toString();
    item.premiereDate = row.value(FPremiereDate).toString();
    item.dateCreated = row.value(FDateCreated).toString();
    item.overview = row.value(FOverview).toString();
    item.tagline = row.value(FTagline).toString();
    item.genres = decodeStrings(row.value(FGenres).toString());
    item.studios = decodeStrings(row.value(FStudios).toString());
    item.people = decodePeople(row.value(FPeople).toString());
    item.backdropImageTag = row.value(FBackdropTag).toString();
    item.thumbImageTag = row.value(FThumbTag).toString();
    item.childCount = optionalFrom<int>(row.value(FChildCount));
    item.etag = row.value(FEtag).toString();
    item.detailLevel = row.value(FDetailLevel).toInt() > 0 ? DetailLevel::Full : DetailLevel::Summary;
    item.canDownload = s.canDownload;
    if (row.value(FHasUserData).toBool()) {
        UserData data;
        data.itemId = item.id;
        data.played = s.played;
        data.positionTicks = s.positionTicks;
        data.playCount = row.value(FPlayCount).toInt();
        data.isFavorite = row.value(FFavorite).toBool();
        data.lastPlayedAtMs = optionalFrom<qint64>(row.value(FLastPlayedAt));
        data.serverUpdatedAtMs = optionalFrom<qint64>(row.value(FServerUpdatedAt));
        data.localUpdatedAtMs = optionalFrom<qint64>(row.value(FLocalUpdatedAt));
        item.userData = data;
    }
    return item;
}

QString ItemRowMapper::encodeStrings(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList ItemRowMapper::decodeStrings(const QString &json)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString())
            result << value.toString();
    }
    return result;
}

QString ItemRowMapper::encodePeople(const QList<Person> &people)
{
    QJsonArray array;
    for (const Person &person : people) {
        array.append(QJsonObject{{QStringLiteral("Id"), person.id},
                                 {QStringLiteral("Name"), person.name},
                                 {QStringLiteral("Role"), person.role},
                                 {QStringLiteral("Type"), person.type},
                                 {QStringLiteral("PrimaryImageTag"), person.primaryImageTag}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Person> ItemRowMapper::decodePeople(const QString &json)
{
    QList<Person> people;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        people.append({object.value(QLatin1String("Id")).toString(), object.value(QLatin1String("Name")).toString(),
                       object.value(QLatin1String("Role")).toString(), object.value(QLatin1String("Type")).toString(),
                       object.value(QLatin1String("PrimaryImageTag")).toString()});
    }
    return people;
}

} // namespace marquee
