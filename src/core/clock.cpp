// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

namespace marquee {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace marquee
