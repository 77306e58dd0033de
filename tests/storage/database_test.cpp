// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/databasefilecheck.h"
#include "storage/itemreader.h"
#include "storage/migrator.h"
#include "storage/sqlstatement.h"
#include "storage/userdatarepository.h"
#include "support/germantranslation.h"
#include "support/testdirectory.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::TestDirectory;

namespace {

int userVersion(const QSqlDatabase &db, const QString &schema)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA %1.user_version").arg(schema)));
    EXPECT_TRUE(query.next());
    return query.value(0).toInt();
}

int latestVersion(const QString &folder)
{
    return Migrator(QSqlDatabase(), folder).latestVersion();
}

void setUserVersionOf(const QString &file, int version)
{
    const QString name = QStringLiteral("raw-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(SqlStatement::execOnce(db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The cache files moved aside, without their -wal and -shm companions.
QStringList brokenCopies(const QString &cacheFile)
{
    const QFileInfo info(cacheFile);
    QStringList copies = info.dir().entryList({info.fileName() + QStringLiteral(".broken-*")}, QDir::Files);
    copies.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    return copies;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST(Database, FreshOpenMigratesBothFilesToTheLatestVersion)
{
    TestDirectory dir;
    Database db(DatabasePaths::inDirectory(dir.path()));
    const auto report = db.open();
    ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
    EXPECT_TRUE(report.notices.isEmpty());
    EXPECT_EQ(userVersion(db.connection(), QStringLiteral("main")), latestVersion(QStringLiteral(":/migrations/cache")));
    EXPECT_EQ(userVersion(db.connection(), QStringLiteral("state")), latestVersion(QStringLiteral(":/migrations/state")));
    EXPECT_GE(latestVersion(QStringLiteral(":/migrations/cache")), 1);

    QSqlQuery mode(db.connection());
    ASSERT_TRUE(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery keys(db.connection());
    ASSERT_TRUE(keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next());
    EXPECT_EQ(keys.value(0).toInt(), 1);
}

TEST(Database, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    TestDirectory dir;
    {
        Database db(DatabasePaths::inDirectory(dir.path()));
        ASSERT_TRUE(db.open().ok);
        UserData data;
        data.itemId = QStringLiteral("item-1");
        data.positionTicks = 42;
        ASSERT_TRUE(UserDataRepository(db.connection()).put(QStringLiteral("srv"), data));
    }
    Database db(DatabasePaths::inDirectory(dir.path()));
    const auto report = db.open();
    ASSERT_TRUE(report.ok);
    EXPECT_TRUE(report.notices.isEmpty());
    const auto data = UserDataRepository(db.connection()).get(QStringLiteral("srv"), QStringLiteral("item-1"));
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->positionTicks, 42);
}

TEST(Database, ACacheFromANewerVersionIsMovedAsideAndRebuilt)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
    }
    setUserVersionOf(paths.cacheFile, 999);

    Database db(paths);
    const auto report = db.open();
    ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("newer version")));
    EXPECT_EQ(brokenCopies(paths.cacheFile).size(), 1);
    EXPECT_EQ(userVersion(db.connection(), QStringLiteral("main")), latestVersion(QStringLiteral(":/migrations/cache")));
}

TEST(Database, AStateFileFromANewerVersionIsRefusedAndLeftUntouched)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
    }
    setUserVersionOf(paths.stateFile, 999);
    QFile before(paths.stateFile);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = before.readAll();
    before.close();

    Database db(paths);
    const auto report = db.open();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.error.message.contains(QStringLiteral("newer version of Marquee")));
    EXPECT_TRUE(report.error.message.contains(paths.stateFile));
    QFile after(paths.stateFile);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytesBefore);
}

TEST(Database, AGarbageCacheFileIsMovedAsideAndRebuilt)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    QDir().mkpath(QFileInfo(paths.cacheFile).absolutePath());
    writeFile(paths.cacheFile, QByteArray(8192, 'x'));

    Database db(paths);
    const auto report = db.open();
    ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("not a database")));
    EXPECT_EQ(brokenCopies(paths.cacheFile).size(), 1);
    EXPECT_EQ(ItemReader(db.connection()).countInLibrary(QStringLiteral("lib"), ItemType::Movie), 0);
}

