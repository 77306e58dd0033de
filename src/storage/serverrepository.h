// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverkind.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// A server the user signed in to. The token itself lives in the credential store, named by credentialKey.
struct ServerRecord
{
    qint64 id = 0;
    QString url;
    QString serverId;
    QString serverName;
    QString userId;
    QString userName;
    QString credentialKey;
    bool isActive = false;
    QString trustedCertificateSha256{}; ///< the self-signed certificate the user trusted for this server, or empty
    ServerKind kind = ServerKind::Jellyfin;
    QString label{}; ///< the user's name for it in the sidebar, or empty
};

/// @brief Known servers, in the state database.
class ServerRepository
{
public:
    explicit ServerRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<ServerRecord> active();
    [[nodiscard]] std::optional<ServerRecord> byUrl(const QString &url);
    /// The server saved as row @p id (ServerRecord::id).
    [[nodiscard]] std::optional<ServerRecord> byId(qint64 id);
    /// Every server signed in to on this device, in the order they were added.
    [[nodiscard]] QList<ServerRecord> all();
    /// Saves by URL and makes it the active server; returns its row id, or -1.
    qint64 saveActive(const ServerRecord &server, qint64 nowMs);
    /// Saves by URL without making it the active one (the one the next launch restores), or making another one
    /// inactive; returns its row id, or -1.
    qint64 saveInactive(const ServerRecord &server, qint64 nowMs);
    /// Forgets the saved server @p id, only its row: its cache and user data stay.
    bool forget(qint64 id);
    /// Makes the server with row id @p id the active one (its saved sign-in is the one restored).
    bool activate(qint64 id);
    /// The user's name for the server @p id in the sidebar; empty: the server's own name again.
    bool rename(qint64 id, const QString &label);

private:
    /// The rows of @p statement (columns as in columns()); a kind this build does not know is left out.
    static QList<ServerRecord> recordsFrom(SqlStatement &statement);
    /// The first row of @p statement, once bound; none when it has none or fails.
    static std::optional<ServerRecord> firstOf(SqlStatement &statement);
    qint64 save(const ServerRecord &server, qint64 nowMs, bool active);

    SqlStatement m_active;
    SqlStatement m_byUrl;
    SqlStatement m_byId;
    SqlStatement m_all;
    SqlStatement m_activate;
    SqlStatement m_rename;
    SqlStatement m_deactivate;
    SqlStatement m_save;
    SqlStatement m_forget;
};

} // namespace marquee
