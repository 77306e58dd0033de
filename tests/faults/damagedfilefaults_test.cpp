// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged database files (issue #19, points 2 and 3). Pages flipped in the middle of the cache, a cache cut short
// while a crash left its WAL, damage met while running: the cache is moved aside and rebuilt, once, with a notice,
// and the user's state is kept. A damaged state file is never written to: the CLI stops with a message that names
// it, a copy is kept, and `marquee-cli state --recover` saves every row it still gives up and says what it lost.
#include "app/clirunner.h"
#include "cachedigest.h"
#include "storage/cachemetarepository.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/playbackqueuerepository.h"
#include "storage/userdatarepository.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"
#include "support/testdirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString ServerId = CacheFixture::ServerId;
const QString LibraryId = QStringLiteral("lib-movies");
constexpr int Movies = 600;
constexpr int UserDataRows = 600;
constexpr int QueuedChanges = 120;

QString movieId(int index)
{
    return CacheFixture::movie(LibraryId, index, QStringLiteral("Movie")).id;
}

/// A raw connection of the test's own, for looking at files the way SQLite lays them out.
class RawFile
{
public:
    explicit RawFile(const QString &file)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] int value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0).toInt();
    }
    /// The leaf pages of a table or index (SQLite's dbstat table).
    [[nodiscard]] QList<int> leaves(const QString &object) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"));
        query.addBindValue(object);
        EXPECT_TRUE(query.exec());
        QList<int> pages;
        while (query.next())
            pages << query.value(0).toInt();
        return pages;
    }

private:
    QString m_name;
};

/// Inverts @p length bytes of @p file from @p offset: garbage where a page was.
void flip(const QString &file, qint64 offset, qint64 length)
{
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    QByteArray bytes = f.read(length);
    for (char &byte : bytes)
        byte = char(~byte);
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

/// Flips the first 4 KiB of page @p page (1-based): its header goes, the rest of the file stays as it was.
void damagePage(const QString &file, int page)
{
    int pageSize = 0;
    {
        RawFile raw(file);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size"));
    }
    flip(file, qint64(page - 1) * pageSize, 4096);
}

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

/// The copies of @p file kept with @p suffix ("…broken-20261203-120000"), without their -wal and -shm companions.
QStringList filesLike(const QString &file, const QString &suffix)
{
    const QFileInfo info(file);
    QStringList copies = info.dir().entryList({info.fileName() + suffix + QLatin1Char('*')}, QDir::Files);
    copies.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    return copies;
}

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class DamagedFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 600 movies in the cache; their played state, positions and favourites and 120 queued changes in the state
        // file. Closing the last connection checkpoints both files: every page is in the main file.
        Database database(paths, &clock);
        ASSERT_TRUE(database.open().ok);
        QSqlDatabase db = database.connection();
        CacheMetaRepository(db).setServerId(ServerId);
        LibraryRepository libraries(db, config);
        {
            WriteTransaction transaction(db);
            ASSERT_TRUE(libraries.replaceAll({Library{LibraryId, QStringLiteral("Movies"), QStringLiteral("movies"), 0, {}}},
                                             clock.nowMs()));
            ASSERT_TRUE(transaction.commit());
        }
        QList<MediaItem> movies;
        for (int i = 0; i < Movies; ++i)
            movies << CacheFixture::movie(LibraryId, i, QStringLiteral("Movie"));
        ASSERT_TRUE(ItemBatchWriter(db, config).write(ServerId, movies, clock.nowMs()).ok());
        {
            WriteTransaction transaction(db);
            UserDataRepository userData(db);
            for (int i = 0; i < UserDataRows; ++i) {
                UserData data;
                data.itemId = movieId(i);
                data.played = i % 3 == 1;
                data.playCount = data.played ? 1 + i % 4 : 0;
                data.positionTicks = i % 3 == 0 ? qint64(i + 1) * 10'000'000 : 0;
                data.isFavorite = i % 5 == 0;
                data.lastPlayedAtMs = 1'700'000'000'000 + i;
                ASSERT_TRUE(userData.put(ServerId, data));
            }
            ASSERT_TRUE(transaction.commit());
        }
        PlaybackQueueRepository queue(db);
        for (int i = 0; i < QueuedChanges; ++i) {
            PlaybackEvent event;
            event.serverId = ServerId;
            event.itemId = movieId(i);
            event.kind = i % 2 ? PlaybackEventKind::Played : PlaybackEventKind::Favorite;
            event.occurredAtMs = 1'700'000'100'000 + i;
            ASSERT_TRUE(queue.record(event).ok());
        }
        before = CacheDigest::of(db);
        ASSERT_EQ(before.items, Movies);
        ASSERT_EQ(before.userData, UserDataRows);
        ASSERT_EQ(before.queued, QueuedChanges);
    }

    CliResult cli(QStringList arguments)
    {
        CliResult result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        arguments = QStringList{QStringLiteral("marquee-cli"), QStringLiteral("--data-dir"), directory.path(),
                                QStringLiteral("--file-credentials")}
                    + arguments;
        result.code = CliRunner(out, err).run(arguments);
        out.flush();
        err.flush();
        std::printf("$ marquee-cli %s  -> exit %d\n%s%s", qPrintable(arguments.mid(4).join(QLatin1Char(' '))),
                    result.code, qPrintable(result.out), qPrintable(result.err));
        return result;
    }

    /// Opens the folder as the app would; the digest of what it then holds.
    CacheDigest reopened(Database::OpenReport *report = nullptr)
    {
        Database database(paths, &clock);
        const Database::OpenReport opened = database.open();
        if (report)
            *report = opened;
        EXPECT_TRUE(opened.ok) << opened.error.toString().toStdString();
        const CacheDigest digest = opened.ok ? CacheDigest::of(database.connection()) : CacheDigest{};
        database.releaseThreadConnection();
        return digest;
    }

    void print(const char *what, const CacheDigest &after) const
    {
        std::printf("%s: items %d -> %d, user data %d -> %d, queued changes %d -> %d\n", what, before.items,
                    after.items, before.userData, after.userData, before.queued, after.queued);
    }

    TestDirectory directory;
    DatabasePaths paths = DatabasePaths::inDirectory(directory.path());
    ManualClock clock{1'700'000'000'000};
    CacheConfig config;
    CacheDigest before;
};

} // namespace

