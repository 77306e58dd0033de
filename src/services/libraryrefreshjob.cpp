// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/libraryrefreshjob.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "services/databasewriter.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/syncstaterepository.h"

namespace marquee {

namespace {
constexpr int IdPageSize = 5000;

Error unreadableEntriesError(int skipped)
{
    return {ErrorKind::BadResponse,
            QStringLiteral("%1 entries of the listing had no usable id; nothing was removed").arg(skipped), {}, 0};
}

Error repeatedPageError()
{
    return {ErrorKind::BadResponse, QStringLiteral("the server sent the same page again"), {}, 0};
}

/// Adds the page's ids to @p listed; false when every one of them was there already.
bool listsSomethingNew(const QList<MediaItem> &items, QSet<QString> &listed)
{
    const qsizetype before = listed.size();
    for (const MediaItem &item : items)
        listed.insert(item.id);
    return listed.size() > before;
}

QList<ItemType> typesOf(const Library &library)
{
    if (library.isShows())
        return {ItemType::Series, ItemType::Season, ItemType::Episode};
    if (library.collectionType == QLatin1String("movies"))
        return {ItemType::Movie};
    return {ItemType::Movie, ItemType::Series, ItemType::Season, ItemType::Episode};
}
} // namespace

LibraryRefreshJob::LibraryRefreshJob(const QString &libraryId, bool forceFull, const RefreshEnvironment &environment,
                                     RefreshJobEvents *events, CancelToken cancel)
    : RefreshJob(RefreshScope::library(libraryId), environment, events, std::move(cancel), QStringLiteral("full"))
    , m_libraryId(libraryId)
    , m_forceFull(forceFull)
{
}

ItemQuery LibraryRefreshJob::baseQuery() const
{
    ItemQuery query;
    query.parentId = m_libraryId;
    query.recursive = true;
    query.includeItemTypes = m_types;
    query.sortBy = {QStringLiteral("SortName")};
    return query;
}

void LibraryRefreshJob::prepare()
{
    m_state = SyncStateRepository(m_env.database->connection()).state(RefreshScope::library(m_libraryId).key());
    m_incremental = !m_forceFull && m_state && m_state->lastSuccessAtMs && !m_state->watermark.isEmpty();
    setKind(m_incremental ? QStringLiteral("incremental") : QStringLiteral("full"));
}

RefreshJob::Outcome LibraryRefreshJob::execute()
{
    Outcome outcome;
    const qint64 startedAt = m_env.clock->nowMs();
    QSqlDatabase db = m_env.database->connection();
    const std::optional<Library> library = LibraryRepository(db, *m_env.config).byId(m_libraryId);
    if (!library) {
        outcome.error = {ErrorKind::ClientError, QStringLiteral("the library is not in the cache"), {}, 0};
        return outcome;
    }
    m_types = typesOf(*library);
    m_serverId = CacheMetaRepository(db).serverId();
    ItemBatchWriter writer(db, *m_env.config);

    if (!m_incremental) {
        QSet<QString> seen;
        if (!fetchAll(baseQuery(), outcome, &seen)
            || !removeUnlisted(writer, writer.idsInLibrary(m_libraryId), seen, outcome))
            return outcome;
    } else {
        ItemQuery changed = baseQuery();
        changed.minDateLastSavedMs = m_state->watermark.toLongLong() - WatermarkOverlapMs;
        if (!fetchAll(changed, outcome, nullptr))
            return outcome;
        ItemReader reader(db);
        int cachedCount = 0;
        for (ItemType type : std::as_const(m_types))
            cachedCount += reader.countInLibrary(m_libraryId, type);
        if (!reconcile(writer, cachedCount, outcome))
            return outcome;
    }
    outcome.watermark = QString::number(startedAt);
    return outcome;
}

bool LibraryRefreshJob::fetchAll(ItemQuery query, Outcome &outcome, QSet<QString> *seen)
{
    query.limit = m_env.batchSize;
    query.startIndex = 0;
    QSet<QString> listed;
    struct InFlight
    {
        QFuture<Result<int>> written;
        int size = 0;
        std::optional<int> total;
    };
    std::optional<InFlight> inFlight;
    // Every way out waits for the batch in flight: the job never ends while one of its batches is still landing.
    const auto land = [&]() -> bool {
        if (!inFlight)
            return true;
        const Result<int> written = await(inFlight->written);
        const InFlight batch = *std::exchange(inFlight, std::nullopt);
        if (!written) {
            if (!outcome.error.isError())
                outcome.error = written.error();
            return false;
        }
        outcome.fetched += batch.size;
        outcome.written += written.value();
        outcome.totalCount = batch.total;
        return true;
    };
    const auto fail = [&](const Error &error) {
        outcome.error = error;
        land();
        return false;
    };
    for (;;) {
        if (isCancelled())
            return fail(cancelledError());
        Result<ItemPage> page = await(m_env.backend->items(query, m_cancel));
        if (!page)
            return fail(page.error());
        QList<MediaItem> &items = page.value().items;
        // A listing with unreadable entries cannot prove what the server no longer has: stop before deleting.
        if (seen && page.value().skipped > 0)
            return fail(unreadableEntriesError(page.value().skipped));
        for (MediaItem &item : items) {
            item.libraryId = m_libraryId; // Jellyfin's ParentId is the folder on disk, not the library
            if (seen)
                seen->insert(item.id);
        }
        if (!land())
            return false;
        const int size = int(items.size());
        const int reached = query.startIndex + size;
        const int total = page.value().totalRecordCount;
        // Only a short page ends the listing: a TotalRecordCount that lies low must not make the rest look deleted,
        // and one that lies high must not loop. A server that ignores StartIndex would send the same page forever.
        const bool last = size < *query.limit;
        const bool repeated = !last && !listsSomethingNew(items, listed);
        inFlight = InFlight{writeBatch(std::move(items), reached, total), size, total};
        if (last)
            return land();
        if (repeated)
            return fail(repeatedPageError());
        query.startIndex = reached;
    }
}

QFuture<Result<int>> LibraryRefreshJob::writeBatch(QList<MediaItem> items, int reached, int total)
{
    const qint64 nowMs = m_env.clock->nowMs();
    return m_env.writer->run([this, items = std::move(items), reached, total, nowMs](const QSqlDatabase &db) {
        const Result<int> written = ItemBatchWriter(db, *m_env.config).write(m_serverId, items, nowMs);
        if (written) {
            reportProgress(reached, total);
            if (!items.isEmpty())
                reportBatchWritten();
        }
        return written;
    });
}

bool LibraryRefreshJob::reconcile(ItemBatchWriter &writer, int cachedCount, Outcome &outcome)
{
    ItemQuery count = baseQuery();
    const Result<int> serverCount = await(m_env.backend->itemCount(count, m_cancel));
    if (!serverCount) {
        outcome.error = serverCount.error();
        return false;
    }
    outcome.totalCount = serverCount.value();
    if (serverCount.value() == cachedCount)
        return true;

    // The counts differ: list every id to find what went and what we missed.
    QSet<QString> serverIds;
    ItemQuery ids = baseQuery();
    ids.limit = IdPageSize;
    ids.enableImages = false;
    ids.enableUserData = false;
    for (;;) {
        Result<ItemIdPage> page = await(m_env.backend->itemIds(ids, m_cancel));
        if (!page) {
            outcome.error = page.error();
            return false;
        }
        if (page.value().skipped > 0) {
            outcome.error = unreadableEntriesError(page.value().skipped);
            return false;
        }
        const qsizetype before = serverIds.size();
        for (const ItemStamp &stamp : std::as_const(page.value().items))
            serverIds.insert(stamp.id);
        if (page.value().items.size() < IdPageSize)
            break;
        if (serverIds.size() == before) {
            outcome.error = repeatedPageError();
            return false;
        }
        ids.startIndex += int(page.value().items.size());
    }
    const QStringList cached = writer.idsInLibrary(m_libraryId);
    if (!removeUnlisted(writer, cached, serverIds, outcome))
        return false;
    const QSet<QString> cachedIds(cached.begin(), cached.end());
    QStringList missing;
    for (const QString &id : std::as_const(serverIds)) {
        if (!cachedIds.contains(id))
            missing << id;
    }
    for (qsizetype start = 0; start < missing.size(); start += m_env.batchSize) {
        ItemQuery byIds = baseQuery();
        byIds.ids = missing.mid(start, m_env.batchSize);
        if (!fetchAll(byIds, outcome, nullptr))
            return false;
    }
    outcome.totalCount = serverCount.value();
    return true;
}

} // namespace marquee
