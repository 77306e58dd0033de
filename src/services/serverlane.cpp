// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/serverlane.h"

#include "backend/backend.h"
#include "services/connectivitymonitor.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "services/playbacksyncworker.h"

namespace marquee {

namespace {

RefreshEnvironment pinned(RefreshEnvironment shared, Backend *backend, const QString &serverId)
{
    shared.backend = backend;
    shared.serverId = serverId;
    return shared;
}

} // namespace

ServerLane::ServerLane(std::unique_ptr<Backend> backend, const QString &serverId, const RefreshEnvironment &shared,
                       std::shared_ptr<QueueSendLock> sendLock, QObject *parent)
    : QObject(parent)
    , m_serverId(serverId)
    , m_backend(std::move(backend))
    , m_connectivity(std::make_unique<ConnectivityMonitor>(*m_backend))
    , m_queue(std::make_unique<PlaybackSyncWorker>(m_backend.get(), *shared.writer, *shared.clock))
    , m_broker(std::make_unique<MessageBroker>())
    , m_refresh(std::make_unique<MetadataRefreshService>(pinned(shared, m_backend.get(), serverId), m_broker.get()))
{
    // In the background: one job at a time leaves the pool's other thread to the server in use.
    m_refresh->setMaxConcurrentJobs(1);
    m_queue->setServerId(serverId);
    m_queue->setSendLock(std::move(sendLock));
    PlaybackSyncWorker *queue = m_queue.get();
    MetadataRefreshService *refresh = m_refresh.get();
    connect(m_connectivity.get(), &ConnectivityMonitor::onlineChanged, this, [this, queue, refresh](bool online) {
        refresh->setServerReachable(online);
        if (online)
            queue->drainNow();
        Q_EMIT stateChanged();
    });
    // As for the server in use (AppServices): a refresh's outcome is the freshest word on whether the server
    // answers, and an answer is the moment to send what waits.
    ConnectivityMonitor *monitor = m_connectivity.get();
    connect(m_broker.get(), &MessageBroker::refreshFinished, this, [monitor, queue](const QString &, const Error &error) {
        monitor->observe(error);
        if (!error.isError())
            queue->drainNow();
    });
    connect(queue, &PlaybackSyncWorker::statusChanged, this, &ServerLane::stateChanged);
    // The worker, connected first, has noted the refusal by the time this says so.
    connect(m_backend.get(), &Backend::unauthorized, this, &ServerLane::stateChanged);
}

// The refreshes, the worker and the monitor hold the backend's futures: they go first.
ServerLane::~ServerLane()
{
    m_refresh.reset();
    m_queue.reset();
    m_connectivity.reset();
}

void ServerLane::start()
{
    m_connectivity->start();
    m_queue->start();
}

bool ServerLane::isOnline() const
{
    return m_connectivity->isOnline();
}

bool ServerLane::isSignedOut() const
{
    return m_queue->isSignedOut();
}

} // namespace marquee
