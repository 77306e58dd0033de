// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace marquee {

/// What a clear removed.
struct ClearReport
{
    int items = 0;
    int libraries = 0;
    int pendingPlaybackChanges = 0; ///< only with clearPendingPlayback()
};

/**
 * @brief `marquee-cli clear`: empties the metadata cache and, when asked explicitly, the playback queue.
 *
 * The metadata can always be fetched again; the playback queue holds progress the server has not seen yet, so
 * it is a separate call that the caller makes only after warning the user. User data and the sign-in are never
 * touched. The refresh history (sync_runs) stays: it says what happened, not what is cached.
 */
class CacheMaintenance
{
public:
    explicit CacheMaintenance(QSqlDatabase db);

    /// Libraries, items, the search index and refresh state, in one transaction.
    Result<ClearReport> clearMetadata();
    /// Drops every pending playback change; returns how many went.
    Result<int> clearPendingPlayback();
    /// Gives the freed pages back to the file system (VACUUM of the cache file only). Must run outside a transaction.
    Status compact();

private:
    QSqlDatabase m_db;
};

} // namespace marquee
