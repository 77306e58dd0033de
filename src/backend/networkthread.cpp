// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/networkthread.h"

#include "backend/httpclient.h"
#include "core/logging.h"

namespace marquee {

NetworkThread::NetworkThread(const HttpOptions &options)
{
    m_thread.setObjectName(QStringLiteral("marquee-network"));
    m_client = new HttpClient(options);
    m_client->moveToThread(&m_thread);
    // The client dies on its own thread, as the thread ends (QThread sends DeferredDelete events on exit).
    QObject::connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    shutdown();
}

bool NetworkThread::post(std::function<void(HttpClient &)> task) const
{
    QMutexLocker locker(&m_mutex);
    if (!m_client)
        return false;
    HttpClient *client = m_client;
    return QMetaObject::invokeMethod(client, [client, task = std::move(task)] { task(*client); }, Qt::QueuedConnection);
}

void NetworkThread::setOptions(const HttpOptions &options)
{
    post([options](HttpClient &client) { client.setOptions(options); });
}

void NetworkThread::shutdown()
{
    HttpClient *client = nullptr;
    {
        QMutexLocker locker(&m_mutex);
        client = std::exchange(m_client, nullptr);
    }
    if (!client)
        return;
    Q_ASSERT(QThread::currentThread() != &m_thread);
    // Tasks posted before this point run first (queued order), then everything in flight is cancelled,
    // so every promise is fulfilled before the thread stops.
    QMetaObject::invokeMethod(client, [client] { client->abortAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    qCDebug(lcBackend) << "network thread stopped";
}

} // namespace marquee
