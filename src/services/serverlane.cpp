// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/serverlane.h"

#include "backend/backend.h"
#include "services/connectivitymonitor.h"
#include "services/playbacksyncworker.h"

namespace marquee {

ServerLane::ServerLane(std::unique_ptr<Backend> backend, const QString &serverId, DatabaseWriter &writer,
                       const Clock &clock, std::shared_ptr<QueueSendLock> sendLock, QObject *parent)
    : QObject(parent)
    , m_serverId(serverId)
    , m_backend(std::move(backend))
    , m_connectivity(std::make_unique<ConnectivityMonitor>(*m_backend))
    , m_queue(std::make_unique<PlaybackSyncWorker>(m_backend.get(), writer, clock))
{
    m_queue->setServerId(serverId);
    m_queue->setSendLock(std::move(sendLock));
    PlaybackSyncWorker *queue = m_queue.get();
    connect(m_connectivity.get(), &ConnectivityMonitor::onlineChanged, this, [this, queue](bool online) {
        if (online)
            queue->drainNow();
        Q_EMIT stateChanged();
    });
    connect(queue, &PlaybackSyncWorker::statusChanged, this, &ServerLane::stateChanged);
    // The worker, connected first, has noted the refusal by the time this says so.
    connect(m_backend.get(), &Backend::unauthorized, this, &ServerLane::stateChanged);
}

// The worker and the monitor hold the backend's futures: they go first.
ServerLane::~ServerLane()
{
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
