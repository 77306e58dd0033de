// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Forgets a saved server in the state database: its row in `servers`, this device's user data and queued
/// changes for it (unsent ones included: the user confirmed), its track choices per series, transcodes left to
/// stop, the versions it reported and its download rules. Its downloads go through the DownloadService (files
/// first, then rows), its cached metadata through ServerRemoval. Run inside a WriteTransaction.
class SavedServerRemoval
{
public:
    explicit SavedServerRemoval(QSqlDatabase db);

    /// The server @p serverId saved as row @p serverRowId; returns how many queued changes went unsent.
    Result<int> remove(qint64 serverRowId, const QString &serverId);

private:
    QSqlDatabase m_db;
};

} // namespace marquee
