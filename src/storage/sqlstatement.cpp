// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlstatement.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QSqlError>
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
        m_error = errorFrom(m_query.lastError());
        qCWarning(lcStorage).noquote() << "prepare failed:" << m_query.lastError().text() << "SQL:" << sql;
    }
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

bool SqlStatement::exec()
{
    if (!m_prepared)
        return false;
    QElapsedTimer timer;
    timer.start();
    if (!m_query.exec()) {
        m_error = errorFrom(m_query.lastError());
        qCWarning(lcStorage).noquote() << "exec failed:" << m_query.lastError().text() << "SQL:" << m_sql
                                       << "values:" << describeBindings(m_query);
        return false;
    }
    m_error = {};
    if (timer.elapsed() > SlowStatementMs)
        qCDebug(lcStorage).noquote() << "slow statement" << timer.elapsed() << "ms:" << m_sql;
    return true;
}

bool SqlStatement::execOnce(const QSqlDatabase &db, const QString &sql, Error *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStorage).noquote() << "statement failed:" << query.lastError().text() << "SQL:" << sql;
    if (error)
        *error = errorFrom(query.lastError());
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

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace marquee
