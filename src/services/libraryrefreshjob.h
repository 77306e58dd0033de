// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "services/refreshjob.h"
#include "storage/syncstaterepository.h"

#include <QSet>
#include <optional>

namespace marquee {

class ItemBatchWriter;

/**
 * @brief Brings one library's items (movies; or series, seasons and episodes) into the cache.
 *
 * The first run pages through everything in batches. Later runs are incremental: the items saved since the
 * watermark, then a count; only when the server's count differs from the cache's are the ids listed, to find
 * deletions and anything missed. An unchanged library therefore costs two small requests.
 */
class LibraryRefreshJob final : public RefreshJob
{
public:
    /// How far before the last run's start the next incremental run looks, to absorb clock skew and saves that
    /// were in flight while the last run listed.
    static constexpr qint64 WatermarkOverlapMs = 10 * 60'000;

    LibraryRefreshJob(const QString &libraryId, bool forceFull, const RefreshEnvironment &environment,
                      RefreshJobEvents *events, CancelToken cancel);

protected:
    /// Full or incremental: incremental once a run succeeded and left a watermark, unless a full one was asked for.
    void prepare() override;
    Outcome execute() override;

private:
    [[nodiscard]] ItemQuery baseQuery() const;
    /// Pages through `query`, writing each batch while the next page is fetched; collects the ids seen.
    bool fetchAll(ItemQuery query, Outcome &outcome, QSet<QString> *seen);
    /// Queues one page's items on the writer thread; progress is announced as soon as they are in.
    [[nodiscard]] QFuture<Result<int>> writeBatch(QList<MediaItem> items, int reached, int total);
    bool reconcile(ItemBatchWriter &writer, int cachedCount, Outcome &outcome);

    QString m_libraryId;
    QList<ItemType> m_types;
    QString m_serverId;
    bool m_forceFull;
    std::optional<SyncState> m_state; ///< the library's, as prepare() read it
    bool m_incremental = false;
};

} // namespace marquee
