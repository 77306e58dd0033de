// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Makes sure the cached metadata belongs to the server at the other end. A different server id at the same
/// address (a reinstalled server) wipes the metadata, never the playback queue, user data or sign-in.
class ServerIdentity
{
public:
    enum class Outcome { Same, FirstSeen, Replaced };

    /// Compares @p serverId with the cache's and wipes on a change, in one transaction.
    static Result<Outcome> adopt(QSqlDatabase db, const QString &serverId);
    [[nodiscard]] static QString replacedNotice();
};

} // namespace marquee
