// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"

#include <QObject>
#include <memory>

namespace marquee {

class Backend;
class ConnectivityMonitor;
class MessageBroker;
class MetadataRefreshService;
class PlaybackSyncWorker;
class QueueSendLock;
struct RefreshEnvironment;

/**
 * @brief A saved server that is not the one in use, kept going in the background: whether it answers, its share of
 * the playback queue, sent whenever it does, and the refresh of what the window shows of it (its libraries in the
 * sidebar, its rows on Home).
 *
 * Progress made on a friend's server reaches it while the window shows the home server; a server that is down only
 * delays its own changes and its own refreshes: its failures never reach the server in use's connectivity. Lives on
 * the GUI thread; owns its backend.
 */
class ServerLane : public QObject
{
    Q_OBJECT

public:
    /// @p backend: signed in with the server's saved session already. @p shared: the cache, its writer, its
    /// settings and the clock; the lane refreshes with its own backend, pinned to its server.
    ServerLane(std::unique_ptr<Backend> backend, const QString &serverId, const RefreshEnvironment &shared,
               std::shared_ptr<QueueSendLock> sendLock, QObject *parent = nullptr);
    ~ServerLane() override;

    /// Probes the server and sends what waits for it.
    void start();

    [[nodiscard]] const QString &serverId() const { return m_serverId; }
    [[nodiscard]] bool isOnline() const;
    /// The server refused the saved sign-in (401): nothing goes to it until the user signs in again.
    [[nodiscard]] bool isSignedOut() const;
    [[nodiscard]] const PlaybackSyncWorker &queue() const { return *m_queue; }
    /// Signed in to the server: its images on Home come through it.
    [[nodiscard]] Backend &backend() const { return *m_backend; }
    /// Keeps the scopes of this server that the window shows fresh ("libraries", "home").
    [[nodiscard]] MetadataRefreshService &refresh() const { return *m_refresh; }
    /// What the lane's refreshes say: the window re-reads the scopes it updates.
    [[nodiscard]] MessageBroker &broker() const { return *m_broker; }

Q_SIGNALS:
    /// Online, offline or signed out changed.
    void stateChanged();

private:
    QString m_serverId;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<ConnectivityMonitor> m_connectivity;
    std::unique_ptr<PlaybackSyncWorker> m_queue;
    std::unique_ptr<MessageBroker> m_broker;
    std::unique_ptr<MetadataRefreshService> m_refresh;
};

} // namespace marquee
