// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "core/logging.h"
#include "storage/databasefilecheck.h"
#include "storage/migrator.h"
#include "storage/sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>

namespace marquee {

namespace {
constexpr int BusyTimeoutMs = 5000;
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

QString rebuildMarker(const QString &cacheFile)
{
    return cacheFile + QStringLiteral(".rebuild");
}

/// A short-lived connection to one file alone, for checks and migrations before the shared connections exist.
class SetupConnection
{
public:
    explicit SetupConnection(const QString &file)
        : m_name(QStringLiteral("marquee-setup-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        m_opened = db.open();
        if (!m_opened)
            m_error = SqlStatement::errorFrom(db.lastError());
    }
    ~SetupConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool isOpen() const { return m_opened; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    Error m_error;
};

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
}

Database::~Database()
{
    releaseThreadConnection();
}

Database::OpenReport Database::open()
{
    OpenReport report;
    for (const QString &file : {m_paths.cacheFile, m_paths.stateFile}) {
        const QString folder = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(folder)) {
            report.error = {ErrorKind::Storage, QStringLiteral("cannot create the folder of ") + file, {}, 0};
            return report;
        }
        // SQLite would open the files read-only and fail later, halfway through a migration or a refresh.
        if (!canWriteIn(folder)) {
            report.error = {ErrorKind::Storage,
                            QStringLiteral("The folder %1 is read-only; Marquee needs to write its cache and state "
                                           "there. Nothing was changed.")
                                .arg(folder),
                            {}, 0};
            return report;
        }
    }
    if (!prepareStateFile(&report) || !prepareCacheFile(&report))
        return report;
    report.ok = true;
    return report;
}

bool Database::prepareStateFile(OpenReport *report)
{
    // The state file holds what cannot be fetched again (pending progress, sign-in): never move or rewrite it.
    const DatabaseFileHealth health = DatabaseFileCheck::inspect(m_paths.stateFile);
    if (health == DatabaseFileHealth::NotSqlite || health == DatabaseFileHealth::Truncated) {
        report->error = {ErrorKind::StorageCorrupt,
                         QStringLiteral("The state database %1 is damaged. Marquee left it untouched; move it away "
                                        "to start with a fresh one.")
                             .arg(m_paths.stateFile),
                         {}, 0};
        return false;
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
                         QStringLiteral("The state database %1 was written by a newer version of Marquee (schema %2). "
                                        "Please update Marquee; the file was not changed.")
                             .arg(m_paths.stateFile)
                             .arg(migration.fromVersion),
                         {}, 0};
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
    if (QFile::exists(rebuildMarker(m_paths.cacheFile))) {
        QFile::remove(rebuildMarker(m_paths.cacheFile));
        if (QFile::exists(m_paths.cacheFile)
            && !rebuildCache(QStringLiteral("SQLite reported it damaged during the last run"), report))
            return false;
    }
    switch (DatabaseFileCheck::inspect(m_paths.cacheFile)) {
    case DatabaseFileHealth::NotSqlite:
        if (!rebuildCache(QStringLiteral("it is not a database file"), report))
            return false;
        break;
    case DatabaseFileHealth::Truncated:
        if (!rebuildCache(QStringLiteral("it is truncated"), report))
            return false;
        break;
    case DatabaseFileHealth::Missing:
    case DatabaseFileHealth::Healthy: break;
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
        if (attempt > 0) {
            report->error = migration.error;
            return false;
        }
        const QString why = migration.outcome == Migrator::Outcome::TooNew
                                ? QStringLiteral("it was written by a newer version of Marquee")
                                : QStringLiteral("it could not be read (%1)").arg(migration.error.message);
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
                         QStringLiteral("The cache %1 is unusable (%2) and could not be moved aside.")
                             .arg(m_paths.cacheFile, why),
                         {}, 0};
        return false;
    }
    const QString notice =
        QStringLiteral("The metadata cache was rebuilt because %1; the old file was kept as %2.").arg(why, movedTo);
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
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void Database::scheduleCacheRebuild() const
{
    QFile marker(rebuildMarker(m_paths.cacheFile));
    if (marker.open(QIODevice::WriteOnly))
        marker.write("rebuild\n");
}

} // namespace marquee
