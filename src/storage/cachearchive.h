// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace marquee {

class Clock;
class Database;

/// What an export says about itself; kept in the file's `marquee_export` table.
struct CacheArchiveHeader
{
    int formatVersion = 0;
    QString marqueeVersion;
    int schemaVersion = 0; ///< the cache schema (PRAGMA user_version) the rows follow
    QString serverId;      ///< whose metadata it is; empty for an empty cache
    qint64 exportedAtMs = 0;
    int libraries = 0;
    int items = 0;
};

/**
 * @brief `marquee-cli export` / `import`: a portable copy of the metadata cache.
 *
 * The file is an SQLite database, a consistent snapshot made with VACUUM INTO, plus a small `marquee_export`
 * table (format version, Marquee version, schema version, server id). It opens with any SQLite tool, and an
 * older export is brought up to date by the same migrations as the cache itself.
 *
 * Import checks the file on a private copy first (header, format, schema not newer than ours, quick_check,
 * server) and only then replaces the cache's rows in one transaction: a bad file leaves the cache untouched, and
 * a crash mid-import leaves the old rows. Rows are replaced rather than the file renamed over the cache because
 * a running Marquee may hold the cache open: a renamed-in file under its open handle and its -wal/-shm would be
 * unsafe, whereas a transaction is simply seen by its next read. The state database is never touched.
 */
class CacheArchive
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr char FormatName[] = "marquee-cache-export";

    CacheArchive(const Database &database, const Clock &clock);

    /// Writes the snapshot to @p file (replaced atomically if it exists).
    Result<CacheArchiveHeader> exportTo(const QString &file);
    /// Replaces the cached metadata with the file's. @p expectedServerId, when not empty, must match the
    /// export's server (a different server's metadata would be wiped by the next sync anyway).
    Result<CacheArchiveHeader> importFrom(const QString &file, const QString &expectedServerId = {});

private:
    Result<CacheArchiveHeader> validateCopy(const QString &copy, const QString &file, const QString &expectedServerId);
    Status replaceRows(const QString &copy);

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace marquee
