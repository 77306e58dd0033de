// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/databasewriter.h"

#include "storage/database.h"

namespace marquee {

DatabaseWriter::DatabaseWriter(const Database &database)
    : m_database(database)
{
    m_pool.setObjectName(QStringLiteral("DatabaseWriter"));
    m_pool.setMaxThreadCount(1);
    // The thread must never expire: its connection lives as long as the writer.
    m_pool.setExpiryTimeout(-1);
}

DatabaseWriter::~DatabaseWriter()
{
    const Database *database = &m_database;
    m_pool.start([database] { database->releaseThreadConnection(); });
    m_pool.waitForDone();
}

QSqlDatabase DatabaseWriter::connectionOf(const Database &database)
{
    return database.writerConnection();
}

} // namespace marquee
