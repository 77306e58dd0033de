// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Which server the live session talks to (the active server, whose rows the pages read), and the wipe of
/// every server's metadata (`marquee-cli clear`).
class CacheMetaRepository
{
public:
    explicit CacheMetaRepository(QSqlDatabase db);

    [[nodiscard]] QString serverId();
    /// Makes @p serverId the active server, giving it a key in cache_servers if it has none.
    bool setServerId(const QString &serverId);
    /// Deletes every server's libraries, items and refresh state: metadata only. The state database (playback queue,
    /// user data, sign-in) is not touched. Run inside a WriteTransaction.
    bool wipeMetadata();

private:
    QSqlDatabase m_db;
    SqlStatement m_get;
    SqlStatement m_set;
};

} // namespace marquee
