// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults: a process killed mid-transaction, a full disk, damaged or newer cache files, a read-only data
// folder and a cache folder deleted while running. The user's state (played state, pending progress) survives all.
#include "cachedigest.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "support/cachefixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString LibraryId = QStringLiteral("lib-movies");
constexpr char ChildDirectoryVariable[] = "MARQUEE_FAULT_CHILD_DIR";

/// A fixture with 300 movies, some played state and one pending progress report.
class StorageFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cache.addLibrary(LibraryId, QStringLiteral("Movies"), QStringLiteral("movies"));
        movies = cache.addMovies(LibraryId, 300);
        cache.setUserData(UserData{movies[0].id, true, 2, 0, true, 1'700'000'000'000LL});
        cache.setUserData(UserData{movies[1].id, false, 0, 12'345'678, false, {}});
        QSqlQuery queued(cache.connection());
        queued.prepare(QStringLiteral("INSERT INTO state.playback_queue (server_id, item_id, kind, position_ticks, "
                                      "occurred_at) VALUES (?, ?, 'progress', 12345678, 1700000000000)"));
        queued.addBindValue(CacheFixture::ServerId);
        queued.addBindValue(movies[1].id);
        ASSERT_TRUE(queued.exec());
        before = CacheDigest::of(cache.connection());
        ASSERT_EQ(before.items, 300);
        ASSERT_EQ(before.queued, 1);
    }

    /// Runs this binary again as a child that executes one StorageFaultChild test in the fixture's folder.
    void startChild(QProcess &child, const char *testName)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildDirectoryVariable), cache.directory().path());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=StorageFaultChild.") + QString::fromLatin1(testName)});
        ASSERT_TRUE(child.waitForStarted());
    }

    [[nodiscard]] CacheDigest reopenedDigest()
    {
        cache.database().releaseThreadConnection();
        Database reopened(DatabasePaths::inDirectory(cache.directory().path()));
        const Database::OpenReport report = reopened.open();
        EXPECT_TRUE(report.ok) << report.error.toString().toStdString();
        const CacheDigest digest = CacheDigest::of(reopened.connection());
        QSqlQuery check(reopened.connection());
        EXPECT_TRUE(check.exec(QStringLiteral("PRAGMA main.integrity_check")) && check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        return digest;
    }

    CacheFixture cache;
    QList<MediaItem> movies;
    CacheDigest before;
};

QList<MediaItem> renamedCopies(const QString &libraryId, int count)
{
    QList<MediaItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        MediaItem item = CacheFixture::movie(libraryId, i, QStringLiteral("Movie"));
        item.name = QStringLiteral("Overwritten %1").arg(i);
        items.append(item);
    }
    return items;
}

} // namespace

// Not a test of its own: the body of the child process that StorageFaults starts.
TEST(StorageFaultChild, WriteOneHugeTransaction)
{
    const QString directory = qEnvironmentVariable(ChildDirectoryVariable);
    if (directory.isEmpty())
        GTEST_SKIP() << "runs only as the child of SIGKILLMidTransactionLosesNothing";
    Database database(DatabasePaths::inDirectory(directory));
    ASSERT_TRUE(database.open().ok);
    const QList<MediaItem> items = renamedCopies(LibraryId, 150'000);
    std::printf("writing\n");
    std::fflush(stdout);
    const Result<int> written = ItemBatchWriter(database.connection(), CacheConfig()).write(CacheFixture::ServerId, items, 1);
    std::printf("committed %d\n", written.ok() ? written.value() : -1);
    std::fflush(stdout);
}

TEST(StorageFaultChild, OpenAReadOnlyDataFolder)
{
    const QString directory = qEnvironmentVariable(ChildDirectoryVariable);
    if (directory.isEmpty())
        GTEST_SKIP() << "runs only as the child of AReadOnlyDataFolderIsRefusedWithoutATouch";
    // root writes anywhere; drop to nobody so that the folder's permissions mean what they say.
    if (geteuid() == 0)
        ASSERT_TRUE(setgid(65534) == 0 && setuid(65534) == 0);
    Database database(DatabasePaths::inDirectory(directory));
    const Database::OpenReport report = database.open();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error.kind, ErrorKind::Storage);
    std::printf("error: %s\n", qPrintable(report.error.toString()));
    EXPECT_TRUE(report.error.message.contains(QStringLiteral("read-only"))) << report.error.toString().toStdString();
}

