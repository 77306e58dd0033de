// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mediaitem.h"
#include "core/userdata.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

namespace marquee {

class CacheConfig;
class Clock;
class Database;
class MessageBroker;
class MetadataRefreshService;

/**
 * @brief Turns the server's live change feed (JellyfinNotifications) into cache writes and refreshes of what is
 * on screen, and nothing else.
 *
 * - User data pushed by the server is merged into the state database (never over an item whose local change is
 *   still queued for upload), then the visible scopes showing those items get scopeUpdated so pages re-read.
 * - LibraryChanged: cached items that were added or updated make their visible scopes (item, series, library)
 *   refresh now; ids the cache does not know make every visible library, series and home scope refresh, since
 *   only the server knows where they belong. A hidden scope is never refreshed.
 * - Removed ids are deleted from the cache and the visible scopes that showed them re-read.
 *
 * Storage work runs on a private one-thread pool with its own connection: a write on the GUI thread could wait
 * for a refresh job's batch to commit (SQLite has one writer). One thread keeps events in the order they came.
 * Lives on the GUI thread; results come back to it.
 */
class ServerEventsBridge : public QObject
{
    Q_OBJECT

public:
    ServerEventsBridge(const Database &database, const CacheConfig &config, const Clock &clock,
                       MetadataRefreshService *refresh, MessageBroker *broker, QObject *parent = nullptr);
    ~ServerEventsBridge() override;

    /// No storage work queued or running (tests wait for this).
    [[nodiscard]] bool isIdle() const { return m_pending == 0; }

public Q_SLOTS:
    void onUserDataChanged(const QStringList &itemIds, const QList<marquee::UserData> &userData);
    void onLibraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed);

Q_SIGNALS:
    /// These items' cached rows changed or went away; for ItemDetailsSource::invalidateItems.
    void itemsChanged(const QStringList &ids);
    /// A storage write failed; already logged.
    void failed(const marquee::Error &error);

private:
    /// Where a cached item is shown: its own id, its series and its library.
    struct Placement
    {
        QString id;
        QString libraryId;
        QString seriesId;
        ItemType type = ItemType::Other;
    };

    struct Outcome
    {
        Error error;
        QList<Placement> touched; ///< cached items the event was about (before deletion, for removed ids)
        QStringList unknownAdded; ///< added ids the cache does not hold
        QStringList removed;      ///< ids deleted from the cache
    };

    template <typename Work>
    void runInPool(Work work, void (ServerEventsBridge::*done)(const Outcome &));
    void userDataStored(const Outcome &outcome);
    void libraryChangeStored(const Outcome &outcome);
    /// The visible scopes that show any of these items; `home` too when asked.
    [[nodiscard]] QStringList visibleScopesOf(const QList<Placement> &items, bool includeHome) const;
    [[nodiscard]] QSet<QString> visible() const;

    const Database &m_database;
    const CacheConfig &m_config;
    const Clock &m_clock;
    MetadataRefreshService *m_refresh;
    MessageBroker *m_broker;
    int m_pending = 0;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace marquee
