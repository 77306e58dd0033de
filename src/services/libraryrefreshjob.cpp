// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/libraryrefreshjob.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "services/databasewriter.h"
#include "services/listingplausibility.h"
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

QStringList idsOf(const QList<MediaItem> &items)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const MediaItem &item : items)
        ids << item.id;
    return ids;
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
    m_state = SyncStateRepository(m_env.database->connection(), syncScope())
                  .state(RefreshScope::library(m_libraryId).key());
    m_incremental = !m_forceFull && m_state && m_state->lastSuccessAtMs && !m_state->watermark.isEmpty();
    setKind(m_incremental ? QStringLiteral("incremental") : QStringLiteral("full"));
}

RefreshJob::Outcome LibraryRefreshJob::execute()
{
    Outcome outcome;
    QSqlDatabase db = m_env.database->connection();
    const std::optional<Library> library = LibraryRepository(db, *m_env.config, server().scope).byId(m_libraryId);
    if (!library) {
        outcome.error = {ErrorKind::ClientError, QStringLiteral("the library is not in the cache"), {}, 0};
        return outcome;
    }
    m_libraryName = library->name;
    m_types = typesOf(*library);
    ItemBatchWriter writer(db, *m_env.config, server().scope);

    if (!m_incremental) {
        if (!fullListing(writer, outcome))
            return outcome;
    } else {
        const qint64 watermark = m_state->watermark.toLongLong();
        ItemQuery changed = baseQuery();
        changed.minDateLastSavedMs = watermark - WatermarkOverlapMs;
        if (!fetchAll(changed, outcome))
            return outcome;
        if (outcome.serverTimeMs && watermark > *outcome.serverTimeMs) {
            // A mark ahead of the server's clock (the clock went back, or the mark is from this computer's clock)
            // hides every change made since: it proves nothing, so everything is listed again.
            outcome.note = clockAheadNote();
            setKind(QStringLiteral("full"));
            if (!fullListing(writer, outcome))
                return outcome;
        } else {
            ItemReader reader(db, server().scope);
            int cachedCount = 0;
            for (ItemType type : std::as_const(m_types))
                cachedCount += reader.countInLibrary(m_libraryId, type);
            if (!reconcile(writer, cachedCount, outcome))
                return outcome;
        }
    }
    // Without the server's clock there is no mark to trust: the next run lists everything.
    outcome.watermark = outcome.serverTimeMs ? QString::number(*outcome.serverTimeMs) : QString();
    return outcome;
}

bool LibraryRefreshJob::fullListing(ItemBatchWriter &writer, Outcome &outcome)
{
    ListingPlausibility listing(m_libraryName);
    if (!fetchAll(baseQuery(), outcome, &listing))
        return false;
    const QStringList cached = writer.idsInLibrary(m_libraryId);
    // The second look for a mass removal: an id listing of its own, which must hold together, match the full
    // listing's count and list none of the items about to go.
    const auto secondLook = [&](const QStringList &gone) -> Result<QString> {
        ListingPlausibility ids(m_libraryName);
        if (!listIds(ids, outcome))
            return outcome.error;
        const bool listsAnyGone =
            std::any_of(gone.cbegin(), gone.cend(), [&](const QString &id) { return ids.ids().contains(id); });
        if (ids.contradiction() || ids.listedCount() != listing.listedCount() || listsAnyGone)
            return listing.massRemovalRefused(gone.size(), cached.size(),
                                              QStringLiteral("a separate list of ids has %1").arg(ids.listedCount()));
        return QStringLiteral("a separate list of %1 ids").arg(ids.listedCount());
    };
    return removeUnlisted(writer, cached, listing, secondLook, outcome);
}

