// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverrepository.h"

#include "storage/writetransaction.h"

namespace marquee {

namespace {
// A sign-in does not learn the server's name; the library refresh records it with the server's version.
const QString Columns = QStringLiteral(
    "SELECT id, url, server_id, coalesce(nullif(server_name, ''), (SELECT v.server_name FROM state.server_versions v "
    "WHERE v.server_id = servers.server_id AND v.server_name <> '' ORDER BY v.last_seen_at DESC LIMIT 1)), "
    "user_id, user_name, credential_key, trusted_certificate_sha256, kind, is_active, label FROM state.servers ");
}

ServerRepository::ServerRepository(QSqlDatabase db)
    : m_active(db, Columns + QStringLiteral("WHERE is_active = 1 LIMIT 1"))
    , m_byUrl(db, Columns + QStringLiteral("WHERE url = :url"))
    , m_byId(db, Columns + QStringLiteral("WHERE id = :id"))
    , m_all(db, Columns + QStringLiteral("ORDER BY added_at, id"))
    , m_activate(db, QStringLiteral("UPDATE state.servers SET is_active = (id = :id) "
                                    "WHERE EXISTS (SELECT 1 FROM state.servers WHERE id = :id)"))
    , m_rename(db, QStringLiteral("UPDATE state.servers SET label = :label WHERE id = :id"))
    , m_deactivate(db, QStringLiteral("UPDATE state.servers SET is_active = 0 WHERE url <> :url"))
    , m_save(db, QStringLiteral(
          "INSERT INTO state.servers (url, server_id, server_name, user_id, user_name, credential_key, "
          "trusted_certificate_sha256, kind, is_active, added_at) VALUES (:url, :server_id, :server_name, :user_id, "
          ":user_name, :credential_key, :certificate, :kind, :active, :now) "
          "ON CONFLICT(url) DO UPDATE SET server_id = excluded.server_id, server_name = excluded.server_name, "
          "user_id = excluded.user_id, user_name = excluded.user_name, credential_key = excluded.credential_key, "
          "trusted_certificate_sha256 = excluded.trusted_certificate_sha256, kind = excluded.kind, "
          "is_active = excluded.is_active RETURNING id"))
    , m_forget(db, QStringLiteral("DELETE FROM state.servers WHERE id = :id"))
{
}

QList<ServerRecord> ServerRepository::recordsFrom(SqlStatement &statement)
{
    QList<ServerRecord> servers;
    while (statement.next()) {
        // A kind this build does not know (written by a newer one) is not guessed at: the server counts as signed
        // out.
        const std::optional<ServerKind> kind = serverKindFromName(statement.value(8).toString());
        if (!kind)
            continue;
        ServerRecord server;
        server.id = statement.value(0).toLongLong();
        server.url = statement.value(1).toString();
        server.serverId = statement.value(2).toString();
        server.serverName = statement.value(3).toString();
        server.userId = statement.value(4).toString();
        server.userName = statement.value(5).toString();
        server.credentialKey = statement.value(6).toString();
        server.trustedCertificateSha256 = statement.value(7).toString();
        server.kind = *kind;
        server.isActive = statement.value(9).toBool();
        server.label = statement.value(10).toString();
        servers << server;
    }
    statement.finish();
    return servers;
}

std::optional<ServerRecord> ServerRepository::active()
{
    return firstOf(m_active);
}

std::optional<ServerRecord> ServerRepository::byUrl(const QString &url)
{
    m_byUrl.bind(QStringLiteral(":url"), url);
    return firstOf(m_byUrl);
}

std::optional<ServerRecord> ServerRepository::byId(qint64 id)
{
    m_byId.bind(QStringLiteral(":id"), id);
    return firstOf(m_byId);
}

std::optional<ServerRecord> ServerRepository::firstOf(SqlStatement &statement)
{
    if (!statement.exec())
        return std::nullopt;
    const QList<ServerRecord> found = recordsFrom(statement);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ServerRecord> ServerRepository::all()
{
    return m_all.exec() ? recordsFrom(m_all) : QList<ServerRecord>{};
}

bool ServerRepository::activate(qint64 id)
{
    m_activate.bind(QStringLiteral(":id"), id);
    return m_activate.exec() && m_activate.numRowsAffected() > 0;
}

qint64 ServerRepository::saveActive(const ServerRecord &server, qint64 nowMs)
{
    return save(server, nowMs, true);
}

qint64 ServerRepository::saveInactive(const ServerRecord &server, qint64 nowMs)
{
    return save(server, nowMs, false);
}

qint64 ServerRepository::save(const ServerRecord &server, qint64 nowMs, bool active)
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
        .bind(QStringLiteral(":active"), active ? 1 : 0)
        .bind(QStringLiteral(":now"), nowMs);
    if ((active && !m_deactivate.exec()) || !m_save.exec() || !m_save.next())
        return -1;
    const qint64 id = m_save.value(0).toLongLong();
    m_save.finish();
    return id;
}

bool ServerRepository::forget(qint64 id)
{
    m_forget.bind(QStringLiteral(":id"), id);
    return m_forget.exec();
}

bool ServerRepository::rename(qint64 id, const QString &label)
{
    const QString trimmed = label.trimmed();
    m_rename.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":label"), trimmed.isEmpty() ? QVariant() : trimmed);
    return m_rename.exec();
}

} // namespace marquee
