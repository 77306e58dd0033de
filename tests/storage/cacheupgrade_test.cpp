// SPDX-License-Identifier: GPL-3.0-or-later
// A cache written by the release before several servers (#14: migrations/cache up to 0008) is carried over to the
// server it was filled from, and the state database comes through untouched.
#include "storage/cacheserverrepository.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/migrator.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"
#include "storage/syncstaterepository.h"
#include "support/testdirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::TestDirectory;

namespace {

const QString ServerId = QStringLiteral("0123456789abcdef0123456789abcdef");
// The last cache migration of the release before several servers.
constexpr int LastReleaseCacheVersion = 8;

/// The migrations of @p resourceFolder up to @p lastVersion, copied into @p into: a schema as an older release made it.
QString migrationsUpTo(const QString &resourceFolder, int lastVersion, const QString &into)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{4})_"));
    QDir().mkpath(into);
    const QStringList names = QDir(resourceFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (number.match(name).captured(1).toInt() <= lastVersion)
            EXPECT_TRUE(QFile::copy(QDir(resourceFolder).filePath(name), QDir(into).filePath(name)));
    }
    return into;
}

/// Runs @p statements on a file of its own, migrated by the scripts in @p migrations.
void makeFile(const QString &file, const QString &migrations, const QStringList &statements)
{
    const QString name = QStringLiteral("last-release-") + QFileInfo(file).fileName();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        const Migrator::Report report = Migrator(db, migrations).migrate();
        ASSERT_EQ(report.outcome, Migrator::Outcome::Migrated) << report.error.toString().toStdString();
        for (const QString &sql : statements)
            ASSERT_TRUE(SqlStatement::execOnce(db, sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
    return query.value(0);
}

class CacheUpgrade : public ::testing::Test
{
protected:
    void SetUp() override
    {
        paths = DatabasePaths::inDirectory(directory.path());
        const QString oldCache = migrationsUpTo(QStringLiteral(":/migrations/cache"), LastReleaseCacheVersion,
                                                directory.filePath(QStringLiteral("cache-migrations")));
        makeFile(paths.cacheFile, oldCache, {
            QStringLiteral("INSERT INTO cache_meta (key, value) VALUES ('server_id', '%1')").arg(ServerId),
            QStringLiteral("INSERT INTO libraries (id, name, collection_type, sort_index, fetched_at, expires_at) "
                           "VALUES ('movies', 'Movies', 'movies', 0, 1, 9999999999999)"),
            QStringLiteral("INSERT INTO items (id, library_id, parent_id, type, name, sort_name, production_year, "
                           "genres, date_created, etag, fetched_at, expires_at) VALUES "
                           "('m1', 'movies', 'movies', 'Movie', 'Solaris', 'solaris', 1972, '[\"Drama\"]', "
                           "'2020-01-01T00:00:00Z', 'e1', 1, 9999999999999), "
                           "('m2', 'movies', 'movies', 'Movie', 'Stalker', 'stalker', 1979, '[\"Drama\",\"Sci-Fi\"]', "
                           "'2020-01-02T00:00:00Z', 'e2', 1, 9999999999999)"),
            QStringLiteral("INSERT INTO sync_state (scope, last_success_at, last_attempt_at, expires_at, watermark, "
                           "total_count) VALUES ('library:movies', 100, 100, 200, '12345', 2)"),
            QStringLiteral("INSERT INTO sync_runs (scope, kind, started_at, finished_at, status, fetched, written) "
                           "VALUES ('library:movies', 'full', 90, 100, 'succeeded', 2, 2)"),
        });
        // The state database already had its newest schema in that release; it holds what cannot be fetched again.
        makeFile(paths.stateFile, QStringLiteral(":/migrations/state"), {
            QStringLiteral("INSERT INTO user_data (server_id, item_id, played, play_count, last_played_at) "
                           "VALUES ('%1', 'm2', 1, 1, 500)").arg(ServerId),
            QStringLiteral("INSERT INTO playback_queue (server_id, item_id, kind, position_ticks, occurred_at) "
                           "VALUES ('%1', 'm1', 'progress', 4200, 600)").arg(ServerId),
        });
        database = std::make_unique<Database>(paths);
        const Database::OpenReport report = database->open();
        ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
        EXPECT_TRUE(report.notices.isEmpty()) << report.notices.join(QLatin1Char(' ')).toStdString();
    }

    TestDirectory directory;
    DatabasePaths paths;
    std::unique_ptr<Database> database;
};

} // namespace

TEST_F(CacheUpgrade, TheCacheIsCarriedOverToTheServerItWasFilledFrom)
{
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA main.user_version")).toInt(),
              Migrator(QSqlDatabase(), QStringLiteral(":/migrations/cache")).latestVersion());
    const std::optional<qint64> key = CacheServerRepository(db).keyOf(ServerId);
    ASSERT_TRUE(key);

    ItemReader reader(db, ServerScope::of(*key));
    EXPECT_EQ(reader.countInLibrary(QStringLiteral("movies"), ItemType::Movie), 2);
    const std::optional<MediaItem> stalker = reader.item(QStringLiteral("m2"));
    ASSERT_TRUE(stalker);
    EXPECT_EQ(stalker->name, QStringLiteral("Stalker"));
    ASSERT_TRUE(stalker->userData);
    EXPECT_TRUE(stalker->userData->played);
    EXPECT_EQ(reader.search(QStringLiteral("sol"), 10).size(), 1);
    EXPECT_EQ(reader.genresInLibrary(QStringLiteral("movies"), ItemType::Movie),
              QStringList({QStringLiteral("Drama"), QStringLiteral("Sci-Fi")}));
    LibraryQuery sciFi{QStringLiteral("movies"), ItemType::Movie, {}};
    sciFi.view.genre = QStringLiteral("Sci-Fi");
    EXPECT_EQ(reader.countInView(sciFi), 1);

    // The active server is the one the cache recorded, so the pages read the same rows without naming it.
    EXPECT_EQ(ItemReader(db).countInLibrary(QStringLiteral("movies"), ItemType::Movie), 2);
    CacheConfig config;
    EXPECT_EQ(LibraryRepository(db, config).all().size(), 1);

    SyncStateRepository syncState(db, ServerScope::of(*key));
    const std::optional<SyncState> library = syncState.state(QStringLiteral("library:movies"));
    ASSERT_TRUE(library);
    EXPECT_EQ(library->watermark, QStringLiteral("12345"));
    EXPECT_EQ(library->totalCount, 2);
    const QList<SyncRun> runs = syncState.recentRuns(10);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().written, 2);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
}

