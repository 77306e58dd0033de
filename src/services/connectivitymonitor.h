// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace marquee {

class Backend;

/// When the ConnectivityMonitor asks the server.
struct ConnectivityTiming
{
    int idleProbeMs = 5'000;  ///< online: a probe after this long without any evidence
    int firstRetryMs = 1'000; ///< offline: the first probe after a failure, then doubling …
    int maxRetryMs = 30'000;  ///< … up to this
};

/**
 * @brief Whether one server answers, known within seconds even while nothing else talks to it.
 *
 * Every outcome the app sees is evidence (observe()): any answer means online; an unreachable server or a timeout,
 * after the HTTP layer's own retries, means offline. When nothing was heard for idleProbeMs it asks the server
 * itself (Backend::ping(): one short request, asked once). Offline, it asks again with back-off (firstRetryMs
 * doubling to maxRetryMs), and at once when the system's network changes (QNetworkInformation) or probeNow() is
 * called. One instance per backend, built beside it: a second server gets its own.
 *
 * Starts optimistic (online) so that a launch does not flash "Offline"; start() settles it within a probe. Lives on
 * the GUI thread.
 */
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    using Timing = ConnectivityTiming;

    /// @p watchSystemNetwork: probe when the system's reachability changes (off in tests, which drive probeNow()).
    explicit ConnectivityMonitor(Backend &backend, Timing timing = {}, bool watchSystemNetwork = true,
                                 QObject *parent = nullptr);
    ~ConnectivityMonitor() override;

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isProbing() const { return m_probing; }
    /// The wait before the next probe as now scheduled; 0 while none is.
    [[nodiscard]] int nextProbeInMs() const { return m_timer.isActive() ? m_timer.interval() : 0; }

public Q_SLOTS:
    /// Probes now and keeps probing on the schedule above.
    void start();
    void probeNow();
    /// An outcome of a request to this server; cancels say nothing.
    void observe(const marquee::Error &outcome);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void onProbed(const Error &outcome);
    void setOnline(bool online);
    void schedule();
    [[nodiscard]] static bool meansUnreachable(const Error &outcome);

    QPointer<Backend> m_backend;
    Timing m_timing;
    QTimer m_timer;
    CancelToken m_probe;
    bool m_online = true;
    bool m_probing = false;
    bool m_started = false;
    int m_failedProbes = 0;
};

} // namespace marquee
