// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverversionrepository.h"

namespace marquee {

namespace {
enum Column { ServerId, ServerName, Product, Version, FirstSeenAt, LastSeenAt };
} // namespace

ServerVersionRepository::ServerVersionRepository(QSqlDatabase db)
    : m_record(db, QStringLiteral(
          "INSERT INTO state.server_versions (server_id, server_name, product, version, first_seen_at, last_seen_at) "
          "VALUES (:server_id, :server_name, :product, :version, :at, :at) "
          "ON CONFLICT(server_id, product, version) DO UPDATE SET "
          "server_name = excluded.server_name, last_seen_at = excluded.last_seen_at"))
    , m_all(db, QStringLiteral("SELECT server_id, server_name, product, version, first_seen_at, last_seen_at "
                               "FROM state.server_versions ORDER BY last_seen_at DESC"))
{
}

bool ServerVersionRepository::record(const ServerVersionSeen &seen, qint64 atMs)
{
    // A server that does not say its version (or its name) is kept as ''; a null QString would bind NULL.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    m_record.bind(QStringLiteral(":server_id"), text(seen.serverId))
        .bind(QStringLiteral(":server_name"), text(seen.serverName))
        .bind(QStringLiteral(":product"), text(seen.product))
        .bind(QStringLiteral(":version"), text(seen.version))
        .bind(QStringLiteral(":at"), atMs);
    return m_record.exec();
}

QList<ServerVersionSeen> ServerVersionRepository::all()
{
    QList<ServerVersionSeen> seen;
    if (!m_all.exec())
        return seen;
    while (m_all.next()) {
        seen.append({m_all.value(ServerId).toString(), m_all.value(ServerName).toString(),
                     m_all.value(Product).toString(), m_all.value(Version).toString(),
                     m_all.value(FirstSeenAt).toLongLong(), m_all.value(LastSeenAt).toLongLong()});
    }
    return seen;
}

} // namespace marquee
