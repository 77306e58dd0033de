// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/connectivitymonitor.h"

#include "backend/backend.h"
#include "core/logging.h"

#include <QNetworkInformation>

namespace marquee {

ConnectivityMonitor::ConnectivityMonitor(Backend &backend, Timing timing, bool watchSystemNetwork, QObject *parent)
    : QObject(parent)
    , m_backend(&backend)
    , m_timing(timing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
    // Without a backend for it (no NetworkManager, a container) only the probes' own schedule is left.
    if (watchSystemNetwork && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] {
            if (!m_started)
                return;
            m_failedProbes = 0; // a new network deserves a fresh, quick look
            probeNow();
        });
    }
}

ConnectivityMonitor::~ConnectivityMonitor()
{
    m_probe.cancel();
}

void ConnectivityMonitor::start()
{
    m_started = true;
    probeNow();
}

void ConnectivityMonitor::probeNow()
{
    if (!m_backend || m_probing)
        return;
    m_started = true;
    m_timer.stop();
    m_probing = true;
    m_probe = CancelToken();
    m_backend->ping(m_probe).then(this, [this](const Status &outcome) { onProbed(outcome.error()); });
}

void ConnectivityMonitor::onProbed(const Error &outcome)
{
    m_probing = false;
    if (outcome.kind == ErrorKind::Cancelled)
        return;
    if (meansUnreachable(outcome)) {
        ++m_failedProbes;
        qCDebug(lcServices).noquote() << "connectivity probe failed:" << outcome.toString();
    } else {
        m_failedProbes = 0;
    }
    setOnline(!meansUnreachable(outcome));
    schedule();
}

void ConnectivityMonitor::observe(const Error &outcome)
{
    if (outcome.kind == ErrorKind::Cancelled)
        return;
    if (meansUnreachable(outcome)) {
        // The request already retried; the probes take over from here and say when the server is back.
        if (m_online)
            m_failedProbes = 0;
        setOnline(false);
    } else {
        m_failedProbes = 0;
        setOnline(true);
    }
    if (m_started && !m_probing)
        schedule();
}

void ConnectivityMonitor::schedule()
{
    int delay = m_timing.idleProbeMs;
    if (!m_online) {
        delay = m_timing.firstRetryMs;
        for (int i = 1; i < m_failedProbes && delay < m_timing.maxRetryMs; ++i)
            delay *= 2;
        delay = std::min(delay, m_timing.maxRetryMs);
    }
    m_timer.start(delay);
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcServices) << (online ? "the server answers again" : "the server cannot be reached");
    Q_EMIT onlineChanged(online);
}

bool ConnectivityMonitor::meansUnreachable(const Error &outcome)
{
    return outcome.kind == ErrorKind::Offline || outcome.kind == ErrorKind::Timeout;
}

} // namespace marquee
