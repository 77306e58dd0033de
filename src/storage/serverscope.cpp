// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverscope.h"

#include "storage/sqlstatement.h"

namespace marquee {

QString ServerScope::serverKeySql()
{
    return QStringLiteral("coalesce(:server_key, (SELECT cs.server_key FROM cache_servers cs "
                          "WHERE cs.server_id = (SELECT value FROM cache_meta WHERE key = 'server_id')))");
}

QString ServerScope::serverIdSql()
{
    return QStringLiteral("(SELECT sk.server_id FROM cache_servers sk WHERE sk.server_key = %1)").arg(serverKeySql());
}

void ServerScope::bindTo(std::initializer_list<SqlStatement *> statements) const
{
    const QVariant key = m_key ? QVariant(*m_key) : QVariant(QMetaType::fromType<qint64>());
    for (SqlStatement *statement : statements)
        statement->bind(QStringLiteral(":server_key"), key);
}

} // namespace marquee
