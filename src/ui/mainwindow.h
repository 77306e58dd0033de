// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/serverdirectory.h"
#include "ui/footerstatuspresenter.h"
#include "ui/navigationhistory.h"
#include "ui/uicontext.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QLineEdit;
class QMenu;
class QTimer;
class QStackedWidget;
class QToolBar;

namespace marquee {

class DownloadService;
class DownloadsPage;
class FooterStatusBar;
class HomePage;
class LibraryPage;
class MovieDetailsPage;
class NavigationSidebar;
class Page;
class SearchPage;
class ShowDetailsPage;

/// @brief The window: a sidebar (Home, then each library), the pages in a stack, the footer status bar, and a
/// browser's history: Back (Alt+Left, Backspace, the mouse's Back button) and Forward (Alt+Right, the mouse's
/// Forward button), on the tool bar and in the History menu.
///
/// Everything shown is read from the cache through the repositories in the UiContext. The refresh lane hooks
/// visibleScopeChanged() to learn what to keep fresh, calls reloadVisiblePage() or reloadLibraries() when new
/// rows were written, and handles refreshRequested(); it may also set a Syncing or Offline status on footer().
class RefreshActivity;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Page *currentPage() const;
    /// "home", "library:<id>", "series:<id>" or "item:<id>".
    [[nodiscard]] QString visibleScope() const;
    [[nodiscard]] const NavigationLocation &location() const { return m_history.current(); }
    [[nodiscard]] bool canGoBack() const { return m_history.canGoBack(); }
    [[nodiscard]] bool canGoForward() const { return m_history.canGoForward(); }
    /// Back, Forward and the places visited; the composition root puts it in the menu bar.
    [[nodiscard]] QMenu *historyMenu() const { return m_historyMenu; }
    [[nodiscard]] QToolBar *navigationBar() const { return m_navigationBar; }
    [[nodiscard]] QAction *backAction() const { return m_backAction; }
    [[nodiscard]] QAction *forwardAction() const { return m_forwardAction; }
    /// What the history calls a location: "Home", a library's name, a movie's, "Show — Season 2".
    [[nodiscard]] QString locationTitle(const NavigationLocation &location);

    [[nodiscard]] FooterStatusBar *footer() const { return m_footer; }
    [[nodiscard]] NavigationSidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] HomePage *homePage() const { return m_home; }
    [[nodiscard]] MovieDetailsPage *movieDetailsPage() const { return m_movie; }
    [[nodiscard]] ShowDetailsPage *showDetailsPage() const { return m_show; }
    /// The search over every server, on the tool bar (Ctrl+K).
    [[nodiscard]] QLineEdit *searchField() const { return m_searchField; }
    /// Made by the first search; nullptr before.
    [[nodiscard]] SearchPage *searchPage() const { return m_searchPage; }
    /// The page of a cached library, created on first use; nullptr for an unknown id.
    [[nodiscard]] LibraryPage *libraryPage(const QString &libraryId);

    /// Shows @p page (the player) in the page stack over the current page until closeOverlayPage() or any
    /// navigation; the sidebar, menus and footer hide while the window is fullscreen with it. The caller owns it.
    void showOverlayPage(QWidget *page);
    [[nodiscard]] QWidget *overlayPage() const { return m_overlay; }

    /// Live refresh state for the footer (syncing, progress, offline); without it the footer shows the cache's view.
    void setRefreshActivity(const RefreshActivity *activity);
    /// Turns on downloads: Download on the details pages, the Downloads page in the sidebar, and badges and the
    /// Downloaded filter that follow the queue.
    void setDownloads(DownloadService *service);
    [[nodiscard]] DownloadsPage *downloadsPage() const { return m_downloadsPage; }

public Q_SLOTS:
    void showHome();
    void showLibrary(const QString &libraryId);
    void showDownloads();
    /// Shows what matches @p text on every server; refining a search replaces it in the history rather than adding
    /// an entry per letter typed.
    void showSearch(const QString &text);
    /// Opens a movie's page, or the show page of a series, season or episode (with its season selected).
    void openItem(const QString &itemId, marquee::ItemType type);
    /// Leaves the overlay page if one is shown, else goes @p steps locations back.
    void goBack(int steps = 1);
    /// Goes @p steps locations forward again, after going back.
    void goForward(int steps = 1);
    /// Returns from the overlay page to the page it covered.
    void closeOverlayPage();
    /// Re-reads the library list: sidebar, library pages and Home.
    void reloadLibraries();
    /// How the other saved servers are doing: their sidebar headings and the footer say it.
    void setOtherServers(const QList<OtherServerStatus> &servers);
    /// Another server is in use now: every page and history entry named the previous one's items, so they go;
    /// the window shows the library @p libraryId of the new server, or Home.
    void showServerInUse(const QString &libraryId);
    /// Re-reads the visible page and the footer.
    void reloadVisiblePage();
    /// The cache changed under these scopes: the library list and the visible page re-read now, a hidden page
    /// when it is next shown.
    void reloadScopes(const QSet<QString> &scopes);
    /// Derives the footer from the cache for the visible library (or all libraries).
    void updateFooter();
    /// Lays the refresh lane's live state over the footer last read from the cache; reads nothing.
    void showFooter();

