// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "core/logging.h"
#include "storage/corruptionwatch.h"
#include "storage/databasefilecheck.h"
#include "storage/integritycheck.h"
#include "storage/migrator.h"
#include "storage/setupconnection.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QtConcurrent>
#include <sqlite3.h>

namespace marquee {

namespace {
constexpr int BusyTimeoutMs = SetupConnection::BusyTimeoutMs;
// Rows of ~2 KB pack three to a page instead of one: twice the write rate of 4 KiB pages (perf-limits.md).
constexpr int CachePageSize = 8192;
// Holds every page a 50,000-item library's indexes span, so a refresh reads each one from disk once.
constexpr int WriterCacheKiB = 64 * 1024;
// A batch rewrites index pages that the batches before it wrote too. Checkpointing every 64 MiB of WAL instead of
// SQLite's 8 MiB (about every batch) copies such a page into the database once instead of several times, and
// syncs a few times per refresh instead of once per batch. Other connections keep SQLite's threshold, and a commit
// there may run the checkpoint instead; the GUI thread writes nothing to the cache during a refresh.
constexpr int WriterCheckpointPages = 8192;
// After a checkpoint the WAL shrinks back to this, so the 64 MiB are not kept on disk between refreshes.
constexpr qint64 WalKeptBytes = 16 * 1024 * 1024;

// Why the cache must be rebuilt, as the marker file keeps it: in English, the key of its translation, so a marker
// written in one language reads in the language of the run that rebuilds the cache.
const char *const DamagedLastRun = QT_TRANSLATE_NOOP("Database", "SQLite reported it damaged during the last run");
const char *const DamagedAtStart = QT_TRANSLATE_NOOP("Database", "SQLite's check at start found damaged pages in it");
const char *const DamagedWhileRunning
        = QT_TRANSLATE_NOOP("Database", "SQLite reported it damaged while Marquee was running");

QString reasonText(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString rebuildMarker(const QString &cacheFile)
{
    return cacheFile + QStringLiteral(".rebuild");
}

bool canWriteIn(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".marquee-write-probe-XXXXXX")));
    return probe.open();
}

bool enableWal(const QSqlDatabase &db, const QString &schema)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1.journal_mode = WAL").arg(schema)) || !query.next())
        return false;
    const QString mode = query.value(0).toString();
    qCDebug(lcStorage) << schema << "journal mode:" << mode;
    return mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}
} // namespace

Database::Database(DatabasePaths paths, const Clock *clock)
    : m_paths(std::move(paths))
    , m_clock(clock ? clock : &m_systemClock)
    , m_namePrefix(QStringLiteral("marquee-%1-").arg(quintptr(this)))
{
    m_watch = CorruptionWatch::watch({m_paths.cacheFile, m_paths.stateFile},
                                     [this](const QString &message) { onCorruptionReported(message); });
}

Database::~Database()
{
    CorruptionWatch::unwatch(m_watch);
    waitForDamageCheck();
    releaseThreadConnection();
    // The refusal belongs to this run; the next open() checks the file again and refuses it itself.
    CorruptionWatch::refuseWrites(m_paths.stateFile, false);
}

Database::OpenReport Database::open()
{
    OpenReport report;
    for (const QString &file : {m_paths.cacheFile, m_paths.stateFile}) {
        const QString folder = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(folder)) {
            report.error = {ErrorKind::Storage, tr("cannot create the folder of %1").arg(file), {}, 0};
            return report;
        }
        // SQLite would open the files read-only and fail later, halfway through a migration or a refresh.
        if (!canWriteIn(folder)) {
            report.error = {ErrorKind::Storage,
                            tr("The folder %1 is read-only; Marquee needs to write its cache and state "
                               "there. Nothing was changed.")
                                    .arg(folder),
                            {},
                            0};
            return report;
        }
    }
    {
        QMutexLocker locker(&m_damageMutex);
        m_opening = true;
    }
    const bool prepared = prepareStateFile(&report) && prepareCacheFile(&report);
    {
        QMutexLocker locker(&m_damageMutex);
        m_opening = false;
        // The header and the length say little: a damaged page in the middle, or a file cut short while a WAL holds
        // its newest pages, shows only when SQLite reads every page. That takes a second or more for a large cache,
        // so it runs beside the first paint instead of before it (waitForDamageCheck() says what it found).
        if (prepared && !m_damageCheckStarted) {
            m_damageCheckStarted = true;
            m_damageCheck = QtConcurrent::run([this] { return checkCacheAtOpen(); });
        }
    }
    report.ok = prepared;
    return report;
}

