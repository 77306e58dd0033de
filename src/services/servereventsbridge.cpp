// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/servereventsbridge.h"

#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "services/refreshscope.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/itemreader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace marquee {

ServerEventsBridge::ServerEventsBridge(const Database &database, const CacheConfig &config, const Clock &clock,
                                       MetadataRefreshService *refresh, MessageBroker *broker, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(config)
    , m_clock(clock)
    , m_refresh(refresh)
    , m_broker(broker)
{
    m_pool.setObjectName(QStringLiteral("ServerEvents"));
    m_pool.setMaxThreadCount(1);
}

ServerEventsBridge::~ServerEventsBridge()
{
    m_pool.waitForDone();
}

template <typename Work>
void ServerEventsBridge::runInPool(Work work, void (ServerEventsBridge::*done)(const Outcome &))
{
    ++m_pending;
    // The watcher is parented to this, so a result that arrives after the bridge is gone goes nowhere.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, done] {
        --m_pending;
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.error.isError()) {
            qCWarning(lcServices) << "server event not stored:" << outcome.error.toString();
            Q_EMIT failed(outcome.error);
        }
        (this->*done)(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void ServerEventsBridge::onUserDataChanged(const QStringList &itemIds, const QList<UserData> &userData)
{
    QList<UserData> rows;
    rows.reserve(userData.size());
    for (qsizetype i = 0; i < userData.size(); ++i) {
        UserData data = userData.at(i);
        if (data.itemId.isEmpty() && i < itemIds.size())
            data.itemId = itemIds.at(i);
        if (!data.itemId.isEmpty())
            rows.append(data);
    }
    if (rows.isEmpty())
        return;
    const Database *database = &m_database;
    const CacheConfig *config = &m_config;
    const Clock *clock = &m_clock;
    runInPool(
        [database, config, clock, rows] {
            const ThreadConnectionScope scope(*database);
            const QSqlDatabase db = database->connection();
            Outcome outcome;
            ItemBatchWriter writer(db, *config);
            // Merging never overwrites an item whose local change waits in the playback queue.
            const Status stored = writer.mergeUserData(CacheMetaRepository(db).serverId(), rows, clock->nowMs());
            if (!stored) {
                outcome.error = stored.error();
                return outcome;
            }
            ItemReader reader(db);
            for (const UserData &data : rows) {
                if (const std::optional<MediaItem> item = reader.item(data.itemId))
                    outcome.touched.append({item->id, item->libraryId, item->seriesId, item->type});
            }
            return outcome;
        },
        &ServerEventsBridge::userDataStored);
}

void ServerEventsBridge::userDataStored(const Outcome &outcome)
{
    if (outcome.touched.isEmpty())
        return;
    QStringList ids;
    for (const Placement &item : outcome.touched)
        ids.append(item.id);
    Q_EMIT itemsChanged(ids);
    // Home lists resume and next up, which follow the played state and position.
    for (const QString &scope : visibleScopesOf(outcome.touched, true))
        Q_EMIT m_broker->scopeUpdated(scope);
}

void ServerEventsBridge::onLibraryChanged(const QStringList &added, const QStringList &updated,
                                          const QStringList &removed)
{
    if (added.isEmpty() && updated.isEmpty() && removed.isEmpty())
        return;
    const Database *database = &m_database;
    const CacheConfig *config = &m_config;
    runInPool(
        [database, config, added, updated, removed] {
            const ThreadConnectionScope scope(*database);
            const QSqlDatabase db = database->connection();
            Outcome outcome;
            ItemReader reader(db);
            for (const QString &id : added + updated) {
                if (const std::optional<MediaItem> item = reader.item(id))
                    outcome.touched.append({item->id, item->libraryId, item->seriesId, item->type});
                else if (added.contains(id))
                    outcome.unknownAdded.append(id);
            }
            QList<Placement> gone;
            for (const QString &id : removed) {
                if (const std::optional<MediaItem> item = reader.item(id)) {
                    gone.append({item->id, item->libraryId, item->seriesId, item->type});
                    outcome.removed.append(id);
                }
            }
            if (!outcome.removed.isEmpty()) {
                const Result<int> deleted = ItemBatchWriter(db, *config).remove(outcome.removed);
                if (!deleted) {
                    outcome.error = deleted.error();
                    outcome.removed.clear();
                    gone.clear();
                }
            }
            outcome.touched += gone;
            return outcome;
        },
        &ServerEventsBridge::libraryChangeStored);
}

void ServerEventsBridge::libraryChangeStored(const Outcome &outcome)
{
    QList<Placement> changed;
    QList<Placement> gone;
    for (const Placement &item : outcome.touched)
        (outcome.removed.contains(item.id) ? gone : changed).append(item);

    QStringList refresh = visibleScopesOf(changed, false);
    if (!outcome.unknownAdded.isEmpty()) {
        // Only the server knows where a new id belongs: whatever lists items on screen may be where it goes.
        for (const QString &key : m_refresh->visibleScopes()) {
            const std::optional<RefreshScope> scope = RefreshScope::parse(key);
            const bool lists = scope && (scope->kind == RefreshScope::Kind::Library
                                         || scope->kind == RefreshScope::Kind::Series
                                         || scope->kind == RefreshScope::Kind::Home);
            if (lists && !refresh.contains(key))
                refresh.append(key);
        }
    }
    for (const QString &scope : std::as_const(refresh))
        m_refresh->refreshNow(scope);

    if (!gone.isEmpty()) {
        Q_EMIT itemsChanged(outcome.removed);
        for (const QString &scope : visibleScopesOf(gone, true))
            Q_EMIT m_broker->scopeUpdated(scope);
    }
}

QStringList ServerEventsBridge::visibleScopesOf(const QList<Placement> &items, bool includeHome) const
{
    const QSet<QString> shown = visible();
    QStringList scopes;
    for (const Placement &item : items) {
        for (const QString &scope : RefreshScope::keysShowing(item.id, item.libraryId, item.seriesId, item.type)) {
            if (shown.contains(scope) && !scopes.contains(scope))
                scopes.append(scope);
        }
    }
    const QString home = RefreshScope::home().key();
    if (includeHome && !items.isEmpty() && shown.contains(home))
        scopes.append(home);
    return scopes;
}

QSet<QString> ServerEventsBridge::visible() const
{
    const QStringList keys = m_refresh->visibleScopes();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace marquee
