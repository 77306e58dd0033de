// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <functional>

struct sqlite3;

namespace marquee {

/**
 * @brief Hears of every statement that SQLite answers with SQLITE_CORRUPT or SQLITE_NOTADB, whatever the thread,
 * connection or repository, and tells the owner of the file (the Database that opened it); and keeps the list of
 * files that must not be written to any more, because their owner found them damaged.
 *
 * Process-wide because a statement knows its connection, not the Database object behind it. The files are
 * compared by absolute path, as SQLite reports them.
 */
class CorruptionWatch
{
public:
    /// Called on the thread whose statement met the corruption.
    using Listener = std::function<void(const QString &message)>;

    /// @p listener hears of corruption met on any connection that has one of @p files open (as main or attached).
    /// Returns the handle for unwatch().
    static quint64 watch(const QStringList &files, Listener listener);
    static void unwatch(quint64 handle);
    /// SqlStatement calls this when SQLite answered @p connection with SQLITE_CORRUPT or SQLITE_NOTADB.
    static void report(sqlite3 *connection, const QString &message);

    /// From now on (or no longer, with @p refuse false) no statement that writes runs on a connection that has
    /// @p file open: a damaged state file is never written to.
    static void refuseWrites(const QString &file, bool refuse);
    /// Cheap when nothing is refused (one atomic load); SqlStatement asks it before each write.
    [[nodiscard]] static bool writesRefused(sqlite3 *connection);

    /// The raw handle behind a QSQLITE connection; null for any other driver.
    [[nodiscard]] static sqlite3 *handleOf(const QSqlDatabase &db) { return handleOf(db.driver()); }
    [[nodiscard]] static sqlite3 *handleOf(const QSqlDriver *driver);
};

} // namespace marquee
