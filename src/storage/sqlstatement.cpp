// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlstatement.h"

#include "core/logging.h"
#include "storage/corruptionwatch.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlResult>
#include <sqlite3.h>

namespace marquee {

namespace {
constexpr qint64 SlowStatementMs = 10;

QString describeBindings(const QSqlQuery &query)
{
    QStringList parts;
    const QVariantList values = query.boundValues();
    for (const QVariant &value : values) {
        QString text = value.isNull() ? QStringLiteral("NULL") : value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = errorFrom(m_query.lastError(), m_query.driver());
        qCWarning(lcStorage).noquote() << "prepare failed:" << m_query.lastError().text() << "SQL:" << sql;
    }
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

bool SqlStatement::refusedAsWrite()
{
    sqlite3 *connection = CorruptionWatch::handleOf(m_query.driver());
    if (!CorruptionWatch::writesRefused(connection))
        return false;
    const QVariant statement = m_query.result() ? m_query.result()->handle() : QVariant();
    if (statement.isValid() && qstrcmp(statement.typeName(), "sqlite3_stmt*") == 0
        && sqlite3_stmt_readonly(*static_cast<sqlite3_stmt *const *>(statement.constData())))
        return false;
    m_error = {ErrorKind::StorageCorrupt, QStringLiteral("the state file is damaged; nothing more is written to it"), {}, 0};
    qCWarning(lcStorage).noquote() << "write refused, the file is damaged:" << m_sql;
    return true;
}

bool SqlStatement::exec()
{
    if (!m_prepared)
        return false;
    if (refusedAsWrite())
        return false;
    QElapsedTimer timer;
    timer.start();
    if (!m_query.exec()) {
        m_error = errorFrom(m_query.lastError(), m_query.driver());
        qCWarning(lcStorage).noquote() << "exec failed:" << m_query.lastError().text() << "SQL:" << m_sql
                                       << "values:" << describeBindings(m_query);
        return false;
    }
    m_error = {};
    if (timer.elapsed() > SlowStatementMs)
        qCDebug(lcStorage).noquote() << "slow statement" << timer.elapsed() << "ms:" << m_sql;
    return true;
}

bool SqlStatement::next()
{
    if (m_query.next())
        return true;
    // QSQLITE steps row by row: a damaged page further down the table shows only here, not in exec().
    if (m_query.lastError().isValid()) {
        m_error = errorFrom(m_query.lastError(), m_query.driver());
        qCWarning(lcStorage).noquote() << "reading rows failed:" << m_query.lastError().text() << "SQL:" << m_sql;
    }
    return false;
}

bool SqlStatement::execOnce(const QSqlDatabase &db, const QString &sql, Error *error)
{
    // Every write transaction starts here (WriteTransaction): none may start on a damaged state file.
    if (sql.startsWith(QLatin1String("BEGIN")) && CorruptionWatch::writesRefused(CorruptionWatch::handleOf(db))) {
        if (error)
            *error = {ErrorKind::StorageCorrupt, QStringLiteral("the state file is damaged; nothing more is written to it"),
                      {}, 0};
        return false;
    }
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStorage).noquote() << "statement failed:" << query.lastError().text() << "SQL:" << sql;
    const Error failure = errorFrom(query.lastError(), query.driver());
    if (error)
        *error = failure;
    return false;
}

Error SqlStatement::errorFrom(const QSqlError &sqlError)
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff; // primary code of an extended one
    ErrorKind kind = ErrorKind::Storage;
    if (code == SQLITE_FULL || code == SQLITE_IOERR)
        kind = ErrorKind::StorageFull;
    else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        kind = ErrorKind::StorageCorrupt;
    return {kind, sqlError.text(), {}, 0};
}

Error SqlStatement::errorFrom(const QSqlError &sqlError, const QSqlDriver *driver)
{
    Error error = errorFrom(sqlError);
    if (error.kind == ErrorKind::StorageCorrupt)
        CorruptionWatch::report(CorruptionWatch::handleOf(driver), sqlError.text());
    return error;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace marquee
