// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QList>
#include <QSqlDatabase>

namespace marquee {

/// A server product and version Marquee has talked to (from Jellyfin's /System/Info/Public).
struct ServerVersionSeen
{
    QString serverId;
    QString serverName;
    QString product;
    QString version;
    qint64 firstSeenAtMs = 0;
    qint64 lastSeenAtMs = 0;
};

/// @brief The server versions seen, in the state database: for About and the diagnostic report.
class ServerVersionRepository
{
public:
    explicit ServerVersionRepository(QSqlDatabase db);

    /// Notes that @p serverId answered as @p product @p version at @p atMs.
    bool record(const ServerVersionSeen &seen, qint64 atMs);
    /// Most recently seen first.
    [[nodiscard]] QList<ServerVersionSeen> all();

private:
    SqlStatement m_record;
    SqlStatement m_all;
};

} // namespace marquee
