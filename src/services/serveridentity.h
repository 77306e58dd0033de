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
    enum class Outcome {
        Same,      ///< the active server already
        FirstSeen, ///< the cache held no server before
        Switched,  ///< another server became the active one; the one before keeps its rows
        Replaced,  ///< a different server at the same address: the old one's metadata is gone
    };

    /// The active server's address answered with @p serverId (a refresh looked): a different id than the cache's
    /// active server is a replaced server, whose metadata is wiped; @p serverId becomes the active server (with a
    /// key of its own), in one transaction.
    static Result<Outcome> adopt(QSqlDatabase db, const QString &serverId);
    /// A session with @p serverId begins (a sign-in or a saved sign-in restored). @p previousAtAddress is the id
    /// recorded for that address before; another id there means the server was replaced. A session with another
    /// server makes it the active one and leaves every other server's rows where they are.
    static Result<Outcome> begin(QSqlDatabase db, const QString &serverId, const QString &previousAtAddress);
    [[nodiscard]] static QString replacedNotice();

private:
    static Result<Outcome> activate(QSqlDatabase db, const QString &serverId, const QString &replaced);
};

} // namespace marquee
