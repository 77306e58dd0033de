// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Makes sure the active server of the cache is the server at the other end. A different server id at the
/// same address (a reinstalled server) wipes the old server's metadata, never another server's rows, the playback
/// queue, user data or sign-in.
class ServerIdentity
{
public:
    enum class Outcome { Same, FirstSeen, Replaced };

    /// Compares @p serverId with the cache's active server and, on a change, wipes the old one's metadata and makes
    /// @p serverId the active server (with a key of its own), in one transaction.
    static Result<Outcome> adopt(QSqlDatabase db, const QString &serverId);
    [[nodiscard]] static QString replacedNotice();
};

} // namespace marquee
