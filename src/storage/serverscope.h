// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <initializer_list>
#include <optional>

namespace marquee {

class SqlStatement;

/// @brief Which server's rows of the cache a repository reads and writes (migrations/cache/0009).
///
/// Every statement of a repository names its server through serverKeySql() and is bound once, when the repository
/// is made. A repository pinned to a key sees that server's rows only. The active scope follows the server of the
/// live session (cache_meta's server_id) as it changes, so a page made before a server's identity changed reads the
/// new server's rows afterwards; the key is then looked up by the statement itself, one probe of two small tables.
class ServerScope
{
public:
    /// The server the cache's live session talks to.
    [[nodiscard]] static ServerScope active() { return ServerScope(std::nullopt); }
    /// One server, by its key in cache_servers (CacheServerRepository).
    [[nodiscard]] static ServerScope of(qint64 serverKey) { return ServerScope(serverKey); }

    /// The server's key as an SQL expression of the placeholder :server_key; it holds no column, so an index led by
    /// server_key serves "server_key = <this>".
    [[nodiscard]] static QString serverKeySql();
    /// The server's own id as an SQL expression, the key of its rows in the state database (user_data, downloads).
    [[nodiscard]] static QString serverIdSql();

    /// Binds :server_key of each statement: the key, or NULL for the active server.
    void bindTo(std::initializer_list<SqlStatement *> statements) const;
    [[nodiscard]] std::optional<qint64> key() const { return m_key; }

private:
    explicit ServerScope(std::optional<qint64> key) : m_key(key) {}

    std::optional<qint64> m_key;
};

} // namespace marquee
