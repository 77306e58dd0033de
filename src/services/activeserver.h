// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/serverscope.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace marquee {

/// @brief The server a refresh job works for, as the cache knows it: the live session's, or another saved server's
/// (a ServerLane's). A job reads it once, so that all it reads and writes belongs to that one server, even when the
/// server at the address changes identity meanwhile.
struct ActiveServer
{
    QString id;                                ///< its own id: the key of its rows in the state database
    ServerScope scope = ServerScope::active(); ///< its rows in the cache

    /// The live session's server.
    [[nodiscard]] static ActiveServer read(QSqlDatabase db);
    /// A saved server by its id, given a key in the cache first if it has none (its first refresh writes with it);
    /// none when the key cannot be written.
    [[nodiscard]] static std::optional<ActiveServer> of(QSqlDatabase db, const QString &serverId);
};

} // namespace marquee
