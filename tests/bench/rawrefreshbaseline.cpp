// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawrefreshbaseline.h"

#include "demoserver/demoserver.h"
#include "httpfetch.h"
#include "rawsqlite.h"
#include "samples.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace marquee::bench {

namespace {

// The columns ItemWriter writes, in bind order.
const QByteArrayList ItemColumns{
    "id", "library_id", "parent_id", "series_id", "season_id", "type", "name", "sort_name", "original_title",
    "series_name", "production_year", "index_number", "parent_index_number", "run_time_ticks", "community_rating",
    "critic_rating", "official_rating", "premiere_date", "date_created", "overview", "tagline", "genres", "studios",
    "people", "primary_image_tag", "backdrop_image_tag", "thumb_image_tag", "child_count", "etag", "can_download",
    "detail_level", "fetched_at", "expires_at"};

QByteArray itemUpsertSql()
{
    QByteArrayList placeholders;
    QByteArrayList updates;
    for (const QByteArray &column : ItemColumns) {
        placeholders << "?";
        if (column != "id")
            updates << column + " = excluded." + column;
    }
    // One server, under key 1, as ItemWriter writes it for the active server.
    return "INSERT INTO items (server_key, " + ItemColumns.join(", ") + ") VALUES (1, " + placeholders.join(", ")
        + ") ON CONFLICT(server_key, id) DO UPDATE SET " + updates.join(", ")
        + " WHERE items.etag IS NOT excluded.etag OR excluded.etag IS NULL"
          " OR items.can_download IS NOT excluded.can_download";
}

const QByteArray UserDataUpsertSql =
    "INSERT INTO state.user_data (server_id, item_id, played, play_count, position_ticks, is_favorite, "
    "last_played_at, server_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server_id, item_id) DO UPDATE SET "
    "played = excluded.played, play_count = excluded.play_count, position_ticks = excluded.position_ticks, "
    "is_favorite = excluded.is_favorite, last_played_at = excluded.last_played_at, "
    "server_updated_at = excluded.server_updated_at WHERE user_data.local_updated_at IS NULL";

constexpr qint64 HourMs = 3'600'000;

QByteArray utf8(const QJsonValue &value)
{
    return value.toString().toUtf8();
}

QByteArray compact(const QJsonArray &array)
{
    return array.isEmpty() ? QByteArray("[]") : QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void bindOptionalInt(RawStatement &statement, int index, const QJsonValue &value)
{
    if (value.isDouble())
        statement.bindInt(index, qint64(value.toDouble()));
    else
        statement.bindNull(index);
}

void bindOptionalDouble(RawStatement &statement, int index, const QJsonValue &value)
{
    if (value.isDouble())
        statement.bindDouble(index, value.toDouble());
    else
        statement.bindNull(index);
}

/// The same row ItemWriter makes of a BaseItemDto, bound straight from the JSON.
void bindItem(RawStatement &statement, const QJsonObject &item, const QByteArray &libraryId, qint64 nowMs)
{
    const QString type = item.value(QLatin1String("Type")).toString();
    const QJsonObject imageTags = item.value(QLatin1String("ImageTags")).toObject();
    QJsonArray studios;
    for (const QJsonValue &studio : item.value(QLatin1String("Studios")).toArray())
        studios.append(studio.toObject().value(QLatin1String("Name")));
    QByteArray sortName = utf8(item.value(QLatin1String("SortName")));
    if (sortName.isEmpty())
        sortName = item.value(QLatin1String("Name")).toString().toLower().toUtf8();
    const qint64 ttl = type == QLatin1String("Episode") ? 12 * HourMs : 4 * HourMs;
    int i = 0;
    statement.bindText(++i, utf8(item.value(QLatin1String("Id"))));
    statement.bindText(++i, libraryId);
    statement.bindText(++i, utf8(item.value(QLatin1String("ParentId"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("SeriesId"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("SeasonId"))));
    statement.bindText(++i, type.toUtf8());
    statement.bindText(++i, utf8(item.value(QLatin1String("Name"))));
    statement.bindText(++i, sortName);
    statement.bindText(++i, utf8(item.value(QLatin1String("OriginalTitle"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("SeriesName"))));
    bindOptionalInt(statement, ++i, item.value(QLatin1String("ProductionYear")));
    bindOptionalInt(statement, ++i, item.value(QLatin1String("IndexNumber")));
    bindOptionalInt(statement, ++i, item.value(QLatin1String("ParentIndexNumber")));
    statement.bindInt(++i, qint64(item.value(QLatin1String("RunTimeTicks")).toDouble()));
    bindOptionalDouble(statement, ++i, item.value(QLatin1String("CommunityRating")));
    bindOptionalDouble(statement, ++i, item.value(QLatin1String("CriticRating")));
    statement.bindText(++i, utf8(item.value(QLatin1String("OfficialRating"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("PremiereDate"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("DateCreated"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("Overview"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("Taglines")).toArray().at(0)));
    statement.bindText(++i, compact(item.value(QLatin1String("Genres")).toArray()));
    statement.bindText(++i, compact(studios));
    statement.bindText(++i, compact(item.value(QLatin1String("People")).toArray()));
    statement.bindText(++i, utf8(imageTags.value(QLatin1String("Primary"))));
    statement.bindText(++i, utf8(item.value(QLatin1String("BackdropImageTags")).toArray().at(0)));
    statement.bindText(++i, utf8(imageTags.value(QLatin1String("Thumb"))));
    bindOptionalInt(statement, ++i, item.value(QLatin1String("ChildCount")));
    statement.bindText(++i, utf8(item.value(QLatin1String("Etag"))));
    statement.bindInt(++i, item.value(QLatin1String("CanDownload")).toBool() ? 1 : 0);
    statement.bindInt(++i, 0);
    statement.bindInt(++i, nowMs);
    statement.bindInt(++i, nowMs + ttl);
}

void bindUserData(RawStatement &statement, const QByteArray &serverId, const QJsonObject &item, qint64 nowMs)
{
    const QJsonObject data = item.value(QLatin1String("UserData")).toObject();
    const QString lastPlayed = data.value(QLatin1String("LastPlayedDate")).toString();
    int i = 0;
    statement.bindText(++i, serverId);
    statement.bindText(++i, utf8(item.value(QLatin1String("Id"))));
    statement.bindInt(++i, data.value(QLatin1String("Played")).toBool() ? 1 : 0);
    statement.bindInt(++i, data.value(QLatin1String("PlayCount")).toInt());
    statement.bindInt(++i, qint64(data.value(QLatin1String("PlaybackPositionTicks")).toDouble()));
    statement.bindInt(++i, data.value(QLatin1String("IsFavorite")).toBool() ? 1 : 0);
    if (lastPlayed.isEmpty())
        statement.bindNull(++i);
    else
        statement.bindInt(++i, QDateTime::fromString(lastPlayed, Qt::ISODateWithMs).toMSecsSinceEpoch());
    statement.bindInt(++i, nowMs);
}

} // namespace

RawRefreshBaseline::RawRefreshBaseline(DemoServer &server, int batchSize)
    : m_server(server)
    , m_requests(server.baseUrl(), ClientIdentity::forThisDevice(QStringLiteral("raw-baseline")))
    , m_token(server.createAccessToken(QStringLiteral("raw-baseline")))
    , m_batchSize(batchSize)
{
}

QList<RawRefreshBaseline::Listing> RawRefreshBaseline::listings() const
{
    return {{m_server.libraryId(QStringLiteral("movies")), {ItemType::Movie}},
            {m_server.libraryId(QStringLiteral("tvshows")), {ItemType::Series, ItemType::Season, ItemType::Episode}}};
}

HttpRequest RawRefreshBaseline::pageRequest(const Listing &listing, int startIndex, int limit) const
{
    // LibraryRefreshJob's listing: the library's types, recursive, by sort name, a batch at a time.
    ItemQuery query;
    query.parentId = listing.libraryId;
    query.includeItemTypes = listing.types;
    query.startIndex = startIndex;
    query.limit = limit;
    return m_requests.request(HttpMethod::Get, QStringLiteral("/Items"),
                              JellyfinRequests::itemQuery(query, m_server.userId(), false), m_token);
}

void RawRefreshBaseline::warmServer()
{
    QNetworkAccessManager nam;
    for (const Listing &listing : listings())
        fetch(nam, pageRequest(listing, 0, 1));
}

RawRefreshBaseline::Result RawRefreshBaseline::run(const QString &directory)
{
    Result result;
    const QString statePath = QDir(directory).filePath(QStringLiteral("raw-state.db"));
    {
        RawDatabase state(statePath);
        if (!state.exec("PRAGMA journal_mode = WAL") || !state.migrate(QStringLiteral(":/migrations/state"))) {
            result.error = state.error();
            return result;
        }
    }
    RawDatabase db(QDir(directory).filePath(QStringLiteral("raw-cache.db")));
    const QByteArray attach = "ATTACH DATABASE '" + statePath.toUtf8().replace('\'', "''") + "' AS state";
    if (!db.exec("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL")
        || !db.migrate(QStringLiteral(":/migrations/cache"))
        || !db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; " + attach
                    + "; PRAGMA state.synchronous = FULL; " + Database::writerPragmas().join(u';').toUtf8())) {
        result.error = db.error();
        return result;
    }

    const QList<Listing> libraries = listings();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!db.exec("INSERT INTO cache_servers (server_key, server_id) VALUES (1, 'raw-baseline')")) {
        result.error = db.error();
        return result;
    }
    for (const Listing &listing : libraries) {
        if (!db.exec("INSERT INTO libraries (server_key, id, name, fetched_at, expires_at) VALUES (1, '"
                     + listing.libraryId.toUtf8() + "', 'x', 0, 0)")) {
            result.error = db.error();
            return result;
        }
    }
    RawStatement upsertItem(db, itemUpsertSql());
    RawStatement upsertUserData(db, UserDataUpsertSql);
    if (!upsertItem.isPrepared() || !upsertUserData.isPrepared()) {
        result.error = QStringLiteral("cannot prepare the upserts");
        return result;
    }

    const QByteArray serverId = m_server.serverId().toUtf8();
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    db.exec("BEGIN");
    for (const Listing &listing : libraries) {
        const QByteArray library = listing.libraryId.toUtf8();
        for (int startIndex = 0;;) {
            QElapsedTimer step;
            step.start();
            const QByteArray body = fetch(nam, pageRequest(listing, startIndex, m_batchSize));
            result.fetchMs += msSince(step);
            step.restart();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            result.parseMs += msSince(step);
            const QJsonArray items = page.value(QLatin1String("Items")).toArray();
            for (const QJsonValue &value : items) {
                const QJsonObject item = value.toObject();
                bindItem(upsertItem, item, library, now);
                const bool itemWritten = upsertItem.run();
                upsertItem.reset();
                bindUserData(upsertUserData, serverId, item, now);
                const bool userDataWritten = upsertUserData.run();
                upsertUserData.reset();
                if (!itemWritten || !userDataWritten) {
                    db.exec("ROLLBACK");
                    result.error = QStringLiteral("an upsert failed");
                    return result;
                }
            }
            result.items += int(items.size());
            startIndex += int(items.size());
            if (items.isEmpty() || startIndex >= page.value(QLatin1String("TotalRecordCount")).toInt())
                break;
        }
    }
    if (!db.exec("COMMIT"))
        result.error = db.error();
    result.ms = msSince(timer);
    return result;
}

} // namespace marquee::bench