// ---- Point 2: the cache ------------------------------------------------------------------------------------------

TEST_F(DamagedFiles, ACacheWith4KiBFlippedMidFileIsFoundAtStartAndRebuiltOnceWithANotice)
{
    int pages = 0;
    {
        RawFile raw(paths.cacheFile);
        pages = raw.value(QStringLiteral("PRAGMA page_count"));
    }
    damagePage(paths.cacheFile, pages / 2);
    {
        // The start that finds it: SQLite's quick check runs beside the first paint.
        Database database(paths, &clock);
        ASSERT_TRUE(database.open().ok);
        const std::optional<Database::DamageReport> damage = database.waitForDamageCheck();
        // EXPECT, not ASSERT: without the check the counts below still show what the damage cost.
        EXPECT_TRUE(damage.has_value()) << "the header is intact: only SQLite's check of every page finds it";
        if (damage) {
            EXPECT_TRUE(damage->cacheDamaged);
            EXPECT_TRUE(damage->message.contains(paths.cacheFile)) << damage->message.toStdString();
            EXPECT_FALSE(damage->details.isEmpty());
        }
    }
    Database::OpenReport report;
    const CacheDigest after = reopened(&report);
    print("4 KiB flipped mid-cache, then two starts", after);
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("check at start found damaged pages")))
        << report.notices.first().toStdString();
    EXPECT_EQ(after.items, 0);
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
    EXPECT_EQ(filesLike(paths.cacheFile, QStringLiteral(".broken-")).size(), 1);
    {
        RawFile raw(paths.cacheFile);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                  0);
    }
    Database::OpenReport third;
    reopened(&third);
    EXPECT_TRUE(third.notices.isEmpty()) << "rebuilt once";
}

TEST_F(DamagedFiles, MarqueeCliRebuildsADamagedCacheInTheRunThatFindsItAndSaysSo)
{
    int pages = 0;
    {
        RawFile raw(paths.cacheFile);
        pages = raw.value(QStringLiteral("PRAGMA page_count"));
    }
    damagePage(paths.cacheFile, pages / 2);
    const CliResult result = cli({QStringLiteral("stats")});
    EXPECT_EQ(result.code, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("The metadata cache was rebuilt because SQLite's check at start "
                                                   "found damaged pages in it")))
        << result.err.toStdString();
    EXPECT_EQ(filesLike(paths.cacheFile, QStringLiteral(".broken-")).size(), 1);
    const CacheDigest after = reopened();
    print("4 KiB flipped mid-cache, then marquee-cli stats", after);
    EXPECT_EQ(after.items, 0);
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
    EXPECT_FALSE(cli({QStringLiteral("stats")}).err.contains(QStringLiteral("rebuilt"))) << "once";
}

