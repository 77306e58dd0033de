// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMutex>

namespace marquee {

/**
 * @brief One bandwidth cap shared by every transfer that holds it: a token bucket refilled at the set rate, with a
 * tenth of a second of burst. Thread-safe; the rate may change while transfers run.
 */
class BandwidthLimiter
{
public:
    BandwidthLimiter();

    /// Bytes per second for all transfers together; 0: no cap.
    void setRate(qint64 bytesPerSecond);
    [[nodiscard]] qint64 rate() const;
    /// How many of @p wanted bytes may be read now (all of them without a cap); 0: wait a little and ask again.
    [[nodiscard]] qint64 take(qint64 wanted);

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_rate = 0;
    double m_tokens = 0.0;
    qint64 m_lastMs = 0;
};

} // namespace marquee
