// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/nextepisode.h"

#include "storage/itemreader.h"

namespace marquee {

namespace {

QString episodeTitle(const MediaItem &item)
{
    QStringList parts;
    if (!item.seriesName.isEmpty())
        parts.append(item.seriesName);
    if (item.type == ItemType::Episode && item.indexNumber)
        parts.append(QStringLiteral("S%1 E%2").arg(item.parentIndexNumber.value_or(0)).arg(*item.indexNumber));
    parts.append(item.name);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString NextEpisode::titleOf(const QString &itemId)
{
    const std::optional<MediaItem> item = m_items.item(itemId);
    return item ? episodeTitle(*item) : QString();
}

std::optional<NextItem> NextEpisode::after(const QString &itemId)
{
    const std::optional<MediaItem> item = m_items.item(itemId);
    if (!item || item->type != ItemType::Episode || item->seasonId.isEmpty())
        return std::nullopt;
    const auto nextIn = [&](const QList<MediaItem> &list, const QString &afterId) -> std::optional<MediaItem> {
        bool passed = afterId.isEmpty();
        for (const MediaItem &candidate : list) {
            if (passed && candidate.type == ItemType::Episode)
                return candidate;
            passed = passed || candidate.id == afterId;
        }
        return std::nullopt;
    };
    std::optional<MediaItem> next = nextIn(m_items.children(item->seasonId), item->id);
    if (!next && !item->seriesId.isEmpty()) {
        const QList<MediaItem> seasons = m_items.children(item->seriesId);
        bool passed = false;
        for (const MediaItem &season : seasons) {
            if (passed && (next = nextIn(m_items.children(season.id), QString())))
                break;
            passed = passed || season.id == item->seasonId;
        }
    }
    if (!next)
        return std::nullopt;
    return NextItem{next->id, episodeTitle(*next), next->seriesId};
}

} // namespace marquee