TEST_F(DamagedFiles, ACacheCutShortWhileACrashLeftItsWalIsRebuiltWithANotice)
{
    // The crash: a second batch committed to the WAL only, and the process gone before any checkpoint. The files are
    // copied as they lie, as a power cut leaves them; then the cache file loses two thirds of its length.
    TestDirectory crashed;
    const DatabasePaths crashedPaths = DatabasePaths::inDirectory(crashed.path());
    {
        Database database(paths, &clock);
        ASSERT_TRUE(database.open().ok);
        QSqlDatabase db = database.connection();
        ASSERT_TRUE(SqlStatement::execOnce(db, QStringLiteral("PRAGMA main.wal_autocheckpoint = 0")));
        QList<MediaItem> renamed;
        for (int i = 0; i < Movies; i += 2) {
            MediaItem item = CacheFixture::movie(LibraryId, i, QStringLiteral("Movie"));
            item.name = QStringLiteral("Renamed %1").arg(i);
            item.etag = QStringLiteral("renamed-%1").arg(i);
            renamed << item;
        }
        ASSERT_TRUE(ItemBatchWriter(db, config).write(ServerId, renamed, clock.nowMs()).ok());
        std::printf("WAL after the second batch: %lld bytes\n",
                    static_cast<long long>(QFileInfo(paths.cacheFile + QStringLiteral("-wal")).size()));
        for (const QString &file : {crashedPaths.cacheFile, crashedPaths.stateFile})
            QDir().mkpath(QFileInfo(file).absolutePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            ASSERT_TRUE(QFile::copy(paths.cacheFile + suffix, crashedPaths.cacheFile + suffix)) << suffix.toStdString();
            if (QFile::exists(paths.stateFile + suffix))
                ASSERT_TRUE(QFile::copy(paths.stateFile + suffix, crashedPaths.stateFile + suffix));
        }
    }
    ASSERT_GT(QFileInfo(crashedPaths.cacheFile + QStringLiteral("-wal")).size(), 0) << "the crash left a WAL";
    ASSERT_TRUE(QFile::resize(crashedPaths.cacheFile, QFileInfo(crashedPaths.cacheFile).size() / 3));

    {
        Database database(crashedPaths, &clock);
        ASSERT_TRUE(database.open().ok);
        const std::optional<Database::DamageReport> damage = database.waitForDamageCheck();
        EXPECT_TRUE(damage.has_value()) << "the length check proves nothing beside a WAL; SQLite's check does";
        EXPECT_TRUE(damage && damage->cacheDamaged);
    }
    Database database(crashedPaths, &clock);
    const Database::OpenReport report = database.open();
    ASSERT_TRUE(report.ok) << report.error.toString().toStdString();
    const CacheDigest after = CacheDigest::of(database.connection());
    print("cache cut to a third beside a WAL, then two starts", after);
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("rebuilt"))) << report.notices.first().toStdString();
    EXPECT_EQ(after.items, 0);
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
}

