// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/itemcontextmenu.h"

#include "ui/pages/detailstext.h"

namespace marquee {

ItemContextMenu::ItemContextMenu(const ItemSummary &item, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("itemContextMenu"));
    addPlayActions(item);
    addSeparator();
    addAction(item.played ? QStringLiteral("Mark not played") : QStringLiteral("Mark played"), this,
              [this, item] { Q_EMIT playedChangeRequested(item.id, !item.played); });
    addAction(item.isFavorite ? QStringLiteral("Remove from favourites") : QStringLiteral("Add to favourites"), this,
              [this, item] { Q_EMIT favoriteChangeRequested(item.id, !item.isFavorite); });
    addOfflineActions(item);
}

void ItemContextMenu::addPlayActions(const ItemSummary &item)
{
    const QString id = item.id;
    if (item.type == ItemType::Series) {
        addAction(QStringLiteral("Play next episode"), this, [this, id] { Q_EMIT playRequested(id, 0); });
        return;
    }
    const qint64 resumeTicks = item.played ? 0 : item.positionTicks;
    const QString play = resumeTicks > 0 ? QStringLiteral("Resume from ") + DetailsText::clockPosition(resumeTicks)
                                         : QStringLiteral("Play");
    addAction(play, this, [this, id, resumeTicks] { Q_EMIT playRequested(id, resumeTicks); });
    if (resumeTicks > 0)
        addAction(QStringLiteral("Start over"), this, [this, id] { Q_EMIT playRequested(id, 0); });
}

void ItemContextMenu::addOfflineActions(const ItemSummary &)
{
    // The downloads lane adds "Download" (or "Remove download") here, in a section of its own.
}

QStringList ItemContextMenu::actionTexts() const
{
    QStringList texts;
    for (const QAction *action : actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

QAction *ItemContextMenu::actionNamed(const QString &text) const
{
    for (QAction *action : actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace marquee
