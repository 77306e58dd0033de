// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/relativetime.h"

namespace marquee {

namespace {
QString ago(qint64 count, const QString &singular, const QString &plural)
{
    return count == 1 ? singular : plural.arg(count);
}
} // namespace

QString relativeTimeText(qint64 thenMs, qint64 nowMs)
{
    const qint64 seconds = (nowMs - thenMs) / 1000;
    if (seconds < 60)
        return QStringLiteral("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ago(minutes, QStringLiteral("1 minute ago"), QStringLiteral("%1 minutes ago"));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return ago(hours, QStringLiteral("1 hour ago"), QStringLiteral("%1 hours ago"));
    const qint64 days = hours / 24;
    return ago(days, QStringLiteral("1 day ago"), QStringLiteral("%1 days ago"));
}

} // namespace marquee
