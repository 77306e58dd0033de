// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/itemroles.h"

#include "core/ticks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace marquee::ItemRoles {

namespace {
QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

double progressOf(const ItemSummary &item)
{
    if (item.played || item.positionTicks <= 0 || item.runTimeTicks <= 0)
        return 0.0;
    return qBound(0.0, double(item.positionTicks) / double(item.runTimeTicks), 1.0);
}

QString caption(const ItemSummary &item)
{
    if (item.type == ItemType::Episode && !item.seriesName.isEmpty())
        return item.seriesName;
    return item.name;
}

QString subtitle(const ItemSummary &item)
{
    if (item.type == ItemType::Episode) {
        QString number;
        if (item.parentIndexNumber && item.indexNumber)
            number = QStringLiteral("S%1:E%2").arg(*item.parentIndexNumber).arg(*item.indexNumber);
        else if (item.indexNumber)
            number = QStringLiteral("E%1").arg(*item.indexNumber);
        if (item.seriesName.isEmpty())
            return number;
        return number.isEmpty() ? item.name : number + QStringLiteral(" · ") + item.name;
    }
    QStringList parts;
    if (item.communityRating)
        parts << QStringLiteral("★ ") + QLocale().toString(*item.communityRating, 'f', 1);
    if (item.productionYear)
        parts << QString::number(*item.productionYear);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

QHash<int, QByteArray> roleNames()
{
    return {
        {Qt::DisplayRole, QByteArrayLiteral("display")},
        {IdRole, QByteArrayLiteral("itemId")},
        {TypeRole, QByteArrayLiteral("type")},
        {TitleRole, QByteArrayLiteral("title")},
        {SubtitleRole, QByteArrayLiteral("subtitle")},
        {YearRole, QByteArrayLiteral("year")},
        {IndexNumberRole, QByteArrayLiteral("indexNumber")},
        {ParentIndexNumberRole, QByteArrayLiteral("parentIndexNumber")},
        {PlayedRole, QByteArrayLiteral("played")},
        {PositionTicksRole, QByteArrayLiteral("positionTicks")},
        {RunTimeTicksRole, QByteArrayLiteral("runTimeTicks")},
        {ProgressRole, QByteArrayLiteral("progress")},
        {ImageTagRole, QByteArrayLiteral("imageTag")},
        {SummaryRole, QByteArrayLiteral("summary")},
        {FavoriteRole, QByteArrayLiteral("favorite")},
        {UnplayedEpisodesRole, QByteArrayLiteral("unplayedEpisodes")},
        {DownloadedRole, QByteArrayLiteral("downloaded")},
        {ServerIdRole, QByteArrayLiteral("serverId")},
    };
}

QVariant data(const ItemSummary &item, int role)
{
    switch (role) {
    case Qt::DisplayRole: return caption(item);
    // QToolTip guesses at rich text: a title like "<img src=…>" must show as the characters it is.
    case Qt::ToolTipRole: return Qt::convertFromPlainText(item.name, Qt::WhiteSpaceNormal);
    case IdRole: return item.id;
    case TypeRole: return int(item.type);
    case TitleRole: return item.name;
    case SubtitleRole: return subtitle(item);
    case YearRole: return optionalInt(item.productionYear);
    case IndexNumberRole: return optionalInt(item.indexNumber);
    case ParentIndexNumberRole: return optionalInt(item.parentIndexNumber);
    case PlayedRole: return item.played;
    case PositionTicksRole: return item.positionTicks;
    case RunTimeTicksRole: return item.runTimeTicks;
    case ProgressRole: return progressOf(item);
    case ImageTagRole: return item.primaryImageTag;
    case SummaryRole: return QVariant::fromValue(item);
    case FavoriteRole: return item.isFavorite;
    case UnplayedEpisodesRole: return optionalInt(item.unplayedEpisodes);
    case DownloadedRole: return item.downloaded;
    case ServerIdRole: return item.serverId;
    default: break;
    }
    return {};
}

ItemSummary summaryOf(const MediaItem &item)
{
    ItemSummary s;
    s.id = item.id;
    s.type = item.type;
    s.name = item.name;
    s.sortName = item.sortName;
    s.seriesName = item.seriesName;
    s.productionYear = item.productionYear;
    s.indexNumber = item.indexNumber;
    s.parentIndexNumber = item.parentIndexNumber;
    s.primaryImageTag = item.primaryImageTag;
    s.runTimeTicks = item.runTimeTicks;
    if (item.userData) {
        s.played = item.userData->played;
        s.positionTicks = item.userData->positionTicks;
        s.isFavorite = item.userData->isFavorite;
    }
    return s;
}

QString runtimeText(qint64 ticks)
{
    const qint64 minutes = ticksToMs(ticks) / 60'000;
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return QCoreApplication::translate("ItemRoles", "%1 min").arg(minutes);
    return QCoreApplication::translate("ItemRoles", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace marquee::ItemRoles
