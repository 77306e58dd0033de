// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace marquee {

/// @brief Source of "now" for everything that stores or compares times, so tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

/// A clock that only moves when told to; for tests and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_nowMs(startMs) {}
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace marquee
