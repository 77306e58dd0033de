// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/clocktext.h"

namespace marquee {

QString clockText(double seconds)
{
    const qint64 total = qMax<qint64>(0, qint64(seconds));
    const qint64 hours = total / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(hours > 0 ? QStringLiteral("%1").arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                                                      : QString::number(total / 60))
                                       .arg(total % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

} // namespace marquee