bool LibraryRefreshJob::fetchAll(ItemQuery query, Outcome &outcome, ListingPlausibility *listing)
{
    ListingPlausibility own(m_libraryName);
    ListingPlausibility &pages = listing ? *listing : own;
    query.limit = m_env.batchSize;
    query.startIndex = 0;
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
        if (!outcome.serverTimeMs)
            outcome.serverTimeMs = page.value().serverTimeMs;
        QList<MediaItem> &items = page.value().items;
        // A listing with unreadable entries cannot prove what the server no longer has, nor that nothing changed
        // behind the watermark: stop before deleting or moving the mark.
        if (page.value().skipped > 0)
            return fail(unreadableEntriesError(page.value().skipped));
        pages.addPage(idsOf(items), page.value().announcedTotal);
        // A server that ignores StartIndex sends the same page forever; one that repeats an item proves nothing.
        if (pages.repeatsItself())
            return fail(*pages.contradiction());
        for (MediaItem &item : items)
            item.libraryId = m_libraryId; // Jellyfin's ParentId is the folder on disk, not the library
        if (!land())
            return false;
        const int size = int(items.size());
        const int reached = query.startIndex + size;
        const int total = page.value().totalRecordCount;
        inFlight = InFlight{writeBatch(std::move(items), reached, total), size, total};
        // Only a short page ends the listing: a count that lies low must not end it early, one that lies high must
        // not make it loop. Either way the listing then contradicts its count, and the run ends with that error.
        if (size < *query.limit) {
            if (!land())
                return false;
            if (const std::optional<Error> contradiction = pages.contradiction()) {
                outcome.error = *contradiction;
                return false;
            }
            return true;
        }
        query.startIndex = reached;
    }
}

QFuture<Result<int>> LibraryRefreshJob::writeBatch(QList<MediaItem> items, int reached, int total)
{
    const qint64 nowMs = m_env.clock->nowMs();
    return m_env.writer->run([this, items = std::move(items), reached, total, nowMs](const QSqlDatabase &db) {
        const Result<int> written = ItemBatchWriter(db, *m_env.config, server().scope).write(server().id, items, nowMs);
        if (written) {
            reportProgress(reached, total);
            if (!items.isEmpty())
                reportBatchWritten();
        }
        return written;
    });
}

bool LibraryRefreshJob::listIds(ListingPlausibility &listing, Outcome &outcome)
{
    ItemQuery ids = baseQuery();
    ids.limit = IdPageSize;
    ids.enableImages = false;
    ids.enableUserData = false;
    for (;;) {
        if (isCancelled()) {
            outcome.error = cancelledError();
            return false;
        }
        Result<ItemIdPage> page = await(m_env.backend->itemIds(ids, m_cancel));
        if (!page) {
            outcome.error = page.error();
            return false;
        }
        if (page.value().skipped > 0) {
            outcome.error = unreadableEntriesError(page.value().skipped);
            return false;
        }
        QStringList pageIds;
        for (const ItemStamp &stamp : std::as_const(page.value().items))
            pageIds << stamp.id;
        listing.addPage(pageIds, page.value().announcedTotal);
        if (listing.repeatsItself() || page.value().items.size() < IdPageSize)
            return true; // a repeat is the caller's to report, with the rest of what contradicts
        ids.startIndex += int(page.value().items.size());
    }
}

bool LibraryRefreshJob::reconcile(ItemBatchWriter &writer, int cachedCount, Outcome &outcome)
{
    const Result<int> serverCount = await(m_env.backend->itemCount(baseQuery(), m_cancel));
    if (!serverCount) {
        outcome.error = serverCount.error();
        return false;
    }
    outcome.totalCount = serverCount.value();
    if (serverCount.value() == cachedCount)
        return true;

    // The counts differ: list every id to find what went and what we missed. The id listing must agree with the
    // count made before it; that count is the second look a mass removal needs.
    ListingPlausibility serverIds(m_libraryName);
    serverIds.setIndependentCount(serverCount.value());
    if (!listIds(serverIds, outcome))
        return false;
    const QStringList cached = writer.idsInLibrary(m_libraryId);
    const auto secondLook = [&](const QStringList &) -> Result<QString> {
        return QStringLiteral("a separate count of %1").arg(serverCount.value());
    };
    if (!removeUnlisted(writer, cached, serverIds, secondLook, outcome))
        return false;
    const QSet<QString> cachedIds(cached.begin(), cached.end());
    QStringList missing;
    for (const QString &id : serverIds.ids()) {
        if (!cachedIds.contains(id))
            missing << id;
    }
    for (qsizetype start = 0; start < missing.size(); start += m_env.batchSize) {
        ItemQuery byIds = baseQuery();
        byIds.ids = missing.mid(start, m_env.batchSize);
        if (!fetchAll(byIds, outcome))
            return false;
    }
    outcome.totalCount = serverCount.value();
    return true;
}

QString LibraryRefreshJob::clockAheadNote()
{
    return QStringLiteral("The last refresh's mark was ahead of the server's clock, so every item was listed again "
                          "instead of only the changes.");
}

} // namespace marquee
