// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/setupconnection.h"

#include "storage/sqlstatement.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace marquee {

namespace {
QAtomicInteger<quint64> serial;
}

SetupConnection::SetupConnection(const QString &file, Mode mode)
    : m_name(QStringLiteral("marquee-setup-%1").arg(serial.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(file);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    m_opened = db.open();
    if (!m_opened)
        m_error = SqlStatement::errorFrom(db.lastError());
}

SetupConnection::~SetupConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace marquee
