// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/simplerefreshjobs.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/listingplausibility.h"
#include "services/serveridentity.h"
#include "services/activeserver.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverversionrepository.h"
#include "storage/writetransaction.h"

#include <QSet>

namespace marquee {

namespace {

/// Writes items and reports; the shared tail of the small jobs.
bool writeItems(ItemBatchWriter &writer, const QString &serverId, const QList<MediaItem> &items, qint64 nowMs,
                Error *error, int *written)
{
    const Result<int> result = writer.write(serverId, items, nowMs);
    if (!result) {
        *error = result.error();
        return false;
    }
    *written += result.value();
    return true;
}

} // namespace

LibrariesRefreshJob::LibrariesRefreshJob(const RefreshEnvironment &environment, RefreshJobEvents *events,
                                         CancelToken cancel)
    : RefreshJob(RefreshScope::libraries(), environment, events, std::move(cancel), QStringLiteral("libraries"))
{
}

RefreshJob::Outcome LibrariesRefreshJob::execute()
{
    Outcome outcome;
    QSqlDatabase db = m_env.database->connection();
    const Result<ServerInfo> info = await(m_env.backend->serverInfo(m_cancel));
    if (!info) {
        outcome.error = info.error();
        return outcome;
    }
    if (!m_env.serverId.isEmpty() && info.value().id != m_env.serverId) {
        // Another server's lane: its rows stay as they are until the user switches to it, and that sign-in says
        // the server was replaced (ServerIdentity::begin) and wipes its rows only.
        outcome.error = {ErrorKind::ClientError,
                         QStringLiteral("another server answers at this address now (%1)").arg(info.value().id), {}, 0};
        return outcome;
    }
    if (m_env.serverId.isEmpty()) {
        const Result<ServerIdentity::Outcome> identity = ServerIdentity::adopt(db, info.value().id);
        if (!identity) {
            outcome.error = identity.error();
            return outcome;
        }
        if (identity.value() == ServerIdentity::Outcome::Replaced)
            reportNotice(ServerIdentity::replacedNotice());
    }

    Result<QList<Library>> libraries = await(m_env.backend->libraries(m_cancel));
    if (!libraries) {
        outcome.error = libraries.error();
        return outcome;
    }
    // The live session's server may have been replaced just now; its successor has a key of its own.
    const ActiveServer active = m_env.serverId.isEmpty() ? ActiveServer::read(db) : server();
    LibraryRepository repository(db, *m_env.config, active.scope);
    if (!mayDropUnlisted(db, active, repository, libraries.value(), outcome))
        return outcome;
    WriteTransaction transaction(db);
    // For Help → About and Report a problem; losing it would lose nothing a user relies on, so it never fails a sync.
    const ServerInfo &server = info.value();
    if (!ServerVersionRepository(db).record({server.id, server.name, server.productName, server.version},
                                            m_env.clock->nowMs()))
        qCWarning(lcServices) << "the server's version was not recorded";
    if (!repository.replaceAll(libraries.value(), m_env.clock->nowMs())) {
        outcome.error = repository.lastError();
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.error = transaction.error();
        return outcome;
    }
    outcome.fetched = outcome.written = int(libraries.value().size());
    outcome.totalCount = outcome.fetched;
    reportBatchWritten();
    return outcome;
}

bool LibrariesRefreshJob::mayDropUnlisted(const QSqlDatabase &db, const ActiveServer &active,
                                          LibraryRepository &repository,
                                          const QList<Library> &listed, Outcome &outcome)
{
    ListingPlausibility listing(QStringLiteral("libraries"));
    QStringList ids;
    for (const Library &library : listed)
        ids << library.id;
    listing.addPage(ids, std::nullopt);
    if (const std::optional<Error> contradiction = listing.contradiction()) {
        outcome.error = *contradiction;
        return false;
    }
    const QList<Library> cached = repository.all();
    QList<Library> dropped;
    for (const Library &library : cached) {
        if (!listing.ids().contains(library.id))
            dropped << library;
    }
    if (dropped.isEmpty())
        return true;
    // A library that leaves takes its items with it: what counts is how many items would go.
    ItemBatchWriter items(db, *m_env.config, active.scope);
    qsizetype cachedItems = 0;
    qsizetype goingItems = 0;
    for (const Library &library : cached) {
        const qsizetype count = items.idsInLibrary(library.id).size();
        cachedItems += count;
        if (dropped.contains(library))
            goingItems += count;
    }
    if (!ListingPlausibility::isMassRemoval(goingItems, cachedItems))
        return true;
    // The second look: the server is asked for the items of each library it no longer lists. A library that still
    // has items there has not gone, whatever the list says.
    for (const Library &library : std::as_const(dropped)) {
        ItemQuery query;
        query.parentId = library.id;
        query.recursive = true;
        const Result<int> count = await(m_env.backend->itemCount(query, m_cancel));
        const bool gone = count ? count.value() == 0 : count.error().kind == ErrorKind::ClientError;
        if (!gone) {
            outcome.error = count ? listing.massRemovalRefused(goingItems, cachedItems,
                                                               QStringLiteral("the server still has %1 items in “%2”")
                                                                   .arg(count.value())
                                                                   .arg(library.name))
                                  : count.error();
            return false;
        }
    }
    outcome.note = ListingPlausibility::massRemovalNote(
        goingItems, cachedItems, QStringLiteral("the server has no items left in the libraries that went"));
    return true;
}

SeriesRefreshJob::SeriesRefreshJob(const QString &seriesId, const RefreshEnvironment &environment,
                                   RefreshJobEvents *events, CancelToken cancel)
    : RefreshJob(RefreshScope::series(seriesId), environment, events, std::move(cancel), QStringLiteral("series"))
{
}

RefreshJob::Outcome SeriesRefreshJob::execute()
{
    Outcome outcome;
    QSqlDatabase db = m_env.database->connection();
    const ActiveServer &active = server();
    const std::optional<MediaItem> series = ItemReader(db, active.scope).item(m_scope.id);
    if (!series) {
        outcome.error = {ErrorKind::ClientError, QStringLiteral("the series is not in the cache"), {}, 0};
        return outcome;
    }
    Result<QList<MediaItem>> seasons = await(m_env.backend->seasons(m_scope.id, m_cancel));
    if (!seasons) {
        outcome.error = seasons.error();
        return outcome;
    }
    Result<QList<MediaItem>> episodes = await(m_env.backend->episodes(m_scope.id, {}, m_cancel));
    if (!episodes) {
        outcome.error = episodes.error();
        return outcome;
    }
    QList<MediaItem> children = seasons.value() + episodes.value();
    ListingPlausibility listing(QStringLiteral("the seasons and episodes of “%1”").arg(series->name));
    for (const QList<MediaItem> *part : {&seasons.value(), &episodes.value()}) {
        QStringList ids;
        for (const MediaItem &child : *part)
            ids << child.id;
        listing.addPage(ids, std::nullopt);
    }
    for (MediaItem &child : children) {
        child.libraryId = series->libraryId;
        child.seriesId = m_scope.id;
        if (child.seriesName.isEmpty())
            child.seriesName = series->name;
    }
    ItemBatchWriter writer(db, *m_env.config, active.scope);
    if (!writeItems(writer, active.id, children, m_env.clock->nowMs(), &outcome.error,
                    &outcome.written))
        return outcome;
    outcome.fetched = outcome.totalCount.emplace(int(children.size()));
    // The second look for a mass removal: a count of the series' seasons and episodes through the item listing,
    // a route of its own, which must match what the two lists held together.
    const auto secondLook = [&](const QStringList &gone) -> Result<QString> {
        ItemQuery query;
        query.parentId = m_scope.id;
        query.recursive = true;
        query.includeItemTypes = {ItemType::Season, ItemType::Episode};
        const Result<int> count = await(m_env.backend->itemCount(query, m_cancel));
        if (!count)
            return count.error();
        if (count.value() != listing.listedCount())
            return listing.massRemovalRefused(gone.size(), writer.idsInSeries(m_scope.id).size(),
                                              QStringLiteral("a separate count says %1").arg(count.value()));
        return QStringLiteral("a separate count of %1").arg(count.value());
    };
    if (!removeUnlisted(writer, writer.idsInSeries(m_scope.id), listing, secondLook, outcome))
        return outcome;
    reportBatchWritten();
    return outcome;
}

ItemRefreshJob::ItemRefreshJob(const QString &itemId, const RefreshEnvironment &environment, RefreshJobEvents *events,
                               CancelToken cancel)
    : RefreshJob(RefreshScope::item(itemId), environment, events, std::move(cancel), QStringLiteral("details"))
{
}

RefreshJob::Outcome ItemRefreshJob::execute()
{
    Outcome outcome;
    QSqlDatabase db = m_env.database->connection();
    const ActiveServer &active = server();
    const std::optional<MediaItem> cached = ItemReader(db, active.scope).item(m_scope.id);
    if (!cached) {
        outcome.error = {ErrorKind::ClientError, QStringLiteral("the item is not in the cache"), {}, 0};
        return outcome;
    }
    Result<MediaItem> details = await(m_env.backend->itemDetails(m_scope.id, m_cancel));
    if (!details) {
        outcome.error = details.error();
        return outcome;
    }
    MediaItem item = details.takeValue();
    item.libraryId = cached->libraryId;
    item.detailLevel = DetailLevel::Full;
    ItemBatchWriter writer(db, *m_env.config, active.scope);
    if (!writeItems(writer, active.id, {item}, m_env.clock->nowMs(), &outcome.error,
                    &outcome.written))
        return outcome;
    outcome.fetched = 1;
    reportBatchWritten();
    return outcome;
}

UserDataRefreshJob::UserDataRefreshJob(const QString &libraryId, QStringList itemIds,
                                       const RefreshEnvironment &environment, RefreshJobEvents *events,
                                       CancelToken cancel)
    : RefreshJob(RefreshScope::userData(libraryId), environment, events, std::move(cancel), QStringLiteral("user data"))
    , m_itemIds(std::move(itemIds))
{
    setAnnouncedScope(RefreshScope::library(libraryId).key());
}

RefreshJob::Outcome UserDataRefreshJob::execute()
{
    Outcome outcome;
    Result<QList<UserData>> userData = await(m_env.backend->userDataForItems(m_itemIds, m_cancel));
    if (!userData) {
        outcome.error = userData.error();
        return outcome;
    }
    QSqlDatabase db = m_env.database->connection();
    const ActiveServer &active = server();
    const Status merged = ItemBatchWriter(db, *m_env.config, active.scope)
                              .mergeUserData(active.id, userData.value(), m_env.clock->nowMs());
    if (!merged) {
        outcome.error = merged.error();
        return outcome;
    }
    outcome.fetched = outcome.written = int(userData.value().size());
    reportBatchWritten();
    return outcome;
}

HomeRefreshJob::HomeRefreshJob(const RefreshEnvironment &environment, RefreshJobEvents *events, CancelToken cancel)
    : RefreshJob(RefreshScope::home(), environment, events, std::move(cancel), QStringLiteral("home"))
{
}

RefreshJob::Outcome HomeRefreshJob::execute()
{
    Outcome outcome;
    QSqlDatabase db = m_env.database->connection();
    const ActiveServer &active = server();
    QStringList libraryIds;
    const QList<Library> libraries = LibraryRepository(db, *m_env.config, active.scope).all();
    for (const Library &library : libraries)
        libraryIds << library.id;
    Result<HomeSections> sections = await(m_env.backend->homeSections(libraryIds, SectionSize, m_cancel));
    if (!sections) {
        outcome.error = sections.error();
        return outcome;
    }
    // Latest items name their library; resumable and next-up items do not, so those only refresh rows the
    // cache already places in a library, and otherwise bring their user data alone.
    QList<MediaItem> placed;
    QList<UserData> userDataOnly;
    for (const LatestSection &latest : std::as_const(sections.value().latest)) {
        for (MediaItem item : latest.items) {
            item.libraryId = latest.libraryId;
            placed.append(item);
        }
    }
    ItemReader reader(db, active.scope);
    for (const MediaItem &item : sections.value().resume + sections.value().nextUp) {
        if (const std::optional<MediaItem> cached = reader.item(item.id)) {
            MediaItem update = item;
            update.libraryId = cached->libraryId;
            placed.append(update);
        } else if (item.userData) {
            UserData data = *item.userData;
            data.itemId = item.id;
            userDataOnly.append(data);
        }
    }
    ItemBatchWriter writer(db, *m_env.config, active.scope);
    if (!writeItems(writer, active.id, placed, m_env.clock->nowMs(), &outcome.error, &outcome.written))
        return outcome;
    const Status merged = writer.mergeUserData(active.id, userDataOnly, m_env.clock->nowMs());
    if (!merged) {
        outcome.error = merged.error();
        return outcome;
    }
    outcome.fetched = int(placed.size() + userDataOnly.size());
    reportBatchWritten();
    return outcome;
}

} // namespace marquee
