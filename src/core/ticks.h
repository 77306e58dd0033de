// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace marquee {

/// Jellyfin measures time in ticks of 100 ns.
inline constexpr qint64 TicksPerMillisecond = 10'000;
inline constexpr qint64 TicksPerSecond = 1000 * TicksPerMillisecond;

[[nodiscard]] constexpr qint64 ticksToMs(qint64 ticks) { return ticks / TicksPerMillisecond; }
[[nodiscard]] constexpr qint64 msToTicks(qint64 ms) { return ms * TicksPerMillisecond; }

} // namespace marquee
