// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/mediaitem.h"
#include "core/result.h"
#include "storage/itemwriter.h"
#include "storage/userdatarepository.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Writes one batch from the server, items and their user data together, in one transaction: a batch is
/// either wholly in the cache or not at all, whatever happens to the process. The items are those of one server
/// (@p scope, the active one unless told otherwise).
class ItemBatchWriter
{
public:
    ItemBatchWriter(QSqlDatabase db, const CacheConfig &config, ServerScope scope = ServerScope::active());

    /// Returns how many item rows changed. @p serverId is the scope's server: its user data is keyed by it.
    Result<int> write(const QString &serverId, const QList<MediaItem> &items, qint64 nowMs);
    /// Deletes the given items in one transaction; returns how many went.
    Result<int> remove(const QStringList &ids);
    /// Stores server user data for items that may not be cached, in one transaction.
    Status mergeUserData(const QString &serverId, const QList<UserData> &userData, qint64 nowMs);
    [[nodiscard]] QStringList idsInLibrary(const QString &libraryId) { return m_items.idsInLibrary(libraryId); }
    [[nodiscard]] QStringList idsInSeries(const QString &seriesId) { return m_items.idsInSeries(seriesId); }

private:
    QSqlDatabase m_db;
    ItemWriter m_items;
    UserDataRepository m_userData;
};

} // namespace marquee
