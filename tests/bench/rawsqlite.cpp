// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace marquee::bench {

RawDatabase::RawDatabase(const QString &path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawDatabase::~RawDatabase()
{
    sqlite3_close(m_db);
}

bool RawDatabase::exec(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

bool RawDatabase::migrate(const QString &folder)
{
    const QDir scripts(folder, QStringLiteral("*.sql"), QDir::Name, QDir::Files);
    if (scripts.isEmpty()) {
        m_error = folder + QStringLiteral(": no migrations");
        return false;
    }
    for (const QString &name : scripts.entryList()) {
        QFile file(scripts.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = file.fileName() + QStringLiteral(": ") + file.errorString();
            return false;
        }
        if (!exec(file.readAll()))
            return false;
    }
    return true;
}

RawStatement::RawStatement(const RawDatabase &db, const QByteArray &sql)
{
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool RawStatement::stepRow()
{
    return sqlite3_step(m_statement) == SQLITE_ROW;
}

bool RawStatement::run()
{
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    return code == SQLITE_DONE;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

const unsigned char *RawStatement::text(int column) const
{
    return sqlite3_column_text(m_statement, column);
}

} // namespace marquee::bench
