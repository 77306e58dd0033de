// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/democontrols.h"

#include <QMutexLocker>

namespace marquee {

DemoControls::DemoControls(quint64 seed) : m_rng(seed ^ 0xe77e77ULL)
{
}

void DemoControls::setErrorRate(double rate)
{
    m_errorRate.store(qBound(0.0, rate, 1.0));
}

int DemoControls::rollError()
{
    const double rate = m_errorRate.load();
    if (rate <= 0.0)
        return 0;
    QMutexLocker lock(&m_mutex);
    const double roll = double(m_rng() % 1'000'000) / 1'000'000.0;
    if (roll >= rate)
        return 0;
    return (m_rng() & 1) ? 503 : 500;
}

bool DemoControls::takeDrop()
{
    int current = m_dropCount.load();
    while (current != 0) {
        if (current < 0)
            return true;
        if (m_dropCount.compare_exchange_weak(current, current - 1))
            return true;
    }
    return false;
}

void DemoControls::countRequest(const QString &route)
{
    QMutexLocker lock(&m_mutex);
    ++m_counts[route];
}

QHash<QString, qint64> DemoControls::requestCounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

qint64 DemoControls::totalRequests() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const qint64 n : m_counts)
        total += n;
    return total;
}

void DemoControls::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_counts.clear();
    m_bytesSent.store(0);
    m_mediaBytesSent.store(0);
}

} // namespace marquee
