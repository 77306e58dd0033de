// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace marquee::bench {

/// @brief A raw sqlite3 connection for the baselines: what SQLite does without QtSql in between.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    /// Runs one or more statements; false with error() set on failure.
    bool exec(const QByteArray &sql);
    /// Runs every migration script embedded in the app under @p folder (":/migrations/cache" …), in order.
    bool migrate(const QString &folder);
    [[nodiscard]] QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

/// @brief One prepared statement; values are bound by position (1-based), text as UTF-8.
class RawStatement
{
public:
    RawStatement(const RawDatabase &db, const QByteArray &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    [[nodiscard]] bool isPrepared() const { return m_statement != nullptr; }
    void bindText(int index, const QByteArray &utf8); ///< empty binds NULL
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    /// True while rows come; reset() before the next execution.
    bool stepRow();
    /// Runs to the end; false on an error.
    bool run();
    void reset();
    [[nodiscard]] const unsigned char *text(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace marquee::bench