TEST_F(DamagedFiles, DamageMetWhileRunningRebuildsTheCacheOnceAndTheRunSaysSo)
{
    Database database(paths, &clock);
    ASSERT_TRUE(database.open().ok);
    ASSERT_FALSE(database.waitForDamageCheck().has_value()) << "sound at start";
    QList<int> leaves;
    {
        RawFile raw(paths.cacheFile);
        leaves = raw.leaves(QStringLiteral("items"));
    }
    ASSERT_GT(leaves.size(), 4);
    damagePage(paths.cacheFile, leaves.at(leaves.size() / 2));

    // Pages read every row; the ones on the damaged page cannot be read.
    ItemReader reader(database.connection());
    int unreadable = 0;
    for (int i = 0; i < Movies; ++i)
        unreadable += reader.item(movieId(i)) ? 0 : 1;
    EXPECT_GT(unreadable, 0);
    const std::optional<Database::DamageReport> damage = database.waitForDamageCheck();
    EXPECT_TRUE(damage.has_value()) << "SQLite's report was heard and checked";
    if (damage) {
        EXPECT_TRUE(damage->cacheDamaged);
        EXPECT_FALSE(damage->stateDamaged);
        EXPECT_TRUE(damage->message.contains(paths.cacheFile)) << damage->message.toStdString();
        EXPECT_TRUE(damage->message.contains(QStringLiteral("build a new one"))) << damage->message.toStdString();
    }
    database.releaseThreadConnection();

    Database::OpenReport report;
    const CacheDigest after = reopened(&report);
    print("a damaged page met while running, then a start", after);
    ASSERT_EQ(report.notices.size(), 1);
    EXPECT_TRUE(report.notices.first().contains(QStringLiteral("reported it damaged while Marquee was running")))
        << report.notices.first().toStdString();
    EXPECT_EQ(after.items, 0);
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
    Database::OpenReport again;
    reopened(&again);
    EXPECT_TRUE(again.notices.isEmpty()) << "rebuilt once";
}

TEST_F(DamagedFiles, ProgressMadeAfterTheCacheIsFoundDamagedWhileRunningIsStillSaved)
{
    Database database(paths, &clock);
    ASSERT_TRUE(database.open().ok);
    QList<int> leaves;
    {
        RawFile raw(paths.cacheFile);
        leaves = raw.leaves(QStringLiteral("items"));
    }
    damagePage(paths.cacheFile, leaves.at(leaves.size() / 2));

    // Pages keep reading while the check runs, as the app's do: each damaged row reports again, also in the moment
    // the check ends. Whatever the timing, writes to the state file are refused only while it is in doubt.
    ItemReader reader(database.connection());
    for (int pass = 0; pass < 8; ++pass) {
        for (int i = 0; i < Movies; ++i)
            (void)reader.item(movieId(i));
    }
    const std::optional<Database::DamageReport> damage = database.waitForDamageCheck();
    ASSERT_TRUE(damage.has_value());
    EXPECT_TRUE(damage->cacheDamaged);
    EXPECT_FALSE(damage->stateDamaged);

    PlaybackEvent progress;
    progress.serverId = ServerId;
    progress.itemId = movieId(1);
    progress.kind = PlaybackEventKind::Progress;
    progress.positionTicks = 42 * 10'000'000LL;
    progress.occurredAtMs = clock.nowMs();
    EXPECT_TRUE(PlaybackQueueRepository(database.connection()).record(progress).ok())
        << "the cache's damage left the state file refused";
    database.releaseThreadConnection();
    EXPECT_EQ(reopened().queued, before.queued + 1);
}

// ---- Point 3: the state file -------------------------------------------------------------------------------------

TEST_F(DamagedFiles, ADamagedStateFileStopsTheCliNamesItKeepsACopyAndIsNeverWrittenTo)
{
    QList<int> leaves;
    {
        RawFile raw(paths.stateFile);
        leaves = raw.leaves(QStringLiteral("user_data"));
    }
    ASSERT_GT(leaves.size(), 4);
    damagePage(paths.stateFile, leaves.at(leaves.size() / 2));
    const QByteArray damaged = bytesOf(paths.stateFile);

    for (const QString &command : {QStringLiteral("stats"), QStringLiteral("sync")}) {
        const CliResult result = cli({command});
        EXPECT_EQ(result.code, 1) << command.toStdString();
        EXPECT_TRUE(result.err.contains(paths.stateFile)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("marquee-cli state --recover"))) << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("cache"), Qt::CaseInsensitive)) << "it does not blame the cache";
    }
    EXPECT_EQ(bytesOf(paths.stateFile), damaged) << "never written to";
    const QStringList copies = filesLike(paths.stateFile, QStringLiteral(".damaged-"));
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(bytesOf(QFileInfo(paths.stateFile).dir().filePath(copies.first())), damaged);
}