TEST_F(StorageFaults, SIGKILLMidTransactionLosesNothing)
{
    cache.database().releaseThreadConnection();
    QProcess child;
    startChild(child, "WriteOneHugeTransaction");
    QByteArray output;
    while (!output.contains("writing\n") && child.waitForReadyRead(60'000))
        output += child.readAll();
    ASSERT_TRUE(output.contains("writing\n")) << output.constData();
    QThread::msleep(300);
    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10'000));
    output += child.readAll();
    ASSERT_FALSE(output.contains("committed")) << "the kill came too late to be mid-transaction: " << output.constData();
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    EXPECT_EQ(reopenedDigest(), before);
}

TEST_F(StorageFaults, AFullDiskIsStorageFullAndTheBatchLeavesNoTrace)
{
    QSqlQuery pages(cache.connection());
    ASSERT_TRUE(pages.exec(QStringLiteral("PRAGMA main.page_count")) && pages.next());
    const int used = pages.value(0).toInt();
    // A file that may not grow by more than two pages: SQLite answers SQLITE_FULL, as on a full disk.
    ASSERT_TRUE(QSqlQuery(cache.connection()).exec(QStringLiteral("PRAGMA main.max_page_count = %1").arg(used + 2)));
    ItemBatchWriter writer(cache.connection(), cache.config());
    const Result<int> written = writer.write(CacheFixture::ServerId, renamedCopies(LibraryId, 3000), 1);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::StorageFull) << written.error().toString().toStdString();
    EXPECT_EQ(CacheDigest::of(cache.connection()), before);

    ASSERT_TRUE(QSqlQuery(cache.connection()).exec(QStringLiteral("PRAGMA main.max_page_count = 1073741823")));
    EXPECT_TRUE(writer.write(CacheFixture::ServerId, renamedCopies(LibraryId, 3000), 1).ok())
        << "once there is room again, the same batch is written";
}

TEST_F(StorageFaults, ADamagedOrNewerCacheIsRebuiltAndTheUsersStateIsKept)
{
    const QString cacheFile = DatabasePaths::inDirectory(cache.directory().path()).cacheFile;
    const QList<std::pair<const char *, std::function<void()>>> damages = {
        {"garbage", [&] {
             QFile file(cacheFile);
             ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
             file.write(QByteArray(64 * 1024, '\x5a'));
         }},
        {"truncated", [&] { ASSERT_TRUE(QFile::resize(cacheFile, QFileInfo(cacheFile).size() / 3)); }},
        {"newer", [&] {
             Database newer(DatabasePaths::inDirectory(cache.directory().path()));
             ASSERT_TRUE(newer.open().ok);
             ASSERT_TRUE(QSqlQuery(newer.connection()).exec(QStringLiteral("PRAGMA main.user_version = 999")));
         }},
    };
    for (const auto &[name, damage] : damages) {
        SCOPED_TRACE(name);
        cache.database().releaseThreadConnection();
        QFile::remove(cacheFile + QStringLiteral("-wal"));
        QFile::remove(cacheFile + QStringLiteral("-shm"));
        damage();
        Database reopened(DatabasePaths::inDirectory(cache.directory().path()));
        const Database::OpenReport report = reopened.open();
        ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
        EXPECT_FALSE(report.notices.isEmpty()) << "the user is told the cache was rebuilt";
        const CacheDigest after = CacheDigest::of(reopened.connection());
        EXPECT_EQ(after.items, 0);
        EXPECT_EQ(after.userData, before.userData);
        EXPECT_EQ(after.queued, before.queued);
        reopened.releaseThreadConnection();
    }
}

TEST_F(StorageFaults, AReadOnlyDataFolderIsRefusedWithoutATouch)
{
    cache.database().releaseThreadConnection();
    const QDir root(cache.directory().path());
    const QStringList folders = {root.filePath(QStringLiteral("data")), root.filePath(QStringLiteral("cache"))};
    const auto fileBytes = [&] {
        QByteArray all;
        for (const QString &folder : folders) {
            for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
                QFile file(info.filePath());
                if (file.open(QIODevice::ReadOnly))
                    all += info.fileName().toUtf8() + file.readAll();
            }
        }
        return all;
    };
    const QByteArray bytesBefore = fileBytes();
    QFile::setPermissions(root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                           | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                        | QFile::ReadOther | QFile::ExeOther;
    for (const QString &folder : folders) {
        for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files))
            QFile::setPermissions(info.filePath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, readOnly);
    }
    QProcess child;
    startChild(child, "OpenAReadOnlyDataFolder");
    ASSERT_TRUE(child.waitForFinished(60'000));
    const QByteArray output = child.readAll();
    for (const QString &folder : folders) {
        QFile::setPermissions(folder, readOnly | QFile::WriteOwner);
        for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files))
            QFile::setPermissions(info.filePath(), QFile::ReadOwner | QFile::WriteOwner);
    }
    EXPECT_EQ(child.exitCode(), 0) << output.constData();
    EXPECT_TRUE(output.contains("read-only")) << output.constData();
    EXPECT_EQ(fileBytes(), bytesBefore) << "nothing in the folders changed";
}

TEST_F(StorageFaults, TheCacheFolderDeletedWhileRunningKeepsPagesReadableAndIsRebuiltOnTheNextStart)
{
    const QString cacheFolder = QFileInfo(DatabasePaths::inDirectory(cache.directory().path()).cacheFile).absolutePath();
    ASSERT_TRUE(QDir(cacheFolder).removeRecursively());
    EXPECT_EQ(ItemReader(cache.connection()).countInLibrary(LibraryId, ItemType::Movie), 300)
        << "the open connection still reads the rows on screen";
    const Result<int> written =
        ItemBatchWriter(cache.connection(), cache.config()).write(CacheFixture::ServerId, renamedCopies(LibraryId, 10), 1);
    if (!written.ok())
        EXPECT_NE(written.error().kind, ErrorKind::None) << "a failed write is a typed error";
    std::printf("write into the deleted cache: %s\n",
                written.ok() ? "accepted by the unlinked file" : qPrintable(written.error().toString()));
    const CacheDigest after = reopenedDigest();
    EXPECT_EQ(after.items, 0) << "the next start builds a fresh cache";
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
}
