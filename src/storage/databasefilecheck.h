// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

enum class DatabaseFileHealth {
    Missing,   ///< no file, or an empty one: SQLite creates it
    Healthy,   ///< a SQLite header whose page count fits the file
    NotSqlite, ///< garbage where the header should be
    Truncated, ///< the header promises more pages than the file holds
};

/// @brief Cheap checks on a database file before SQLite opens it: the header and the length. Unlike
/// PRAGMA integrity_check they cost microseconds, so they can run on every start of a 400 MB cache.
class DatabaseFileCheck
{
public:
    [[nodiscard]] static DatabaseFileHealth inspect(const QString &path);

    /// Renames the file and its -wal/-shm companions to "<name>.broken-<time>" so that nothing is lost and a
    /// new file can take its place; removes copies moved aside earlier. Returns the new name, or empty on failure.
    static QString moveAside(const QString &path, qint64 nowMs);
    /// Copies the file and its -wal to "<name>.damaged-<time>" and leaves the original as it is: a damaged state
    /// file is kept byte for byte before anything else happens to it. Returns the copy's name, or empty on failure.
    static QString keepCopy(const QString &path, qint64 nowMs);
};

} // namespace marquee
