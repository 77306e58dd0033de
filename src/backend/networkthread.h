// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httprequest.h"

#include <QMutex>
#include <QThread>
#include <functional>

namespace marquee {

class HttpClient;

/**
 * @brief Owns the network thread and the HttpClient that lives on it.
 *
 * Create it on the GUI thread (composition root) and destroy it after every backend that uses it.
 * The destructor ends pending requests with ErrorKind::Cancelled (so no waiting future hangs),
 * deletes the client on its own thread, then quits and joins the thread.
 */
class NetworkThread
{
public:
    explicit NetworkThread(const HttpOptions &options = {});
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    /// Runs @p task on the network thread with the client. Thread-safe. Returns false (and drops the task
    /// without running it) after shutdown(); callers then report ErrorKind::Cancelled themselves.
    bool post(std::function<void(HttpClient &)> task) const;

    /// Changes the limits for requests started afterwards. Thread-safe.
    void setOptions(const HttpOptions &options);

    void shutdown();
    [[nodiscard]] QThread *thread() { return &m_thread; }

private:
    mutable QMutex m_mutex;
    QThread m_thread;
    HttpClient *m_client = nullptr;
};

} // namespace marquee
