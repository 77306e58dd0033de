// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demostate.h"

#include "core/clock.h"
#include "core/ticks.h"
#include "demoserver/demoformat.h"
#include "demoserver/demonotifier.h"
#include "demoserver/playstaterules.h"

#include <random>

namespace marquee {

namespace {
QString idFromSeed(quint64 seed, quint64 salt)
{
    std::mt19937_64 rng(seed * 0x100000001b3ULL + salt);
    const quint64 high = rng();
    return DemoFormat::idFromBits(high, rng());
}
} // namespace

DemoState::DemoState(const DemoLibrarySpec &spec, const Clock &clock, DemoControls &controls, QByteArray video)
    : mediaFiles(std::move(video), LibraryGenerator::BaseTimeMs)
    , serializer(library, userData, mediaFiles, controls, idFromSeed(spec.seed, 1))
    , m_spec(spec)
    , m_clock(clock)
    , m_controls(controls)
    , m_serverId(idFromSeed(spec.seed, 1))
    , m_plexServerId(idFromSeed(spec.seed, 5))
    , m_userId(idFromSeed(spec.seed, 2))
{
    LibraryGenerator::generate(spec, library, userData);
    plex.accountToken = idFromSeed(spec.seed, 3);
    plex.serverToken = idFromSeed(spec.seed, 4);
}

void DemoState::changeIdentity()
{
    m_serverId = idFromSeed(m_spec.seed, 1 + 1000 * ++m_identityGeneration);
    m_plexServerId = idFromSeed(m_spec.seed, 5 + 1000 * m_identityGeneration);
    serializer.setServerId(m_serverId);
}

bool DemoState::claimPlexPin(const QString &code)
{
    for (DemoPlexAccount::Pin &pin : plex.pins) {
        if (pin.code == code) {
            pin.claimed = true;
            return true;
        }
    }
    return false;
}

int DemoState::sectionKeyOf(const QString &libraryId) const
{
    const QList<const DemoItem *> folders = library.views();
    for (int i = 0; i < folders.size(); ++i) {
        if (folders.at(i)->id == libraryId)
            return i + 1;
    }
    return 0;
}

const DemoItem *DemoState::sectionFolder(QStringView sectionKey) const
{
    bool ok = false;
    const int key = sectionKey.toInt(&ok);
    const QList<const DemoItem *> folders = library.views();
    return ok && key >= 1 && key <= folders.size() ? folders.at(key - 1) : nullptr;
}

void DemoState::announcePlex(const QList<const DemoItem *> &items, int state)
{
    if (!plexNotifier || items.isEmpty())
        return;
    QList<DemoPlexTimelineEntry> entries;
    for (const DemoItem *item : items) {
        static const int typeNumbers[] = {0, 1, 2, 3, 4}; // DemoItemKind order: folder, movie, series, season, episode
        entries.append({item->ratingKey, sectionKeyOf(item->libraryId), typeNumbers[int(item->kind)], state});
    }
    plexNotifier->sendPlexTimeline(entries);
}

qint64 DemoState::nowMs() const
{
    return m_clock.nowMs();
}

QString DemoState::addItem(const DemoNewItem &request)
{
    if (request.kind != DemoItemKind::Movie && request.kind != DemoItemKind::Series)
        return {};
    const QString wantedType = request.kind == DemoItemKind::Movie ? QStringLiteral("movies") : QStringLiteral("tvshows");
    const DemoItem *folder = nullptr;
    for (const DemoItem *view : library.views()) {
        if (request.parentId.isEmpty() ? view->collectionType == wantedType
                                       : view->id == DemoFormat::normalizeId(request.parentId))
            folder = view;
    }
    if (!folder)
        return {};
    const QString folderId = folder->id;
    const qint64 now = nowMs();
    DemoItem item = LibraryGenerator::makeItem(m_spec.seed, ++m_addSerial, request.kind, request.name, folderId, now);
    item.libraryId = folderId;
    const QString id = item.id;
    QStringList added{id};
    if (request.kind == DemoItemKind::Series) {
        DemoItem season = LibraryGenerator::makeItem(m_spec.seed, ++m_addSerial, DemoItemKind::Season,
                                                     QStringLiteral("Season 1"), id, now);
        season.libraryId = folderId;
        season.seriesId = id;
        season.indexNumber = 1;
        season.sortName = QStringLiteral("season 001");
        for (int e = 1; e <= 3; ++e) {
            DemoItem ep = LibraryGenerator::makeItem(m_spec.seed, ++m_addSerial, DemoItemKind::Episode,
                                                     QStringLiteral("Episode %1").arg(e), season.id, now);
            ep.libraryId = folderId;
            ep.seriesId = id;
            ep.seasonId = season.id;
            ep.indexNumber = e;
            ep.parentIndexNumber = 1;
            added.append(ep.id);
            library.add(std::move(ep));
        }
        added.append(season.id);
        library.add(std::move(season));
    }
    library.add(std::move(item));
    if (notifier)
        notifier->sendLibraryChanged(added, {}, {}, {folderId});
    QList<const DemoItem *> addedItems;
    for (const QString &addedId : std::as_const(added))
        addedItems.append(library.find(addedId));
    announcePlex(addedItems, 0);
    return id;
}

bool DemoState::renameItem(const QString &id, const QString &name)
{
    const DemoItem *item = library.find(id);
    if (!item)
        return false;
    const QString realId = item->id;
    library.rename(realId, name, nowMs());
    if (notifier)
        notifier->sendLibraryChanged({}, {realId}, {}, {});
    announcePlex({library.find(realId)}, 5);
    return true;
}

bool DemoState::deleteItem(const QString &id)
{
    const DemoItem *item = library.find(id);
    if (!item || item->kind == DemoItemKind::CollectionFolder)
        return false;
    const QString parentId = item->parentId;
    // What Plex announces must be read before the items go.
    QList<DemoItem> goneCopies;
    QList<const DemoItem *> gone;
    QList<int> pending{library.indexOf(item->id)};
    while (!pending.isEmpty()) {
        const DemoItem &next = library.items()[size_t(pending.takeLast())];
        goneCopies.append(next);
        pending.append(library.children(next.id));
    }
    for (const DemoItem &copy : std::as_const(goneCopies))
        gone.append(&copy);
    const QStringList removed = library.remove(item->id);
    for (const QString &goneId : removed) {
        userData.remove(goneId);
        mediaFiles.remove(goneId);
    }
    // The parent folder changed too: the real server saves it, so minDateLastSaved sees it.
    library.touch(parentId, nowMs());
    if (notifier)
        notifier->sendLibraryChanged({}, {}, removed, {});
    announcePlex(gone, 9);
    return true;
}

bool DemoState::replaceMediaFile(const QString &id, qint64 size)
{
    const DemoItem *item = library.find(id);
    if (!item || !item->isPlayable())
        return false;
    const QString realId = item->id;
    if (!mediaFiles.replace(*item, size, nowMs()))
        return false;
    library.touch(realId, nowMs());
    if (notifier)
        notifier->sendLibraryChanged({}, {realId}, {}, {});
    announcePlex({library.find(realId)}, 5);
    return true;
}

bool DemoState::changeUserData(const QString &itemId, const QJsonObject &update)
{
    const DemoItem *item = library.find(itemId);
    if (!item)
        return false;
    DemoUserData data = userData.get(item->id);
    PlaystateRules::applyUpdate(data, update);
    saveUserData(*item, data);
    return true;
}

void DemoState::saveUserData(const DemoItem &item, const DemoUserData &data)
{
    userData.set(item.id, data);
    if (notifier)
        notifier->sendUserDataChanged(m_userId, QJsonArray{serializer.userData(item)});
    if (plexNotifier)
        plexNotifier->sendPlexPlaying(item.ratingKey, QStringLiteral("stopped"), ticksToMs(data.playbackPositionTicks));
}

DemoDtoOptions demoDtoOptions(const QueryParams &query)
{
    DemoDtoOptions options;
    for (const QString &field : query.list(QLatin1String("fields")))
        options.fields.insert(field.toLower());
    options.enableUserData = query.boolValue(QLatin1String("enableUserData")).value_or(true);
    options.enableImages = query.boolValue(QLatin1String("enableImages")).value_or(true);
    return options;
}

} // namespace marquee
