// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediaitem.h"

namespace marquee {

QString itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::Movie: return QStringLiteral("Movie");
    case ItemType::Series: return QStringLiteral("Series");
    case ItemType::Season: return QStringLiteral("Season");
    case ItemType::Episode: return QStringLiteral("Episode");
    case ItemType::Other: break;
    }
    return QStringLiteral("Other");
}

ItemType itemTypeFromName(const QString &name)
{
    for (ItemType type : {ItemType::Movie, ItemType::Series, ItemType::Season, ItemType::Episode}) {
        if (name.compare(itemTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return ItemType::Other;
}

ContentKind contentKindOf(ItemType type)
{
    switch (type) {
    case ItemType::Movie: return ContentKind::Movies;
    case ItemType::Series: return ContentKind::Shows;
    case ItemType::Season: return ContentKind::Seasons;
    case ItemType::Episode: return ContentKind::Episodes;
    case ItemType::Other: break;
    }
    return ContentKind::Movies;
}

} // namespace marquee
