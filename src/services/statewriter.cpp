// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/statewriter.h"

#include "storage/database.h"

namespace marquee {

StateWriter::StateWriter(const Database &database)
    : m_database(database)
{
    m_pool.setObjectName(QStringLiteral("StateWriter"));
    m_pool.setMaxThreadCount(1);
    // The thread must never expire: its connection lives as long as the writer.
    m_pool.setExpiryTimeout(-1);
}

StateWriter::~StateWriter()
{
    const Database *database = &m_database;
    QtConcurrent::run(&m_pool, [database] { database->releaseThreadConnection(); }).waitForFinished();
    m_pool.waitForDone();
}

QSqlDatabase StateWriter::connectionOf(const Database &database)
{
    return database.connection();
}

} // namespace marquee
