// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/writetransaction.h"

#include "storage/sqlstatement.h"

namespace marquee {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = SqlStatement::execOnce(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        SqlStatement::execOnce(m_db, QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!SqlStatement::execOnce(m_db, QStringLiteral("COMMIT"), &m_error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace marquee
