// SPDX-License-Identifier: GPL-3.0-or-later
// What the unplayed-episode count on show posters costs the grid: one page of 200 series read as the Library page
// reads it (ItemReader::libraryPage, which counts each series' unplayed episodes), beside the same page's SQL
// alone, on an on-disk cache of 2,000 series and 100,000 episodes of which a third are played; then the same
// without the covering index of migrations/cache/0007, to show what the index is for.
//
//   build/tests/bench/showsgrid_bench [rounds=21]
#include "core/cacheconfig.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/databasepaths.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/sqlstatement.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace marquee;

namespace {

constexpr int Series = 2'000;
constexpr int Seasons = 5;
constexpr int EpisodesPerSeason = 10;
constexpr int PageRows = 200;
const QString LibraryId = QStringLiteral("shows");
const QString ServerId = QStringLiteral("0123456789abcdef0123456789abcdef");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

MediaItem item(const QString &id, ItemType type, const QString &name)
{
    MediaItem i;
    i.id = id;
    i.libraryId = LibraryId;
    i.type = type;
    i.name = name;
    i.sortName = name.toLower();
    i.overview = QStringLiteral("An overview long enough to make the row as wide as a real one is. ").repeated(4);
    i.primaryImageTag = QStringLiteral("tag");
    return i;
}

bool fill(QSqlDatabase db, const CacheConfig &config)
{
    CacheMetaRepository(db).setServerId(ServerId);
    {
        WriteTransaction transaction(db);
        if (!LibraryRepository(db, config).replaceAll({Library{LibraryId, QStringLiteral("Shows"),
                                                               QStringLiteral("tvshows"), 0, {}}},
                                                      0)
            || !transaction.commit())
            return false;
    }
    ItemBatchWriter writer(db, config);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int s = 0; s < Series; ++s) {
        const QString seriesId = QStringLiteral("series-%1").arg(s, 5, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Show %1").arg(s, 5, 10, QLatin1Char('0'));
        QList<MediaItem> batch{item(seriesId, ItemType::Series, name)};
        QList<UserData> played;
        for (int season = 1; season <= Seasons; ++season) {
            MediaItem seasonItem = item(QStringLiteral("%1-s%2").arg(seriesId).arg(season), ItemType::Season,
                                        QStringLiteral("Season %1").arg(season));
            seasonItem.parentId = seasonItem.seriesId = seriesId;
            seasonItem.indexNumber = season;
            batch << seasonItem;
            for (int e = 1; e <= EpisodesPerSeason; ++e) {
                MediaItem episode = item(QStringLiteral("%1e%2").arg(seasonItem.id).arg(e), ItemType::Episode,
                                         QStringLiteral("Episode %1").arg(e));
                episode.parentId = episode.seasonId = seasonItem.id;
                episode.seriesId = seriesId;
                episode.indexNumber = e;
                episode.parentIndexNumber = season;
                batch << episode;
                if ((s + season * EpisodesPerSeason + e) % 3 == 0)
                    played << UserData{episode.id, true, 1, 0, false, now, now, {}};
            }
        }
        if (!writer.write(ServerId, batch, now) || !writer.mergeUserData(ServerId, played, now))
            return false;
    }
    return true;
}

struct Timing
{
    double withCounts = 0;
    double sqlAlone = 0;
};

Timing measure(QSqlDatabase db, int rounds)
{
    ItemReader reader(db);
    LibraryPageRequest first;
    first.query = {LibraryId, ItemType::Series, {}};
    first.limit = PageRows;
    // A page in the middle, reached by keyset from its neighbour as the grid reads it while scrolling.
    LibraryPageRequest middle = first;
    middle.after = PageCursor{{}, QStringLiteral("show 00999"), QStringLiteral("series-00999")};
    QList<double> counted;
    QList<double> alone;
    for (int r = 0; r < rounds; ++r) {
        const LibraryPageRequest &request = r % 2 ? middle : first;
        QElapsedTimer timer;
        timer.start();
        const LibraryRows rows = reader.libraryPage(request);
        counted << double(timer.nsecsElapsed()) / 1e6;
        if (rows.items.size() != PageRows || !rows.items.first().unplayedEpisodes) {
            std::fprintf(stderr, "round %d: %lld rows\n", r, qlonglong(rows.items.size()));
            return {};
        }
        const LibrarySql sql = LibrarySql::page(request);
        SqlStatement statement(db, sql.sql);
        for (const auto &[name, value] : sql.values)
            statement.bind(name, value);
        timer.restart();
        int read = 0;
        if (statement.exec()) {
            while (statement.next())
                read += statement.value(0).toString().isEmpty() ? 0 : 1;
        }
        alone << double(timer.nsecsElapsed()) / 1e6;
        if (read != PageRows)
            return {};
    }
    return {median(counted), median(alone)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(2, atoi(argv[1])) : 21;
    QTemporaryDir dir;
    Database database(DatabasePaths::inDirectory(dir.path()));
    if (!database.open().ok)
        return 1;
    QSqlDatabase db = database.connection();
    const CacheConfig config;
    QElapsedTimer timer;
    timer.start();
    if (!fill(db, config))
        return 1;
    std::printf("cache: %d series, %d episodes (a third played), written in %.0f ms\n", Series,
                Series * Seasons * EpisodesPerSeason, double(timer.elapsed()));

    const Timing indexed = measure(db, rounds);
    std::printf("page of %d series with unplayed counts: %.2f ms; the same page's SQL alone: %.2f ms "
                "(medians of %d, first and middle pages)\n",
                PageRows, indexed.withCounts, indexed.sqlAlone, rounds);
    if (!SqlStatement::execOnce(db, QStringLiteral("DROP INDEX items_series_episodes")))
        return 1;
    const Timing bare = measure(db, rounds);
    std::printf("without the index items_series_episodes: %.2f ms with counts\n", bare.withCounts);
    return indexed.withCounts > 0 ? 0 : 1;
}
