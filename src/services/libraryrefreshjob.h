// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "services/refreshjob.h"
#include "storage/syncstaterepository.h"

#include <QSet>
#include <optional>

namespace marquee {

class ItemBatchWriter;
class ListingPlausibility;

/**
 * @brief Brings one library's items (movies; or series, seasons and episodes) into the cache.
 *
 * The first run pages through everything in batches. Later runs are incremental: the items saved since the
 * watermark, then a count; only when the server's count differs from the cache's are the ids listed, to find
 * deletions and anything missed. An unchanged library therefore costs two small requests.
 *
 * What the server no longer lists is removed only when the listing holds together (ListingPlausibility); a
 * removal of more than a quarter of the library waits for a second look that agrees: a separate id listing after
 * a full listing, the separate count after an id pass. The watermark is the server's clock at its first answer
 * (its Date header), never this computer's; one that is ahead of the server's clock is set aside for a full listing.
 */
class LibraryRefreshJob final : public RefreshJob
{
public:
    /// How far before the last run's start the next incremental run looks, to absorb saves that were in flight
    /// while the last run listed.
    static constexpr qint64 WatermarkOverlapMs = 10 * 60'000;

    LibraryRefreshJob(const QString &libraryId, bool forceFull, const RefreshEnvironment &environment,
                      RefreshJobEvents *events, CancelToken cancel);

    /// The note of a run that listed everything because the watermark was ahead of the server's clock: kept in
    /// English in sync_runs; Sync activity shows it in the user's language (SyncNoteText).
    [[nodiscard]] static QString clockAheadNote();

protected:
    /// Full or incremental: incremental once a run succeeded and left a watermark, unless a full one was asked for.
    void prepare() override;
    Outcome execute() override;

private:
    [[nodiscard]] ItemQuery baseQuery() const;
    /// Pages through `query`, writing each batch while the next page is fetched; the pages go to @p listing (or
    /// to a listing of its own), and a listing that contradicts itself ends the run.
    bool fetchAll(ItemQuery query, Outcome &outcome, ListingPlausibility *listing = nullptr);
    /// Queues one page's items on the writer thread; progress is announced as soon as they are in.
    [[nodiscard]] QFuture<Result<int>> writeBatch(QList<MediaItem> items, int reached, int total);
    bool fullListing(ItemBatchWriter &writer, Outcome &outcome);
    bool reconcile(ItemBatchWriter &writer, int cachedCount, Outcome &outcome);
    /// Lists every id of the library into @p listing; false with the error in @p outcome.
    bool listIds(ListingPlausibility &listing, Outcome &outcome);

    QString m_libraryId;
    QString m_libraryName;
    QList<ItemType> m_types;
    bool m_forceFull;
    std::optional<SyncState> m_state; ///< the library's, as prepare() read it
    bool m_incremental = false;
};

} // namespace marquee