TEST(Database, ATruncatedCacheFileIsDetectedAtOpenAndRebuilt)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
        QSqlDatabase connection = db.connection();
        // Grow the file well past a few pages, then checkpoint so that the WAL is empty.
        ASSERT_TRUE(SqlStatement::execOnce(connection, QStringLiteral("CREATE TABLE filler(x)")));
        ASSERT_TRUE(SqlStatement::execOnce(connection, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                                                      "SELECT i + 1 FROM n WHERE i < 200) "
                                                                      "INSERT INTO filler SELECT randomblob(1000) FROM n")));
        ASSERT_TRUE(SqlStatement::execOnce(connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    EXPECT_EQ(DatabaseFileCheck::inspect(paths.cacheFile), DatabaseFileHealth::Healthy);
    QFile file(paths.cacheFile);
    ASSERT_TRUE(file.resize(file.size() / 2));
    EXPECT_EQ(DatabaseFileCheck::inspect(paths.cacheFile), DatabaseFileHealth::Truncated);

    Database db(paths);
    const auto report = db.open();
    ASSERT_TRUE(report.ok);
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("truncated")));
}

TEST(Database, ACorruptStateFileIsNeverTouched)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    QDir().mkpath(QFileInfo(paths.stateFile).absolutePath());
    const QByteArray garbage(4096, 'z');
    writeFile(paths.stateFile, garbage);

    Database db(paths);
    const auto report = db.open();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error.kind, ErrorKind::StorageCorrupt);
    QFile file(paths.stateFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), garbage);
}

TEST(Database, ClearingTheCacheFolderKeepsTheUserState)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
        UserData data;
        data.itemId = QStringLiteral("movie");
        data.played = true;
        ASSERT_TRUE(UserDataRepository(db.connection()).put(QStringLiteral("srv"), data));
    }
    ASSERT_TRUE(QDir(QFileInfo(paths.cacheFile).absolutePath()).removeRecursively());

    Database db(paths);
    ASSERT_TRUE(db.open().ok);
    const auto data = UserDataRepository(db.connection()).get(QStringLiteral("srv"), QStringLiteral("movie"));
    ASSERT_TRUE(data.has_value());
    EXPECT_TRUE(data->played);
}

TEST(Database, ARebuildScheduledAfterRuntimeCorruptionHappensOnTheNextOpen)
{
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
        db.scheduleCacheRebuild();
    }
    Database db(paths);
    const auto report = db.open();
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(report.notices.size(), 1);
    EXPECT_EQ(brokenCopies(paths.cacheFile).size(), 1);
}

TEST(Database, WhatItSaysOfADamagedFileReadsInTheUsersLanguage)
{
    // Issue #17: the app shows these words as they come; in German they are German, with the files named.
    const marquee::test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    TestDirectory dir;
    const DatabasePaths paths = DatabasePaths::inDirectory(dir.path());
    {
        Database db(paths);
        ASSERT_TRUE(db.open().ok);
        // The marker keeps its reason in English, whichever language the run that wrote it spoke.
        db.scheduleCacheRebuild(QStringLiteral("SQLite's check at start found damaged pages in it"));
    }
    {
        Database db(paths);
        const auto report = db.open();
        ASSERT_TRUE(report.ok);
        ASSERT_EQ(report.notices.size(), 1);
        const QStringList copies = brokenCopies(paths.cacheFile);
        ASSERT_EQ(copies.size(), 1);
        EXPECT_TRUE(report.notices.first().startsWith(
                QStringLiteral("Der Metadaten-Zwischenspeicher wurde neu aufgebaut, weil die Prüfung von SQLite beim "
                               "Start beschädigte Seiten darin gefunden hat; die alte Datei wurde als ")))
                << report.notices.first().toStdString();
        EXPECT_TRUE(report.notices.first().contains(QFileInfo(copies.first()).fileName()));
    }
    ASSERT_TRUE(QFile::remove(paths.stateFile));
    writeFile(paths.stateFile, QByteArray(4096, 'z'));
    Database db(paths);
    const auto report = db.open();
    ASSERT_FALSE(report.ok);
    EXPECT_TRUE(report.error.message.startsWith(QStringLiteral("Die Zustandsdatei %1 von Marquee ist beschädigt.")
                                                        .arg(paths.stateFile)))
            << report.error.message.toStdString();
    EXPECT_TRUE(report.error.message.contains(QStringLiteral("Eine Kopie wurde als ")));
    EXPECT_TRUE(report.error.message.endsWith(QStringLiteral("führen Sie aus: marquee-cli state --recover")));
}
