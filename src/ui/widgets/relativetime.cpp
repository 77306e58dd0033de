// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/relativetime.h"

#include <QCoreApplication>

namespace marquee {

QString relativeTimeText(qint64 thenMs, qint64 nowMs)
{
    const qint64 seconds = (nowMs - thenMs) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("RelativeTime", "%Ln minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("RelativeTime", "%Ln hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    return QCoreApplication::translate("RelativeTime", "%Ln day(s) ago", nullptr, int(days));
}

} // namespace marquee
