// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/page.h"

#include "ui/pages/homesection.h"
#include "ui/pages/itemcontextmenu.h"
#include "ui/pages/playbackactions.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterrow.h"
#include "ui/widgets/secondarytext.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace marquee {

QWidget *Page::makeScrollingContent()
{
    auto *scroll = new QScrollArea(this);
    m_scrollArea = scroll;
    // Tab stops here to scroll a long page with the keys; a screen reader names it after the page.
    scroll->setAccessibleName(accessibleName());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

void Page::scrollToShow(const QWidget *child, const QRect &rect)
{
    if (!m_scrollArea)
        return;
    const QPoint topLeft = child->mapTo(m_scrollArea->widget(), rect.topLeft());
    m_scrollArea->ensureVisible(topLeft.x(), topLeft.y() + rect.height() / 2, 0, rect.height() / 2 + 8);
}

void Page::scrollToTop()
{
    if (m_scrollArea) {
        m_scrollArea->verticalScrollBar()->setValue(0);
        m_scrollArea->horizontalScrollBar()->setValue(0);
    }
}

void Page::forwardRequests(const PlaybackActions *actions)
{
    connect(actions, &PlaybackActions::playRequested, this, &Page::playRequested);
    connect(actions, &PlaybackActions::playedChangeRequested, this, &Page::playedChangeRequested);
    connect(actions, &PlaybackActions::favoriteChangeRequested, this, &Page::favoriteChangeRequested);
}

void Page::popUpSelectionMenu(const QList<ItemSummary> &items, const QPoint &globalPosition)
{
    auto *menu = new ItemContextMenu(items, this, m_downloads);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &ItemContextMenu::playedChangeRequested, this, &Page::playedChangeRequested);
    menu->popup(globalPosition);
}

void Page::popUpItemMenu(const ItemSummary &item, const QPoint &globalPosition)
{
    if (!item.serverId.isEmpty())
        return; // opened, switching to its server, first
    auto *menu = new ItemContextMenu(item, this, m_downloads);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &ItemContextMenu::playRequested, this, &Page::playRequested);
    connect(menu, &ItemContextMenu::playedChangeRequested, this, &Page::playedChangeRequested);
    connect(menu, &ItemContextMenu::favoriteChangeRequested, this, &Page::favoriteChangeRequested);
    menu->popup(globalPosition);
}

PlainLabel *Page::makeEmptyText(QWidget *content)
{
    auto *text = new PlainLabel(content);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    SecondaryText::apply(text);
    text->setScaledFont(1.2, false);
    text->setMinimumHeight(200);
    return text;
}

void Page::activate(const ItemSummary &item)
{
    if (item.serverId.isEmpty())
        Q_EMIT itemActivated(item.id, item.type);
    else
        Q_EMIT otherServerItemActivated(item.serverId, item.id, item.type);
}

void Page::offerItemsOf(HomeSection *section)
{
    connect(section, &HomeSection::itemActivated, this, &Page::activate);
    connect(section, &HomeSection::menuRequested, this, &Page::popUpItemMenu);
}

void Page::moveFocus(const QList<HomeSection *> &sections, HomeSection *from, int rows)
{
    const qsizetype target = sections.indexOf(from) + rows;
    if (target < 0 || target >= sections.size())
        return;
    PosterRow *source = from->row();
    PosterRow *row = sections.at(target)->row();
    // The poster under the one the user left, as far as the rows line up (posters and stills differ in width).
    const QModelIndex current = source->currentIndex();
    const QPoint leaving = current.isValid() ? source->visualRect(current).center() : QPoint(1, 1);
    const int x = source->viewport()->mapTo(this, leaving).x();
    QModelIndex below = row->indexAt(QPoint(row->viewport()->mapFrom(this, QPoint(x, 0)).x(), 1));
    if (!below.isValid())
        below = row->model()->index(row->model()->rowCount() - 1, 0);
    row->setCurrentIndex(below);
    row->setFocus(rows > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    scrollToShow(sections.at(target), sections.at(target)->rect());
}

} // namespace marquee
