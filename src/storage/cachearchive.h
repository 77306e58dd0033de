// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace marquee {

class ArchivedImages;
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
    bool withImages = false; ///< the export carries the image files (it may still have none to carry)
    int images = 0;
    qint64 imageBytes = 0;
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
 * a crash mid-import leaves the old rows. The image files travel in the same file (`marquee_images`, by their
 * store's names) unless left out: a copy on another computer then shows posters offline too. Imported images are
 * added to the store before the rows are replaced; they only ever add to a cache that evicts by use.
 * Rows are replaced rather than the file renamed over the cache because
 * a running Marquee may hold the cache open: a renamed-in file under its open handle and its -wal/-shm would be
 * unsafe, whereas a transaction is simply seen by its next read. The state database is never touched.
 */
class CacheArchive
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr char FormatName[] = "marquee-cache-export";

    CacheArchive(const Database &database, const Clock &clock);

    /// Writes the snapshot to @p file (replaced atomically if it exists), with every file of @p images unless it
    /// is null.
    Result<CacheArchiveHeader> exportTo(const QString &file, ArchivedImages *images = nullptr);
    /// Replaces the cached metadata with the file's, and adds its images to @p images (when not null).
    /// @p expectedServerId, when not empty, must match the export's server (a different server's metadata would
    /// be wiped by the next sync anyway).
    Result<CacheArchiveHeader> importFrom(const QString &file, const QString &expectedServerId = {},
                                          ArchivedImages *images = nullptr);

private:
    Result<CacheArchiveHeader> validateCopy(const QString &copy, const QString &file, const QString &expectedServerId);
    Status replaceRows(const QString &copy);
    static Status writeImages(const QSqlDatabase &db, ArchivedImages &images, CacheArchiveHeader &header);
    static Status readImages(const QSqlDatabase &db, ArchivedImages &images, CacheArchiveHeader &header);

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace marquee
