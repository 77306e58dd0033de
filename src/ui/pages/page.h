// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QWidget>

class QScrollArea;

namespace marquee {

class DownloadService;
class HomeSection;
class PlainLabel;
class PlaybackActions;

/// @brief What every page of the main window offers: the scope it shows and a way to re-read the cache.
///
/// Scopes are the refresh lane's keys: "home", "library:<id>", "series:<id>", "item:<id>".
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The scope this page shows now; empty before it shows anything.
    [[nodiscard]] virtual QString scope() const = 0;
    /// Whether new rows under @p scopeKey can change what the page shows, so that it must re-read: by default
    /// only its own scope. A page built from several scopes (Home) says so here.
    [[nodiscard]] virtual bool showsScope(const QString &scopeKey) const { return scopeKey == scope(); }

    /// The download queue the items' right-click menus offer Download through; none: no such entries.
    void setDownloadService(DownloadService *service) { m_downloads = service; }

public Q_SLOTS:
    /// Reads the page's rows from the cache again (after a refresh wrote new ones).
    virtual void reload() = 0;

protected:
    [[nodiscard]] DownloadService *downloadService() const { return m_downloads; }
    /// Fills the page with a frameless vertical scroll area and returns the widget to lay the content out on, painted
    /// in the palette's Base colour like a document.
    QWidget *makeScrollingContent();
    /// The large grey line a page of rows shows when it has none ("Nothing cached yet …"), on @p content.
    static PlainLabel *makeEmptyText(QWidget *content);
    /// Scrolls the page from makeScrollingContent() so that @p rect of @p child is on screen.
    void scrollToShow(const QWidget *child, const QRect &rect);
    /// Scrolls the page from makeScrollingContent() back to its top: a page reused for another item opens there,
    /// not where the previous item was left.
    void scrollToTop();
    /// Raises the requests of @p actions as this page's own.
    void forwardRequests(const PlaybackActions *actions);
    /// Pops up the right-click menu of @p item at @p globalPosition, its requests raised as this page's own.
    /// The menu of several selected items (a multi-selection in a grid): what can be done to all of them at once.
    void popUpSelectionMenu(const QList<ItemSummary> &items, const QPoint &globalPosition);
    /// Another server's item has none: the menu's actions work on the server in use.
    void popUpItemMenu(const ItemSummary &item, const QPoint &globalPosition);
    /// Opens the item (itemActivated), or asks for its server first (otherServerItemActivated).
    void activate(const ItemSummary &item);
    /// Opens @p section's posters and pops up their menus, whichever server each is on.
    void offerItemsOf(HomeSection *section);
    /// Up (-1) or Down (+1) in the row @p from of @p sections (top to bottom): the keyboard goes to the poster under
    /// the one it leaves, in the row above or below.
    void moveFocus(const QList<HomeSection *> &sections, HomeSection *from, int rows);

Q_SIGNALS:
    /// The page now shows another scope (MainWindow forwards this while the page is the visible one).
    void visibleScopeChanged(const QString &scope);
    /// The user opened an item (a poster, a Home row entry).
    void itemActivated(const QString &itemId, marquee::ItemType type);
    /// The user opened an item of a server other than the one in use: the window switches to it first.
    void otherServerItemActivated(const QString &serverId, const QString &itemId, marquee::ItemType type);
    /// The user asked to play an item from a position (0: from the start); a series means its Next Up episode, from
    /// where the user stopped. The page plays nothing itself.
    void playRequested(const QString &itemId, qint64 startPositionTicks);
    /// The user asked to mark an item played or not played; the page shows the change after the next reload().
    void playedChangeRequested(const QString &itemId, bool played);
    /// The user asked to add an item to the favourites or take it out; shown after the next reload().
    void favoriteChangeRequested(const QString &itemId, bool favorite);

private:
    QScrollArea *m_scrollArea = nullptr;
    DownloadService *m_downloads = nullptr;
};

} // namespace marquee