Q_SIGNALS:
    void visibleScopeChanged(const QString &scope);
    /// The posters on screen of the visible library page.
    void visibleItemsChanged(const QString &scope, const QStringList &itemIds);
    /// The user asked for a refresh (footer button or F5) while @p scope was visible.
    void refreshRequested(const QString &scope);
    /// The overlay page is no longer shown (closed, or the user navigated away): time to stop what it plays.
    void overlayPageClosed(QWidget *page);
    /// A page's Play, Resume or Start over: play @p itemId from @p startPositionTicks (0: the start).
    void playRequested(const QString &itemId, qint64 startPositionTicks);
    /// A page's Mark played: the services write the user data and announce the item's scope.
    void playedChangeRequested(const QString &itemId, bool played);
    /// A page's Favourite button: the services write the user data and announce the item's scope.
    void favoriteChangeRequested(const QString &itemId, bool favorite);
    /// The sidebar's entry of another saved server: switch to it and show @p libraryId (empty: Home).
    void serverSwitchRequested(qint64 serverRowId, const QString &libraryId);
    /// Home's entry of another saved server's item: switch to that server, then open the item.
    void serverItemRequested(qint64 serverRowId, const QString &itemId, marquee::ItemType type);
    /// A server heading's Rename…: the server @p serverRowId, called @p currentName now.
    void serverRenameRequested(qint64 serverRowId, const QString &currentName);
    /// Another server heading's Remove….
    void serverRemoveRequested(qint64 serverRowId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildSearchField();
    /// Opens an item of the saved server @p serverId, switching to it first.
    void openOnServer(const QString &serverId, const QString &itemId, marquee::ItemType type);
    /// The pages that show cached rows (not the player, not Downloads), the search page once it exists.
    [[nodiscard]] QList<Page *> cachePages() const;
    /// A page's play request; a series plays its Next Up episode.
    void requestPlay(const QString &itemId, qint64 startPositionTicks);
    /// Goes to @p location as a new entry of the history (nothing happens if it is where the window is).
    void visit(const NavigationLocation &location);
    /// Shows @p location's page and returns what is shown: Home instead of a library that is gone.
    NavigationLocation showLocation(const NavigationLocation &location);
    /// Writes the season the show page shows now into the current entry, so Back and Forward return to it.
    void rememberSeason();
    void updateHistoryActions();
    /// The sidebar's server headings and other servers' libraries, from m_savedServers and m_otherServers.
    void listOtherServers();
    void fillHistoryMenu(QMenu *menu, const QList<NavigationLocation> &entries, bool back);
    void setCurrentPage(Page *page);
    void addPage(Page *page);
    void announceScope(const QString &scope);
    void leaveOverlayPage();
    void updateChromeVisibility();

    UiContext m_context;
    FooterStatusPresenter m_presenter;
    QSet<Page *> m_stalePages; ///< hidden pages that must re-read before they show again
    FooterStatus m_footerFromCache; ///< counted once per data change, not once per progress step
    QString m_footerScope;
    const RefreshActivity *m_activity = nullptr;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_stack;
    FooterStatusBar *m_footer;
    HomePage *m_home;
    MovieDetailsPage *m_movie;
    ShowDetailsPage *m_show;
    QHash<QString, LibraryPage *> m_libraryPages;
    SearchPage *m_searchPage = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchDelay = nullptr; ///< a search runs once the typing pauses
    DownloadService *m_downloads = nullptr;
    DownloadsPage *m_downloadsPage = nullptr;
    QTimer *m_badgeReload = nullptr; ///< badges and the Downloaded filter re-read when the ready set was written
    NavigationHistory m_history;
    QToolBar *m_navigationBar = nullptr;
    bool m_navigationBarHiddenForPlayer = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_historyMenu = nullptr;
    QString m_announcedScope;
    QList<OtherServerStatus> m_otherServers;
    /// Read with the library list (reloadLibraries()), not on each change of another server's state.
    QList<ServerLibraries> m_savedServers;
    QPointer<QWidget> m_overlay;
    QPointer<QWidget> m_covered;
};

} // namespace marquee
