// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/detailstext.h"

#include "core/ticks.h"
#include "ui/models/itemroles.h"

#include <QCoreApplication>
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
        parts << QCoreApplication::translate("DetailsText", "Critics %1%")
                         .arg(QLocale().toString(qRound(*item.criticRating)));
    return parts.join(QStringLiteral(" · "));
}

QString personRole(const Person &person)
{
    // Jellyfin's PersonKind and Plex's tag lists, as the backends store them.
    static const std::pair<const char *, const char *> kinds[] = {
            {"Director", QT_TRANSLATE_NOOP("DetailsText", "Director")},
            {"Writer", QT_TRANSLATE_NOOP("DetailsText", "Writer")},
            {"Producer", QT_TRANSLATE_NOOP("DetailsText", "Producer")},
            {"Composer", QT_TRANSLATE_NOOP("DetailsText", "Composer")},
            {"GuestStar", QT_TRANSLATE_NOOP("DetailsText", "Guest star")},
            {"Creator", QT_TRANSLATE_NOOP("DetailsText", "Creator")},
            {"Editor", QT_TRANSLATE_NOOP("DetailsText", "Editor")},
            {"Cinematographer", QT_TRANSLATE_NOOP("DetailsText", "Cinematographer")},
    };
    if (person.type.isEmpty() || person.type == QLatin1String("Actor"))
        return person.role;
    for (const auto &[kind, text] : kinds) {
        if (person.type == QLatin1String(kind))
            return QCoreApplication::translate("DetailsText", text);
    }
    return person.type;
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
        return QCoreApplication::translate("DetailsText", "Not played");
    if (item.userData->played)
        return QCoreApplication::translate("DetailsText", "Played");
    const qint64 position = item.userData->positionTicks;
    if (position <= 0)
        return QCoreApplication::translate("DetailsText", "Not played");
    const qint64 minutes = ticksToMs(position) / 60'000;
    QString text = QCoreApplication::translate("DetailsText", "Stopped at %1 min").arg(QLocale().toString(minutes));
    const QString left = ItemRoles::runtimeText(qMax<qint64>(0, item.runTimeTicks - position));
    if (!left.isEmpty())
        text += QStringLiteral(" · ") + QCoreApplication::translate("DetailsText", "%1 left").arg(left);
    return text;
}

} // namespace marquee::DetailsText
