// SPDX-License-Identifier: GPL-3.0-or-later
// CacheStatsRepository, CacheMaintenance and CacheArchive: the storage side of marquee-cli.
#include "storage/cachearchive.h"
#include "storage/cachemaintenance.h"
#include "storage/cachemetarepository.h"
#include "storage/cachestatsrepository.h"
#include "storage/itemreader.h"
#include "storage/migrator.h"
#include "storage/sqlstatement.h"
#include "support/cachefixture.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

constexpr qint64 Hour = 3600'000;

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
    return query.value(0).toInt();
}

void queuePlayback(const QSqlDatabase &db, const QString &itemId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, occurred_at) "
                                 "VALUES ('s', :id, 'progress', 1)"));
    query.bindValue(QStringLiteral(":id"), itemId);
    ASSERT_TRUE(query.exec());
}

/// A movie library of 30 (10 of them at full detail) and a show library with one series.
void seed(CacheFixture &fixture)
{
    fixture.addLibrary(QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
    fixture.addLibrary(QStringLiteral("shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
    QList<MediaItem> movies = fixture.addMovies(QStringLiteral("movies"), 30);
    for (int i = 0; i < 10; ++i) {
        movies[i].detailLevel = DetailLevel::Full;
        movies[i].etag += QStringLiteral("-full");
    }
    fixture.write(movies.mid(0, 10));
    fixture.addSeries(QStringLiteral("shows"), QStringLiteral("Some Show"), 2, 3);
}

} // namespace

TEST(CacheStatsRepository, CountsByTypeLibraryAndDetail)
{
    CacheFixture fixture;
    seed(fixture);
    CacheStatsRepository stats(fixture.connection());

    const QList<QPair<QString, int>> byType = stats.itemCountsByType();
    ASSERT_EQ(byType.size(), 4);
    EXPECT_EQ(byType[0], qMakePair(QStringLiteral("Movie"), 30));
    EXPECT_EQ(byType[1], qMakePair(QStringLiteral("Episode"), 6));

    const QList<LibraryStats> libraries = stats.libraries();
    ASSERT_EQ(libraries.size(), 2);
    EXPECT_EQ(libraries[0].name, QStringLiteral("Movies"));
    EXPECT_EQ(libraries[0].items, 30);
    EXPECT_EQ(libraries[0].fullDetail, 10);
    EXPECT_EQ(libraries[1].items, 9);

    const QStringList missing = stats.idsMissingDetails(QStringLiteral("movies"));
    EXPECT_EQ(missing.size(), 20);
    EXPECT_FALSE(missing.contains(CacheFixture::movie(QStringLiteral("movies"), 0, QStringLiteral("Movie")).id));
}

TEST(CacheStatsRepository, FreshnessJudgesEachRowByItsOwnTimeToLive)
{
    CacheFixture fixture;
    seed(fixture);
    CacheStatsRepository stats(fixture.connection());
    const qint64 now = fixture.clock().nowMs();

    // Movies live 4 h (±10 %), episodes 12 h, full details 24 h: just written, every one is fresh.
    FreshnessCounts items = stats.itemFreshness(now, 0.1);
    EXPECT_EQ(items.fresh, 39);
    EXPECT_EQ(items.expiringSoon, 0);
    EXPECT_EQ(items.stale, 0);
    EXPECT_EQ(items.fullDetail, 10);
    // Five hours on: summary movies, the series and its seasons (4 h) are stale; episodes and details are not.
    items = stats.itemFreshness(now + 5 * Hour, 0.1);
    EXPECT_EQ(items.stale, 20 + 1 + 2);
    EXPECT_EQ(items.total(), 39);
    // A row in the last tenth of its own time to live is expiring soon, however long that time is.
    QSqlQuery age(fixture.connection());
    ASSERT_TRUE(age.prepare(QStringLiteral("UPDATE items SET fetched_at = :fetched, expires_at = :expires WHERE id = :id")));
    age.bindValue(QStringLiteral(":fetched"), now - 10 * Hour);
    age.bindValue(QStringLiteral(":expires"), now + Hour / 2);
    age.bindValue(QStringLiteral(":id"), CacheFixture::movie(QStringLiteral("movies"), 3, QStringLiteral("Movie")).id);
    ASSERT_TRUE(age.exec());
    items = stats.itemFreshness(now, 0.1);
    EXPECT_EQ(items.expiringSoon, 1);
    EXPECT_EQ(items.fresh, 38);

    const FreshnessCounts none = stats.scopeFreshness(now, 0.1);
    EXPECT_EQ(none.total(), 0);
    queuePlayback(fixture.connection(), QStringLiteral("a"));
    EXPECT_EQ(stats.pendingPlaybackChanges(), 1);
}

TEST(CacheMaintenance, ClearKeepsThePlaybackQueueUnlessAsked)
{
    CacheFixture fixture;
    seed(fixture);
    queuePlayback(fixture.connection(), QStringLiteral("a"));
    queuePlayback(fixture.connection(), QStringLiteral("b"));
    CacheMaintenance maintenance(fixture.connection());

    const Result<ClearReport> cleared = maintenance.clearMetadata();
    ASSERT_TRUE(cleared) << cleared.error().toString().toStdString();
    EXPECT_EQ(cleared.value().items, 39);
    EXPECT_EQ(cleared.value().libraries, 2);
    EXPECT_EQ(count(fixture.connection(), QStringLiteral("SELECT count(*) FROM items")), 0);
    EXPECT_EQ(count(fixture.connection(), QStringLiteral("SELECT count(*) FROM items_fts")), 0);
    EXPECT_EQ(count(fixture.connection(), QStringLiteral("SELECT count(*) FROM state.playback_queue")), 2);
    EXPECT_TRUE(maintenance.compact());

    const Result<int> pending = maintenance.clearPendingPlayback();
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending.value(), 2);
    EXPECT_EQ(count(fixture.connection(), QStringLiteral("SELECT count(*) FROM state.playback_queue")), 0);
}

TEST(CacheArchive, ExportClearImportRestoresTheSameRows)
{
    CacheFixture fixture;
    seed(fixture);
    const QString file = fixture.directory().filePath(QStringLiteral("export.marquee"));
    const QString rowsSql = QStringLiteral("SELECT group_concat(id || ':' || name || ':' || detail_level || ':' || "
                                           "expires_at, ',') FROM (SELECT * FROM items ORDER BY id)");
    QSqlQuery before(fixture.connection());
    ASSERT_TRUE(before.exec(rowsSql) && before.next());
    const QString rows = before.value(0).toString();
    before.finish();

    CacheArchive archive(fixture.database(), fixture.clock());
    const Result<CacheArchiveHeader> exported = archive.exportTo(file);
    ASSERT_TRUE(exported) << exported.error().toString().toStdString();
    EXPECT_EQ(exported.value().items, 39);
    EXPECT_EQ(exported.value().schemaVersion,
              Migrator(fixture.connection(), QStringLiteral(":/migrations/cache")).latestVersion());
    EXPECT_EQ(exported.value().serverId, CacheFixture::ServerId);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));

    ASSERT_TRUE(CacheMaintenance(fixture.connection()).clearMetadata());
    CacheMetaRepository(fixture.connection()).setServerId(QStringLiteral("another"));

    const Result<CacheArchiveHeader> imported = archive.importFrom(file, CacheFixture::ServerId);
    ASSERT_TRUE(imported) << imported.error().toString().toStdString();
    EXPECT_EQ(imported.value().libraries, 2);
    QSqlQuery after(fixture.connection());
    ASSERT_TRUE(after.exec(rowsSql) && after.next());
    EXPECT_EQ(after.value(0).toString(), rows);
    after.finish();
    EXPECT_EQ(CacheMetaRepository(fixture.connection()).serverId(), CacheFixture::ServerId);
    // The search index came back with the rows.
    EXPECT_EQ(ItemReader(fixture.connection()).search(QStringLiteral("movie 0001"), 50).size(), 10);
    EXPECT_FALSE(QFile::exists(fixture.database().paths().cacheFile + QStringLiteral(".import")));
}

