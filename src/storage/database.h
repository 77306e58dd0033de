// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/error.h"
#include "storage/databasepaths.h"

#include <QSqlDatabase>
#include <QStringList>

namespace marquee {

/// @brief Owns the two database files and hands each thread its own connection.
///
/// open() runs once, before any other thread connects (schema work under a pool thread's connection caused
/// Strawberry's "database is locked" crashes, #533). After that, connection() opens a connection for the calling
/// thread on first use: the cache file as "main" and the state file attached as "state", so a page can join items
/// with the user's played state. Pool tasks must close theirs with a ThreadConnectionScope before they end.
class Database
{
public:
    struct OpenReport
    {
        bool ok = false;
        Error error;         ///< why open() failed (the state file is refused, never repaired)
        QStringList notices; ///< what was repaired, in words for the user ("The cache was damaged …")
    };

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

    /// Asks the next open() to move the cache aside and rebuild it, after SQLite reported corruption at run time.
    void scheduleCacheRebuild() const;

private:
    [[nodiscard]] QString connectionName() const;
    bool prepareCacheFile(OpenReport *report);
    bool prepareStateFile(OpenReport *report);
    bool rebuildCache(const QString &why, OpenReport *report);

    DatabasePaths m_paths;
    SystemClock m_systemClock;
    const Clock *m_clock;
    QString m_namePrefix;
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
