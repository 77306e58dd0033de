// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverrepository.h"

#include "storage/writetransaction.h"

namespace marquee {

ServerRepository::ServerRepository(QSqlDatabase db)
    : m_active(db, QStringLiteral("SELECT id, url, server_id, server_name, user_id, user_name, credential_key, "
                                  "trusted_certificate_sha256, kind FROM state.servers WHERE is_active = 1 LIMIT 1"))
    , m_deactivate(db, QStringLiteral("UPDATE state.servers SET is_active = 0 WHERE url <> :url"))
    , m_save(db, QStringLiteral(
          "INSERT INTO state.servers (url, server_id, server_name, user_id, user_name, credential_key, "
          "trusted_certificate_sha256, kind, is_active, added_at) VALUES (:url, :server_id, :server_name, :user_id, "
          ":user_name, :credential_key, :certificate, :kind, 1, :now) "
          "ON CONFLICT(url) DO UPDATE SET server_id = excluded.server_id, server_name = excluded.server_name, "
          "user_id = excluded.user_id, user_name = excluded.user_name, credential_key = excluded.credential_key, "
          "trusted_certificate_sha256 = excluded.trusted_certificate_sha256, kind = excluded.kind, is_active = 1 "
          "RETURNING id"))
{
}

std::optional<ServerRecord> ServerRepository::active()
{
    if (!m_active.exec() || !m_active.next())
        return std::nullopt;
    ServerRecord server;
    server.id = m_active.value(0).toLongLong();
    server.url = m_active.value(1).toString();
    server.serverId = m_active.value(2).toString();
    server.serverName = m_active.value(3).toString();
    server.userId = m_active.value(4).toString();
    server.userName = m_active.value(5).toString();
    server.credentialKey = m_active.value(6).toString();
    server.trustedCertificateSha256 = m_active.value(7).toString();
    // A kind this build does not know (written by a newer one) is not guessed at: the server counts as signed out.
    const std::optional<ServerKind> kind = serverKindFromName(m_active.value(8).toString());
    if (!kind) {
        m_active.finish();
        return std::nullopt;
    }
    server.kind = *kind;
    server.isActive = true;
    m_active.finish();
    return server;
}

qint64 ServerRepository::saveActive(const ServerRecord &server, qint64 nowMs)
{
    m_deactivate.bind(QStringLiteral(":url"), server.url);
    m_save.bind(QStringLiteral(":url"), server.url)
        .bind(QStringLiteral(":server_id"), nullIfEmpty(server.serverId))
        .bind(QStringLiteral(":server_name"), nullIfEmpty(server.serverName))
        .bind(QStringLiteral(":user_id"), nullIfEmpty(server.userId))
        .bind(QStringLiteral(":user_name"), nullIfEmpty(server.userName))
        .bind(QStringLiteral(":credential_key"), nullIfEmpty(server.credentialKey))
        .bind(QStringLiteral(":certificate"), nullIfEmpty(server.trustedCertificateSha256))
        .bind(QStringLiteral(":kind"), serverKindName(server.kind))
        .bind(QStringLiteral(":now"), nowMs);
    if (!m_deactivate.exec() || !m_save.exec() || !m_save.next())
        return -1;
    const qint64 id = m_save.value(0).toLongLong();
    m_save.finish();
    return id;
}

} // namespace marquee