TEST(CacheArchive, RefusesGarbageAnotherServerAndNewerFormatsLeavingTheCacheAlone)
{
    CacheFixture fixture;
    seed(fixture);
    CacheArchive archive(fixture.database(), fixture.clock());
    const auto items = [&] { return count(fixture.connection(), QStringLiteral("SELECT count(*) FROM items")); };

    const QString garbage = fixture.directory().filePath(QStringLiteral("garbage.bin"));
    QFile out(garbage);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(4096, 'x'));
    out.close();
    Result<CacheArchiveHeader> result = archive.importFrom(garbage);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("not a Marquee cache export")));
    EXPECT_FALSE(archive.importFrom(fixture.directory().filePath(QStringLiteral("missing"))));

    // An SQLite file that is not an export (the state database).
    result = archive.importFrom(fixture.database().paths().stateFile);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("no export header")));

    const QString file = fixture.directory().filePath(QStringLiteral("export.marquee"));
    ASSERT_TRUE(archive.exportTo(file));
    result = archive.importFrom(file, QStringLiteral("ffffffffffffffffffffffffffffffff"));
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("not of the signed-in server")));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE marquee_export SET value = '9' WHERE key = 'format_version'")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM items")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    result = archive.importFrom(file);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("export format 9")));
    EXPECT_EQ(items(), 39);
}