QString Database::stateDamagedMessage(const QString &stateFile, const QString &copy)
{
    const QString kept = copy.isEmpty() ? tr("Marquee could not make a copy of it, so do not delete it.")
                                        : tr("A copy was kept as %1.").arg(copy);
    return tr("Marquee's state file %1 is damaged. It holds your played state, favourites and the changes "
              "not yet sent to the server, so Marquee stopped without writing to it. %2 To save everything "
              "that can still be read into a fresh file, close Marquee and run: marquee-cli state --recover")
            .arg(stateFile, kept);
}

bool Database::refuseDamagedState(const QString &details, OpenReport *report)
{
    const QString copy = DatabaseFileCheck::keepCopy(m_paths.stateFile, m_clock->nowMs());
    report->error = {ErrorKind::StorageCorrupt, stateDamagedMessage(m_paths.stateFile, copy), {}, 0};
    report->details = details;
    qCWarning(lcStorage).noquote() << "the state database is damaged:" << details;
    return false;
}

bool Database::prepareStateFile(OpenReport *report)
{
    // The state file holds what cannot be fetched again (pending progress, sign-in): never move, repair or write
    // to a damaged one. The quick check runs on a read-only connection, so a damaged file stays byte for byte.
    const DatabaseFileHealth health = DatabaseFileCheck::inspect(m_paths.stateFile);
    if (health == DatabaseFileHealth::NotSqlite)
        return refuseDamagedState(QStringLiteral("the file does not start with a SQLite header"), report);
    if (health == DatabaseFileHealth::Truncated)
        return refuseDamagedState(QStringLiteral("the file is shorter than its header says"), report);
    if (health == DatabaseFileHealth::Healthy) {
        const IntegrityCheck::Outcome check = IntegrityCheck::run(m_paths.stateFile, IntegrityCheck::Depth::Quick);
        if (check.damaged())
            return refuseDamagedState(QStringLiteral("SQLite's quick check: ") + check.summary(), report);
    }
    SetupConnection setup(m_paths.stateFile);
    if (!setup.isOpen()) {
        report->error = setup.error();
        return false;
    }
    if (!enableWal(setup.db(), QStringLiteral("main")))
        qCWarning(lcStorage) << "state database is not in WAL mode";
    const Migrator::Report migration = Migrator(setup.db(), QStringLiteral(":/migrations/state")).migrate();
    if (migration.outcome == Migrator::Outcome::TooNew) {
        report->error = {ErrorKind::Storage,
                         tr("The state database %1 was written by a newer version of Marquee (schema %2). "
                            "Please update Marquee; the file was not changed.")
                                 .arg(m_paths.stateFile)
                                 .arg(migration.fromVersion),
                         {},
                         0};
        return false;
    }
    if (migration.outcome == Migrator::Outcome::Failed) {
        report->error = migration.error;
        return false;
    }
    return true;
}

bool Database::prepareCacheFile(OpenReport *report)
{
    if (QFile marker(rebuildMarker(m_paths.cacheFile)); marker.exists()) {
        QByteArray why = marker.open(QIODevice::ReadOnly) ? marker.readAll().trimmed() : QByteArray();
        marker.close();
        marker.remove();
        if (why.isEmpty())
            why = DamagedLastRun;
        if (QFile::exists(m_paths.cacheFile) && !rebuildCache(reasonText(why.constData()), report))
            return false;
    }
    switch (DatabaseFileCheck::inspect(m_paths.cacheFile)) {
    case DatabaseFileHealth::NotSqlite:
        if (!rebuildCache(tr("it is not a database file"), report))
            return false;
        break;
    case DatabaseFileHealth::Truncated:
        if (!rebuildCache(tr("it is truncated"), report))
            return false;
        break;
    case DatabaseFileHealth::Healthy:
    case DatabaseFileHealth::Missing: break;
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        Migrator::Report migration;
        {
            SetupConnection setup(m_paths.cacheFile);
            if (setup.isOpen()) {
                // page_size only takes effect on an empty file, and only before WAL is switched on.
                SqlStatement::execOnce(setup.db(), QStringLiteral("PRAGMA page_size = %1").arg(CachePageSize));
                enableWal(setup.db(), QStringLiteral("main"));
                migration = Migrator(setup.db(), QStringLiteral(":/migrations/cache")).migrate();
            } else {
                migration.error = setup.error();
            }
        }
        if (migration.outcome == Migrator::Outcome::UpToDate || migration.outcome == Migrator::Outcome::Migrated)
            return true;
        // Only a file that is unreadable or too new goes: a busy or locked file belongs to another process that is
        // opening it at the same moment, and moving it aside would break that process's run.
        const bool unusable = migration.outcome == Migrator::Outcome::TooNew
                              || migration.error.kind == ErrorKind::StorageCorrupt;
        if (attempt > 0 || !unusable) {
            report->error = migration.error;
            return false;
        }
        const QString why = migration.outcome == Migrator::Outcome::TooNew
                ? tr("it was written by a newer version of Marquee")
                : tr("it could not be read (%1)").arg(migration.error.message);
        if (!rebuildCache(why, report))
            return false;
    }
    return false;
}

