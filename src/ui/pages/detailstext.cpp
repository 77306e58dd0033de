// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/detailstext.h"

#include "core/ticks.h"
#include "ui/models/itemroles.h"

#include <QLocale>

namespace marquee::DetailsText {

QString factsLine(const MediaItem &item)
{
    QStringList parts;
    if (item.productionYear)
        parts << QString::number(*item.productionYear);
    const QString runtime = ItemRoles::runtimeText(item.runTimeTicks);
    if (!runtime.isEmpty())
        parts << runtime;
    if (!item.officialRating.isEmpty())
        parts << item.officialRating;
    if (item.communityRating)
        parts << QStringLiteral("★ ") + QLocale().toString(*item.communityRating, 'f', 1);
    if (item.criticRating)
        parts << QStringLiteral("Critics %1%").arg(qRound(*item.criticRating));
    return parts.join(QStringLiteral(" · "));
}

QString clockPosition(qint64 ticks)
{
    const qint64 seconds = qMax<qint64>(0, ticks / TicksPerSecond);
    const QString minutesAndSeconds = QStringLiteral("%1:%2").arg(seconds / 60 % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return minutesAndSeconds;
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds.rightJustified(5, QLatin1Char('0')));
}

double progress(const MediaItem &item)
{
    if (!item.userData || item.userData->played || item.userData->positionTicks <= 0 || item.runTimeTicks <= 0)
        return 0.0;
    return qBound(0.0, double(item.userData->positionTicks) / double(item.runTimeTicks), 1.0);
}

QString playState(const MediaItem &item)
{
    if (!item.userData)
        return QStringLiteral("Not played");
    if (item.userData->played)
        return QStringLiteral("Played");
    const qint64 position = item.userData->positionTicks;
    if (position <= 0)
        return QStringLiteral("Not played");
    const qint64 minutes = ticksToMs(position) / 60'000;
    QString text = QStringLiteral("Stopped at %1 min").arg(minutes);
    const QString left = ItemRoles::runtimeText(qMax<qint64>(0, item.runTimeTicks - position));
    if (!left.isEmpty())
        text += QStringLiteral(" · ") + left + QStringLiteral(" left");
    return text;
}

} // namespace marquee::DetailsText