TEST_F(DamagedFiles, StateRecoverSavesEveryReadableRowAndSaysWhatWasLost)
{
    QList<int> leaves;
    {
        RawFile raw(paths.stateFile);
        leaves = raw.leaves(QStringLiteral("user_data"));
    }
    damagePage(paths.stateFile, leaves.at(leaves.size() / 2));

    const CliResult recovered = cli({QStringLiteral("state"), QStringLiteral("--recover")});
    EXPECT_EQ(recovered.code, 0);
    EXPECT_TRUE(recovered.out.contains(QStringLiteral("could not be read"))) << recovered.out.toStdString();
    EXPECT_TRUE(recovered.out.contains(QStringLiteral("“Movie "))) << "names what was lost";
    EXPECT_TRUE(recovered.out.contains(QStringLiteral("was kept as"))) << recovered.out.toStdString();

    const CacheDigest after = reopened();
    print("a user_data page flipped, then state --recover", after);
    EXPECT_EQ(after.items, before.items);
    EXPECT_EQ(after.queued, before.queued) << "the queue's pages were not damaged";
    EXPECT_LT(after.userData, before.userData);
    EXPECT_GT(after.userData, before.userData - 100) << "only the rows of one page are lost";
    EXPECT_EQ(cli({QStringLiteral("stats")}).code, 0);
    EXPECT_EQ(cli({QStringLiteral("state")}).code, 0);
}

TEST_F(DamagedFiles, AStateFileWhoseQueuePageIsDamagedIsRefusedAndItsOtherChangesRecovered)
{
    QList<int> leaves;
    {
        RawFile raw(paths.stateFile);
        leaves = raw.leaves(QStringLiteral("playback_queue"));
    }
    ASSERT_FALSE(leaves.isEmpty());
    damagePage(paths.stateFile, leaves.constFirst());

    Database refused(paths, &clock);
    const Database::OpenReport report = refused.open();
    EXPECT_FALSE(report.ok) << "the queue's changes would never be sent while stats showed them pending";
    EXPECT_EQ(report.error.kind, ErrorKind::StorageCorrupt);
    EXPECT_FALSE(report.details.isEmpty()) << "what SQLite said goes under Details";

    const CliResult recovered = cli({QStringLiteral("state"), QStringLiteral("--recover")});
    EXPECT_EQ(recovered.code, 0);
    EXPECT_TRUE(recovered.out.contains(QStringLiteral("changes waiting for the server"))) << recovered.out.toStdString();
    const CacheDigest after = reopened();
    print("the queue's first page flipped, then state --recover", after);
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_LT(after.queued, before.queued);
    EXPECT_GT(after.queued, 0) << "the changes on the other pages are kept";
}

TEST_F(DamagedFiles, AStateFileDamagedWhileRunningIsNeverWrittenToAgain)
{
    Database database(paths, &clock);
    ASSERT_TRUE(database.open().ok);
    ASSERT_FALSE(database.waitForDamageCheck().has_value()) << "sound at start";
    QList<int> leaves;
    {
        RawFile raw(paths.stateFile);
        leaves = raw.leaves(QStringLiteral("user_data"));
    }
    damagePage(paths.stateFile, leaves.at(leaves.size() / 2));
    const QByteArray damaged = bytesOf(paths.stateFile);

    UserDataRepository userData(database.connection());
    int unreadable = 0;
    for (int i = 0; i < UserDataRows; ++i)
        unreadable += userData.get(ServerId, movieId(i)) ? 0 : 1;
    EXPECT_GT(unreadable, 0);
    const std::optional<Database::DamageReport> damage = database.waitForDamageCheck();
    EXPECT_TRUE(damage.has_value());
    if (damage) {
        EXPECT_TRUE(damage->stateDamaged);
        EXPECT_TRUE(damage->message.contains(paths.stateFile)) << damage->message.toStdString();
        EXPECT_TRUE(damage->message.contains(QStringLiteral("marquee-cli state --recover")));
    }

    PlaybackEvent event;
    event.serverId = ServerId;
    event.itemId = movieId(299);
    event.kind = PlaybackEventKind::Played;
    event.occurredAtMs = clock.nowMs();
    const Result<qint64> recorded = PlaybackQueueRepository(database.connection()).record(event);
    EXPECT_FALSE(recorded.ok()) << "a change is refused, not written into a damaged file";
    database.releaseThreadConnection();
    std::printf("a user_data page flipped while running, then a played change: %s, the state file %s\n",
                recorded.ok() ? "recorded" : "refused", bytesOf(paths.stateFile) == damaged ? "unchanged" : "written to");
    EXPECT_EQ(bytesOf(paths.stateFile), damaged);
    EXPECT_EQ(filesLike(paths.stateFile, QStringLiteral(".damaged-")).size(), 1);
}
