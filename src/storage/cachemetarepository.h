// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Which server the cached metadata belongs to, and the wipe when that changes.
class CacheMetaRepository
{
public:
    explicit CacheMetaRepository(QSqlDatabase db);

    [[nodiscard]] QString serverId();
    bool setServerId(const QString &serverId);
    /// Deletes every library, item and refresh state: metadata only. The state database (playback queue,
    /// user data, sign-in) is not touched. Run inside a WriteTransaction.
    bool wipeMetadata();

private:
    QSqlDatabase m_db;
    SqlStatement m_get;
    SqlStatement m_set;
};

} // namespace marquee