TEST_F(CacheUpgrade, TheStateDatabaseComesThroughUntouched)
{
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM state.user_data")).toInt(), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT position_ticks FROM state.playback_queue WHERE item_id = 'm1'")).toInt(),
              4200);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA state.user_version")).toInt(),
              Migrator(QSqlDatabase(), QStringLiteral(":/migrations/state")).latestVersion());
}

TEST_F(CacheUpgrade, ASecondServerWithTheSameIdsFitsBesideTheCarriedOverRows)
{
    const QSqlDatabase db = database->connection();
    CacheConfig config;
    const qint64 second = *CacheServerRepository(db).ensureKey(QStringLiteral("second-server"));
    ASSERT_TRUE(LibraryRepository(db, config, ServerScope::of(second))
                    .replaceAll({{QStringLiteral("movies"), QStringLiteral("Films"), QStringLiteral("movies"), 0, {}}},
                                1000));
    MediaItem other;
    other.id = QStringLiteral("m1");
    other.libraryId = QStringLiteral("movies");
    other.type = ItemType::Movie;
    other.name = QStringLiteral("Mirror");
    ASSERT_TRUE(ItemBatchWriter(db, config, ServerScope::of(second)).write(QStringLiteral("second-server"), {other}, 1000));

    EXPECT_EQ(ItemReader(db).item(QStringLiteral("m1"))->name, QStringLiteral("Solaris"));
    EXPECT_EQ(ItemReader(db, ServerScope::of(second)).item(QStringLiteral("m1"))->name, QStringLiteral("Mirror"));
}
