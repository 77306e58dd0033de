// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace marquee {

/// @brief A statement prepared once and executed many times, that logs the SQL, the bound values and the error
/// when it fails, and turns SQLite's result codes into a typed Error.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    [[nodiscard]] bool isPrepared() const { return m_prepared; }
    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    /// Runs the statement with the values bound since the last exec(); false on failure (already logged).
    bool exec();
    /// The next row; false at the end, or on an error (then lastError() says which, a damaged page included).
    bool next();
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QVariant lastInsertId() const { return m_query.lastInsertId(); }
    [[nodiscard]] const Error &lastError() const { return m_error; }
    void finish() { m_query.finish(); }

    /// Runs one statement without keeping it prepared: PRAGMAs, BEGIN/COMMIT.
    static bool execOnce(const QSqlDatabase &db, const QString &sql, Error *error = nullptr);
    /// Maps a failed query's SQLite result code to the kinds a user can act on (disk full, corrupt …).
    [[nodiscard]] static Error errorFrom(const QSqlError &sqlError);
    /// errorFrom(), and a damaged file is reported to CorruptionWatch, whichever statement met it.
    [[nodiscard]] static Error errorFrom(const QSqlError &sqlError, const QSqlDriver *driver);

private:
    [[nodiscard]] bool refusedAsWrite();

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    Error m_error;
};

/// Null for an empty string, so optional text columns stay NULL rather than ''.
[[nodiscard]] QVariant nullIfEmpty(const QString &text);

/// A bound value for an optional column: NULL when unset.
template <typename T>
[[nodiscard]] QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

/// An optional column read back: unset when NULL.
template <typename T>
[[nodiscard]] std::optional<T> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

} // namespace marquee
