// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidthlimiter.h"

#include <algorithm>

namespace marquee {

namespace {
constexpr double MinBurstBytes = 16.0 * 1024.0;
}

BandwidthLimiter::BandwidthLimiter()
{
    m_clock.start();
}

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    QMutexLocker locker(&m_mutex);
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0.0;
    m_lastMs = m_clock.elapsed();
}

qint64 BandwidthLimiter::rate() const
{
    QMutexLocker locker(&m_mutex);
    return m_rate;
}

qint64 BandwidthLimiter::take(qint64 wanted)
{
    QMutexLocker locker(&m_mutex);
    if (m_rate <= 0)
        return wanted;
    const qint64 now = m_clock.elapsed();
    const double burst = std::max(double(m_rate) / 10.0, MinBurstBytes);
    m_tokens = std::min(m_tokens + double(m_rate) * double(now - m_lastMs) / 1000.0, burst);
    m_lastMs = now;
    const qint64 allowed = std::min(wanted, qint64(m_tokens));
    m_tokens -= double(allowed);
    return allowed;
}

} // namespace marquee