bool Database::rebuildCache(const QString &why, OpenReport *report)
{
    const QString movedTo = DatabaseFileCheck::moveAside(m_paths.cacheFile, m_clock->nowMs());
    if (movedTo.isEmpty()) {
        report->error = {ErrorKind::Storage,
                         tr("The cache %1 is unusable (%2) and could not be moved aside.").arg(m_paths.cacheFile, why),
                         {},
                         0};
        return false;
    }
    const QString notice
            = tr("The metadata cache was rebuilt because %1; the old file was kept as %2.").arg(why, movedTo);
    qCWarning(lcStorage).noquote() << notice;
    report->notices << notice;
    return true;
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_paths.cacheFile);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open the cache:" << db.lastError().text();
        return db;
    }
    SqlStatement::execOnce(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlStatement::execOnce(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    SqlStatement attach(db, QStringLiteral("ATTACH DATABASE :path AS state"));
    attach.bind(QStringLiteral(":path"), m_paths.stateFile);
    if (!attach.exec())
        qCWarning(lcStorage) << "cannot attach the state database";
    // Progress must survive a power cut, not only a crash: the state file pays for a full sync per commit.
    SqlStatement::execOnce(db, QStringLiteral("PRAGMA state.synchronous = FULL"));
    return db;
}

QSqlDatabase Database::writerConnection() const
{
    const bool isNew = !QSqlDatabase::contains(connectionName());
    QSqlDatabase db = connection();
    if (isNew && db.isOpen()) {
        for (const QString &pragma : writerPragmas())
            SqlStatement::execOnce(db, pragma);
    }
    return db;
}

QStringList Database::writerPragmas()
{
    return {QStringLiteral("PRAGMA main.cache_size = %1").arg(-WriterCacheKiB),
            QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(WriterCheckpointPages),
            QStringLiteral("PRAGMA main.journal_size_limit = %1").arg(WalKeptBytes)};
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QMutexLocker locker(&m_damageMutex);
        // The last connection to close would checkpoint the WAL into the damaged state file: not even that.
        if (m_stateDamaged) {
            if (sqlite3 *handle = CorruptionWatch::handleOf(db))
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::scheduleCacheRebuild(const QString &why) const
{
    QFile marker(rebuildMarker(m_paths.cacheFile));
    if (marker.open(QIODevice::WriteOnly))
        marker.write(why.toUtf8());
}

void Database::setDamageHandler(DamageHandler handler)
{
    QMutexLocker locker(&m_damageMutex);
    m_damageHandler = std::move(handler);
}

std::optional<Database::DamageReport> Database::waitForDamageCheck() const
{
    QFuture<std::optional<DamageReport>> check;
    {
        QMutexLocker locker(&m_damageMutex);
        if (!m_damageCheckStarted)
            return std::nullopt;
        check = m_damageCheck;
    }
    check.waitForFinished();
    return check.result();
}

void Database::onCorruptionReported(const QString &message) const
{
    QMutexLocker locker(&m_damageMutex);
    if (m_opening || m_damageFound)
        return; // open() deals with what it finds; after a finding, every later statement says the same
    // Which file it was is not known yet, and the state file must never be written to damaged: no writes at all
    // until the check has said.
    CorruptionWatch::refuseWrites(m_paths.stateFile, true);
    if (m_damageCheckStarted) {
        m_pendingReport = message; // the check that runs looks at it when it ends
        return;
    }
    m_damageCheckStarted = true;
    qCWarning(lcStorage).noquote() << "SQLite reported a damaged database file:" << message << "- checking both files";
    m_damageCheck = QtConcurrent::run([this, message] { return checkAfterCorruption(message); });
}

bool Database::takePendingReport(QString *message) const
{
    QMutexLocker locker(&m_damageMutex);
    *message = std::exchange(m_pendingReport, {});
    if (message->isEmpty())
        m_damageCheckStarted = false; // nothing found and nothing waiting: a later report is checked again
    return !message->isEmpty();
}

std::optional<Database::DamageReport> Database::checkCacheAtOpen() const
{
    const IntegrityCheck::Outcome cache = IntegrityCheck::run(m_paths.cacheFile, IntegrityCheck::Depth::Quick);
    if (cache.damaged())
        return cacheDamaged(DamagedAtStart, QStringLiteral("SQLite's quick check: ") + cache.summary());
    QString message;
    return takePendingReport(&message) ? checkAfterCorruption(message) : std::nullopt;
}

std::optional<Database::DamageReport> Database::checkAfterCorruption(QString message) const
{
    for (;;) {
        // The state file first, and fully: it is small, and what it holds cannot be fetched again.
        const IntegrityCheck::Outcome state = IntegrityCheck::run(m_paths.stateFile, IntegrityCheck::Depth::Full);
        if (state.damaged()) {
            DamageReport damage;
            damage.stateDamaged = true;
            const QString copy = DatabaseFileCheck::keepCopy(m_paths.stateFile, m_clock->nowMs());
            damage.message = stateDamagedMessage(m_paths.stateFile, copy);
            damage.details = QStringLiteral("%1; SQLite's integrity check: %2").arg(message, state.summary());
            return found(damage);
        }
        CorruptionWatch::refuseWrites(m_paths.stateFile, false);
        // SQLite said a page is damaged and it is not in the state file: the cache, which can be built again.
        IntegrityCheck::Outcome cache = IntegrityCheck::run(m_paths.cacheFile, IntegrityCheck::Depth::Quick);
        if (!cache.damaged())
            cache = IntegrityCheck::run(m_paths.cacheFile, IntegrityCheck::Depth::Full);
        if (cache.damaged())
            return cacheDamaged(DamagedWhileRunning,
                                QStringLiteral("%1; SQLite's check: %2").arg(message, cache.summary()));
        qCWarning(lcStorage).noquote() << "neither database file shows the damage SQLite reported:" << message;
        if (!takePendingReport(&message))
            return std::nullopt;
    }
}

std::optional<Database::DamageReport> Database::cacheDamaged(const char *why, const QString &details) const
{
    scheduleCacheRebuild(QString::fromLatin1(why));
    DamageReport damage;
    damage.cacheDamaged = true;
    damage.message = tr("The metadata cache %1 is damaged. Marquee will move it aside and build a new one "
                        "the next time it starts; your played state, favourites and the changes waiting for "
                        "the server are kept.")
                             .arg(m_paths.cacheFile);
    damage.details = details;
    // A report that came while the cache was checked may have been about the state file.
    QString pending;
    {
        QMutexLocker locker(&m_damageMutex);
        pending = std::exchange(m_pendingReport, {});
    }
    if (!pending.isEmpty()) {
        const IntegrityCheck::Outcome state = IntegrityCheck::run(m_paths.stateFile, IntegrityCheck::Depth::Full);
        if (state.damaged())
            return checkAfterCorruption(pending);
    }
    return found(damage);
}

std::optional<Database::DamageReport> Database::found(const DamageReport &damage) const
{
    qCWarning(lcStorage).noquote() << damage.message << damage.details;
    DamageHandler handler;
    {
        QMutexLocker locker(&m_damageMutex);
        m_damageFound = true;
        m_stateDamaged = damage.stateDamaged;
        // Under the lock that reports take: a report that came after the last look at the state file refused
        // writes to it again, and after a finding no report is looked at. The cache's damage must not leave the
        // state file refused for the rest of the run, or progress made from now on would be lost.
        m_pendingReport.clear();
        if (!damage.stateDamaged)
            CorruptionWatch::refuseWrites(m_paths.stateFile, false);
        handler = m_damageHandler;
    }
    if (handler)
        handler(damage);
    return damage;
}

} // namespace marquee
