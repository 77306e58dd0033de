// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/error.h"
#include "storage/databasepaths.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace marquee {

/// @brief Owns the two database files and hands each thread its own connection.
///
/// open() runs once, before any other thread connects (schema work under a pool thread's connection caused
/// Strawberry's "database is locked" crashes, #533). After that, connection() opens a connection for the calling
/// thread on first use: the cache file as "main" and the state file attached as "state", so a page can join items
/// with the user's played state. Pool tasks must close theirs with a ThreadConnectionScope before they end.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct OpenReport
    {
        bool ok = false;
        Error error;         ///< why open() failed (the state file is refused, never repaired)
        QStringList notices; ///< what was repaired, in words for the user ("The cache was damaged …")
        QString details;     ///< what SQLite said, for a Details disclosure and the log; never the main message
    };

    /// What the check after SQLite reported a damaged page at run time found.
    struct DamageReport
    {
        bool cacheDamaged = false; ///< moved aside and rebuilt at the next open()
        bool stateDamaged = false; ///< no longer written to; a copy was kept; the app must stop
        QString message;           ///< for the user: what happened, what Marquee did, what to do
        QString details;           ///< what SQLite said
    };
    using DamageHandler = std::function<void(const DamageReport &)>;

    explicit Database(DatabasePaths paths, const Clock *clock = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    OpenReport open();
    [[nodiscard]] QSqlDatabase connection() const;
    /// The calling thread's connection, with the page cache of the one thread that does the bulk writes: a batch
    /// of 500 items touches pages all over the secondary indexes, and with SQLite's default 2 MiB most of them
    /// are read again for the next batch.
    [[nodiscard]] QSqlDatabase writerConnection() const;
    /// The PRAGMAs writerConnection() adds, one statement each (the raw-SQLite benchmark baseline runs them too).
    [[nodiscard]] static QStringList writerPragmas();
    void releaseThreadConnection() const;
    [[nodiscard]] const DatabasePaths &paths() const { return m_paths; }

    /// Asks the next open() to move the cache aside and rebuild it; @p why goes into its notice ("because …"), in
    /// English, the key of its translation (none: SQLite reported it damaged during the last run).
    void scheduleCacheRebuild(const QString &why = {}) const;

    /// Hears what the checks find (on a worker thread): SQLite's quick check of the cache, which open() starts in
    /// the background, and the check of both files after any statement met SQLITE_CORRUPT or SQLITE_NOTADB.
    void setDamageHandler(DamageHandler handler);
    /// Waits for a check that is running, then returns what it found (nothing: no damage seen).
    std::optional<DamageReport> waitForDamageCheck() const;
    /// The message for a state file that open() refused or a check found damaged: names the file and the copy,
    /// and says how to recover (`marquee-cli state --recover`).
    [[nodiscard]] static QString stateDamagedMessage(const QString &stateFile, const QString &copy);

private:
    [[nodiscard]] QString connectionName() const;
    bool prepareCacheFile(OpenReport *report);
    bool prepareStateFile(OpenReport *report);
    bool refuseDamagedState(const QString &details, OpenReport *report);
    bool rebuildCache(const QString &why, OpenReport *report);
    /// Any thread: starts the check, once per run, and refuses writes to the state file until it has ended.
    void onCorruptionReported(const QString &message) const;
    [[nodiscard]] std::optional<DamageReport> checkCacheAtOpen() const;
    [[nodiscard]] std::optional<DamageReport> checkAfterCorruption(QString message) const;
    /// @p why: one of the reasons the marker keeps, in English (QT_TRANSLATE_NOOP).
    [[nodiscard]] std::optional<DamageReport> cacheDamaged(const char *why, const QString &details) const;
    /// Records a finding (once per run) and tells the handler.
    std::optional<DamageReport> found(const DamageReport &damage) const;
    /// A report that came while a check ran; false (and no check running any more) when there is none.
    bool takePendingReport(QString *message) const;

    DatabasePaths m_paths;
    SystemClock m_systemClock;
    const Clock *m_clock;
    QString m_namePrefix;
    quint64 m_watch = 0;
    mutable QMutex m_damageMutex;
    mutable QFuture<std::optional<DamageReport>> m_damageCheck;
    mutable bool m_damageCheckStarted = false;
    mutable bool m_damageFound = false;
    mutable bool m_stateDamaged = false;
    mutable QString m_pendingReport;
    bool m_opening = false; ///< open() deals with what it finds itself
    DamageHandler m_damageHandler;
};

/// Closes the calling thread's connection when a pool task's work ends.
class ThreadConnectionScope
{
public:
    explicit ThreadConnectionScope(const Database &db) : m_db(db) {}
    ~ThreadConnectionScope() { m_db.releaseThreadConnection(); }
    ThreadConnectionScope(const ThreadConnectionScope &) = delete;
    ThreadConnectionScope &operator=(const ThreadConnectionScope &) = delete;

private:
    const Database &m_db;
};

} // namespace marquee
