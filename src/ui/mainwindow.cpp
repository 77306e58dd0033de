// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "services/downloadservice.h"
#include "services/refreshscope.h"
#include "storage/mergedhome.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverdirectory.h"
#include "ui/models/downloadsmodel.h"
#include "ui/pages/downloadspage.h"
#include "ui/pages/homepage.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/searchpage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/refreshactivity.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/widgets/navigationsidebar.h"
#include "ui/windowplacement.h"

#include <algorithm>

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace marquee {

namespace {
/// Places listed in the History menu and under a long press on Back or Forward.
constexpr int MaxHistoryMenuEntries = 15;
} // namespace

MainWindow::MainWindow(const UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_presenter(context.items, context.syncState, context.libraries)
    , m_sidebar(new NavigationSidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_footer(new FooterStatusBar(context.clock, this))
    , m_home(new HomePage(context.home, context.images, this))
    , m_movie(new MovieDetailsPage(context.details, context.images, this))
    , m_show(new ShowDetailsPage(context.items, context.home.inUse(), context.details, context.images, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Marquee"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/marquee.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setFixedWidth(210);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_sidebar);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    QFile styleSheet(QStringLiteral(":/ui/mainwindow.qss"));
    if (styleSheet.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
    statusBar()->addWidget(m_footer, 1);
    statusBar()->setSizeGripEnabled(false);

    addPage(m_home);
    addPage(m_movie);
    addPage(m_show);

    connect(m_sidebar, &NavigationSidebar::homeRequested, this, &MainWindow::showHome);
    connect(m_sidebar, &NavigationSidebar::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_sidebar, &NavigationSidebar::downloadsRequested, this, &MainWindow::showDownloads);
    connect(m_sidebar, &NavigationSidebar::serverLibraryRequested, this, &MainWindow::serverSwitchRequested);
    connect(m_sidebar, &NavigationSidebar::serverRequested, this,
            [this](qint64 serverRowId) { Q_EMIT serverSwitchRequested(serverRowId, {}); });
    connect(m_sidebar, &NavigationSidebar::serverRenameRequested, this, &MainWindow::serverRenameRequested);
    connect(m_sidebar, &NavigationSidebar::serverRemoveRequested, this, &MainWindow::serverRemoveRequested);
    connect(m_footer, &FooterStatusBar::refreshRequested, this,
            [this] { Q_EMIT refreshRequested(visibleScope()); });

    buildNavigation();
    // whatsThis is what Help → Keyboard shortcuts lists for a QShortcut.
    auto *refresh = new QShortcut(QKeySequence(QKeySequence::Refresh), this);
    refresh->setWhatsThis(tr("Refresh what is on screen"));
    connect(refresh, &QShortcut::activated, this, [this] { Q_EMIT refreshRequested(visibleScope()); });
    // The mouse's Back and Forward buttons reach whichever child is under the pointer, so they are caught on their
    // way there.
    qApp->installEventFilter(this);

    m_sidebar->setLibraries(context.libraries.all());
    m_savedServers = m_context.servers.all();
    listOtherServers();
    m_history.setCurrent(showLocation({NavigationLocation::Kind::Home, {}, {}}));
    updateHistoryActions();
    WindowPlacement::restore(*this, m_context.settings);
}

void MainWindow::buildNavigation()
{
    m_backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("back"));
    QList<QKeySequence> backKeys = QKeySequence::keyBindings(QKeySequence::Back);
    // A text field takes Backspace for itself (it overrides the shortcut), so it goes back only when not typing.
    // Some platforms list it for Back already; a key bound twice would be ambiguous and do nothing.
    if (!backKeys.contains(QKeySequence(Qt::Key_Backspace)))
        backKeys << QKeySequence(Qt::Key_Backspace);
    m_backAction->setShortcuts(backKeys);
    m_backAction->setToolTip(tr("Back (%1)").arg(backKeys.constFirst().toString(QKeySequence::NativeText)));
    connect(m_backAction, &QAction::triggered, this, [this] { goBack(); });

    m_forwardAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forwardAction->setObjectName(QStringLiteral("forward"));
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setToolTip(
            tr("Forward (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    connect(m_forwardAction, &QAction::triggered, this, [this] { goForward(); });
    // On the window itself too: a hidden tool bar (or the full-screen player) must not take the keys away.
    addAction(m_backAction);
    addAction(m_forwardAction);

    m_navigationBar = addToolBar(tr("Navigation"));
    m_navigationBar->setObjectName(QStringLiteral("navigationBar"));
    m_navigationBar->setMovable(false);
    m_navigationBar->setFloatable(false);
    m_navigationBar->setIconSize(QSize(20, 20));
    // Like a browser's: a long press on Back or Forward lists the places that way.
    const auto addWithHistory = [this](QAction *action, bool back) {
        m_navigationBar->addAction(action);
        auto *button = qobject_cast<QToolButton *>(m_navigationBar->widgetForAction(action));
        auto *menu = new QMenu(button);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, back] {
            fillHistoryMenu(menu, back ? m_history.backEntries() : m_history.forwardEntries(), back);
        });
        button->setMenu(menu);
        button->setPopupMode(QToolButton::DelayedPopup);
    };
    addWithHistory(m_backAction, true);
    addWithHistory(m_forwardAction, false);
    buildSearchField();

    m_historyMenu = new QMenu(tr("&History"), this);
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    connect(m_historyMenu, &QMenu::aboutToShow, this, [this] {
        m_historyMenu->clear();
        m_historyMenu->addAction(m_backAction);
        m_historyMenu->addAction(m_forwardAction);
        m_historyMenu->addSection(tr("Recently visited"));
        fillHistoryMenu(m_historyMenu, m_history.backEntries(), true);
    });
}

void MainWindow::buildSearchField()
{
    auto *spacer = new QWidget(m_navigationBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_navigationBar->addWidget(spacer);
    m_searchField = new QLineEdit(m_navigationBar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search every server"));
    m_searchField->setAccessibleName(tr("Search every server"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setFixedWidth(260);
    m_navigationBar->addWidget(m_searchField);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { showSearch(m_searchField->text()); });
    connect(m_searchField, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter: the results at once, and the keyboard in the first row of them.
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        showSearch(m_searchField->text());
        m_searchPage->focusResultsWhenShown();
    });
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    find->setWhatsThis(tr("Search every server"));
    m_searchField->setToolTip(tr("Search every server's library by title (%1)")
                                  .arg(find->key().toString(QKeySequence::NativeText)));
    connect(find, &QShortcut::activated, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
}

void MainWindow::fillHistoryMenu(QMenu *menu, const QList<NavigationLocation> &entries, bool back)
{
    if (menu != m_historyMenu)
        menu->clear();
    for (int i = 0; i < entries.size() && i < MaxHistoryMenuEntries; ++i) {
        // Server text: QAction shows it as plain text, but '&' would become a mnemonic.
        QString title = locationTitle(entries.at(i));
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const int steps = i + 1;
        menu->addAction(title, this, [this, steps, back] { back ? goBack(steps) : goForward(steps); });
    }
    if (entries.isEmpty())
        menu->addAction(tr("No places yet"))->setEnabled(false);
}

QString MainWindow::locationTitle(const NavigationLocation &location)
{
    switch (location.kind) {
    case NavigationLocation::Kind::Home: return tr("Home");
    case NavigationLocation::Kind::Library: {
        const std::optional<Library> library = m_context.libraries.byId(location.id);
        return library ? library->name : tr("A library no longer on the server");
    }
    case NavigationLocation::Kind::Downloads: return tr("Downloads");
    case NavigationLocation::Kind::Search: return tr("Search for “%1”").arg(location.id);
    case NavigationLocation::Kind::Movie:
    case NavigationLocation::Kind::Show: break;
    }
    const std::optional<MediaItem> item = m_context.items.item(location.id);
    if (!item)
        return tr("An item no longer in the cache");
    if (location.seasonId.isEmpty())
        return item->name;
    const std::optional<MediaItem> season = m_context.items.item(location.seasonId);
    return season ? QStringLiteral("%1 — %2").arg(item->name, season->name) : item->name;
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_stack->addWidget(page);
    connect(page, &Page::itemActivated, this, &MainWindow::openItem);
    connect(page, &Page::otherServerItemActivated, this, &MainWindow::openOnServer);
    connect(page, &Page::playRequested, this, &MainWindow::requestPlay);
    connect(page, &Page::playedChangeRequested, this, &MainWindow::playedChangeRequested);
    connect(page, &Page::favoriteChangeRequested, this, &MainWindow::favoriteChangeRequested);
    connect(page, &Page::visibleScopeChanged, this, [this, page](const QString &scope) {
        if (page == currentPage())
            announceScope(scope);
    });
}

void MainWindow::requestPlay(const QString &itemId, qint64 startPositionTicks)
{
    const std::optional<MediaItem> item = m_context.items.item(itemId);
    if (!item || item->type != ItemType::Series) {
        Q_EMIT playRequested(itemId, startPositionTicks);
        return;
    }
    // "Play next episode" on a show's poster.
    if (const std::optional<ItemSummary> next = m_context.home.inUse().nextUpInSeries(itemId))
        Q_EMIT playRequested(next->id, next->played ? 0 : next->positionTicks);
    else
        openItem(itemId, ItemType::Series); // every episode played, or none cached: the show page says which
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QString MainWindow::visibleScope() const
{
    const Page *page = currentPage();
    return page ? page->scope() : QString();
}

LibraryPage *MainWindow::libraryPage(const QString &libraryId)
{
    if (LibraryPage *page = m_libraryPages.value(libraryId))
        return page;
    const std::optional<Library> library = m_context.libraries.byId(libraryId);
    if (!library)
        return nullptr;
    auto *page = new LibraryPage(m_context.items, m_context.settings, m_context.images, *library, this);
    page->setDownloadService(m_downloads);
    m_libraryPages.insert(libraryId, page);
    connect(page, &LibraryPage::visibleItemsChanged, this, [this, page](const QStringList &itemIds) {
        if (currentPage() == page)
            Q_EMIT visibleItemsChanged(page->scope(), itemIds);
    });
    addPage(page);
    return page;
}

void MainWindow::showHome()
{
    visit({NavigationLocation::Kind::Home, {}, {}});
}

void MainWindow::showLibrary(const QString &libraryId)
{
    visit({NavigationLocation::Kind::Library, libraryId, {}});
}

void MainWindow::showDownloads()
{
    visit({NavigationLocation::Kind::Downloads, {}, {}});
}

void MainWindow::showSearch(const QString &text)
{
    const bool typing = m_searchField->hasFocus();
    const NavigationLocation location{NavigationLocation::Kind::Search, text, {}};
    if (m_history.current().kind == NavigationLocation::Kind::Search && !m_overlay)
        m_history.setCurrent(showLocation(location));
    else
        visit(location);
    if (typing)
        m_searchField->setFocus(); // the page took it as it showed
}

void MainWindow::setDownloads(DownloadService *service)
{
    if (m_downloads || !service)
        return;
    m_downloads = service;
    m_downloadsPage = new DownloadsPage(*service, this);
    addPage(m_downloadsPage);
    listOtherServers(); // the names of other servers' downloads
    m_sidebar->setDownloadsShown(true);
    m_movie->setDownloads(service);
    m_show->setDownloads(service);
    m_home->setDownloadService(service);
    if (m_searchPage)
        m_searchPage->setDownloadService(service);
    for (LibraryPage *page : std::as_const(m_libraryPages))
        page->setDownloadService(service);
    m_badgeReload = new QTimer(this);
    m_badgeReload->setSingleShot(true);
    m_badgeReload->setInterval(200);
    connect(m_badgeReload, &QTimer::timeout, this, [this] {
        // Badges and the Downloaded filter read the queue with the rows: every page re-reads, the visible one now.
        const QList<Page *> pages = cachePages();
        for (Page *page : pages) {
            if (page != currentPage())
                m_stalePages.insert(page);
        }
        reloadVisiblePage();
    });
    connect(service, &DownloadService::downloadedChanged, m_badgeReload, qOverload<>(&QTimer::start));
}

void MainWindow::openItem(const QString &itemId, ItemType type)
{
    switch (type) {
    case ItemType::Series:
        visit({NavigationLocation::Kind::Show, itemId, {}});
        return;
    case ItemType::Season:
    case ItemType::Episode: {
        const std::optional<MediaItem> item = m_context.items.item(itemId);
        if (!item)
            return;
        const QString seriesId = item->seriesId.isEmpty() ? item->parentId : item->seriesId;
        const QString seasonId = type == ItemType::Season ? item->id : item->seasonId;
        visit({NavigationLocation::Kind::Show, seriesId, seasonId.isEmpty() ? item->parentId : seasonId});
        return;
    }
    case ItemType::Movie:
    case ItemType::Other:
        break;
    }
    visit({NavigationLocation::Kind::Movie, itemId, {}});
}

void MainWindow::openOnServer(const QString &serverId, const QString &itemId, ItemType type)
{
    for (const ServerLibraries &entry : std::as_const(m_savedServers)) {
        if (entry.server.serverId == serverId)
            Q_EMIT serverItemRequested(entry.server.id, itemId, type);
    }
}

void MainWindow::showOverlayPage(QWidget *page)
{
    if (m_overlay && m_overlay != page)
        leaveOverlayPage();
    if (!m_overlay)
        m_covered = m_stack->currentWidget();
    m_overlay = page;
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    page->setFocus();
    updateChromeVisibility();
    updateHistoryActions();
}

void MainWindow::closeOverlayPage()
{
    if (!m_overlay)
        return;
    leaveOverlayPage();
    if (Page *page = qobject_cast<Page *>(m_stack->currentWidget()))
        page->setFocus();
}

void MainWindow::leaveOverlayPage()
{
    QWidget *page = std::exchange(m_overlay, nullptr);
    if (!page)
        return;
    if (isFullScreen())
        setWindowState(windowState() & ~Qt::WindowFullScreen);
    if (m_covered)
        m_stack->setCurrentWidget(m_covered);
    m_stack->removeWidget(page);
    page->hide();
    updateChromeVisibility();
    updateHistoryActions();
    Q_EMIT overlayPageClosed(page);
}

void MainWindow::updateChromeVisibility()
{
    const bool hide = m_overlay && isFullScreen();
    if (!centralWidget() || !m_navigationBar)
        return;
    // Everything in the central widget besides the page stack: the sidebar and its divider.
    for (QWidget *child : centralWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_stack)
            child->setVisible(!hide);
    }
    statusBar()->setVisible(!hide);
    if (QWidget *menus = menuWidget())
        menus->setVisible(!hide);
    // The tool bar comes back only if it was shown: the user may have hidden it.
    if (hide && m_navigationBar->isVisible()) {
        m_navigationBar->hide();
        m_navigationBarHiddenForPlayer = true;
    } else if (!hide && std::exchange(m_navigationBarHiddenForPlayer, false)) {
        m_navigationBar->show();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        updateChromeVisibility();
    QMainWindow::changeEvent(event);
}

void MainWindow::goBack(int steps)
{
    if (m_overlay) {
        closeOverlayPage();
        return;
    }
    if (!m_history.canGoBack())
        return;
    rememberSeason();
    m_history.setCurrent(showLocation(m_history.goBack(steps)));
    updateHistoryActions();
}

void MainWindow::goForward(int steps)
{
    if (!m_history.canGoForward())
        return;
    rememberSeason();
    m_history.setCurrent(showLocation(m_history.goForward(steps)));
    updateHistoryActions();
}

void MainWindow::visit(const NavigationLocation &location)
{
    if (location == m_history.current()) {
        // Already there: the sidebar's Home or library, clicked over the player, returns to the page.
        closeOverlayPage();
        return;
    }
    rememberSeason();
    m_history.visit(showLocation(location));
    updateHistoryActions();
}

void MainWindow::rememberSeason()
{
    NavigationLocation here = m_history.current();
    if (here.kind == NavigationLocation::Kind::Show && m_show->seriesId() == here.id) {
        here.seasonId = m_show->selectedSeasonId();
        m_history.setCurrent(here);
    }
}

NavigationLocation MainWindow::showLocation(const NavigationLocation &location)
{
    switch (location.kind) {
    case NavigationLocation::Kind::Home:
        m_sidebar->selectHome();
        setCurrentPage(m_home);
        break;
    case NavigationLocation::Kind::Library: {
        LibraryPage *page = libraryPage(location.id);
        if (!page)
            return showLocation({NavigationLocation::Kind::Home, {}, {}});
        m_sidebar->selectLibrary(location.id);
        setCurrentPage(page);
        break;
    }
    case NavigationLocation::Kind::Movie:
        m_movie->showItem(location.id);
        setCurrentPage(m_movie);
        break;
    case NavigationLocation::Kind::Show:
        m_show->showSeries(location.id, location.seasonId);
        setCurrentPage(m_show);
        break;
    case NavigationLocation::Kind::Search:
        if (!m_searchPage) {
            m_searchPage = new SearchPage(m_context.search, m_context.images, this);
            m_searchPage->setDownloadService(m_downloads);
            addPage(m_searchPage);
        }
        m_stalePages.remove(m_searchPage); // setQuery() reads anyway: a stale page must not search twice
        m_searchPage->setQuery(location.id);
        if (m_searchField->text() != location.id) {
            // Back to an earlier search: its words, without searching again.
            const QSignalBlocker quiet(m_searchField);
            m_searchField->setText(location.id);
        }
        setCurrentPage(m_searchPage);
        break;
    case NavigationLocation::Kind::Downloads:
        if (!m_downloadsPage)
            return showLocation({NavigationLocation::Kind::Home, {}, {}});
        m_sidebar->selectDownloads();
        setCurrentPage(m_downloadsPage);
        break;
    }
    return location;
}

void MainWindow::updateHistoryActions()
{
    // Back also leaves the player, which covers the page it was started from.
    m_backAction->setEnabled(m_history.canGoBack() || m_overlay);
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::setCurrentPage(Page *page)
{
    leaveOverlayPage();
    if (m_stalePages.remove(page))
        page->reload();
    m_stack->setCurrentWidget(page);
    page->setFocus();
    announceScope(page->scope());
    updateFooter();
}

void MainWindow::announceScope(const QString &scope)
{
    if (scope == m_announcedScope)
        return;
    m_announcedScope = scope;
    Q_EMIT visibleScopeChanged(scope);
}

void MainWindow::reloadLibraries()
{
    const QList<Library> libraries = m_context.libraries.all();
    QSet<QString> ids;
    for (const Library &library : libraries)
        ids.insert(library.id);
    for (auto it = m_libraryPages.begin(); it != m_libraryPages.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        LibraryPage *page = it.value();
        it = m_libraryPages.erase(it);
        m_stalePages.remove(page);
        if (page == currentPage())
            m_history.setCurrent(showLocation({NavigationLocation::Kind::Home, {}, {}}));
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_sidebar->setLibraries(libraries);
    m_savedServers = m_context.servers.all();
    listOtherServers();
    if (location().kind == NavigationLocation::Kind::Library)
        m_sidebar->selectLibrary(location().id);
    else if (location().kind == NavigationLocation::Kind::Home)
        m_sidebar->selectHome();
    else if (location().kind == NavigationLocation::Kind::Downloads)
        m_sidebar->selectDownloads();
    m_home->reload();
    updateFooter();
}

void MainWindow::listOtherServers()
{
    QList<ServerRecord> servers;
    for (const ServerLibraries &entry : std::as_const(m_savedServers))
        servers << entry.server;
    const QHash<qint64, QString> names = ServerDirectory::distinctNames(servers);
    if (m_downloadsPage) {
        QHash<QString, QString> byServerId;
        for (const ServerLibraries &entry : std::as_const(m_savedServers)) {
            if (!entry.inUse)
                byServerId.insert(entry.server.serverId, names.value(entry.server.id));
        }
        m_downloadsPage->model()->setServerNames(byServerId);
    }
    SidebarServer inUse{0, tr("This server"), tr("This server"), {}, {}};
    QList<SidebarServer> others;
    for (const ServerLibraries &entry : std::as_const(m_savedServers)) {
        const QString plainName = ServerDirectory::displayName(entry.server);
        QString name = names.value(entry.server.id);
        if (entry.inUse) {
            inUse = {entry.server.id, name, plainName, entry.server.url, {}};
            continue;
        }
        const auto status = std::find_if(m_otherServers.cbegin(), m_otherServers.cend(),
                                         [&](const OtherServerStatus &other) { return other.serverId == entry.server.serverId; });
        // Online is what a server is expected to be; only the exceptions are named.
        if (status != m_otherServers.cend() && status->state != OtherServerStatus::State::Online)
            name = tr("%1 · %2").arg(name, FooterStatusPresenter::stateText(status->state));
        others.append({entry.server.id, name, plainName, entry.server.url, entry.libraries});
    }
    m_sidebar->setOtherServers(inUse, others);
}

void MainWindow::setOtherServers(const QList<OtherServerStatus> &servers)
{
    m_otherServers = servers;
    listOtherServers();
    m_footer->setOtherServersText(FooterStatusPresenter::otherServersText(servers));
}

void MainWindow::showServerInUse(const QString &libraryId)
{
    m_history = NavigationHistory();
    for (LibraryPage *page : std::as_const(m_libraryPages)) {
        m_stalePages.remove(page);
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_libraryPages.clear();
    m_stalePages.insert(m_movie);
    m_stalePages.insert(m_show);
    if (m_searchPage)
        m_stalePages.insert(m_searchPage); // which results are the server in use's has changed
    reloadLibraries();
    if (libraryId.isEmpty() || !libraryPage(libraryId))
        m_history.setCurrent(showLocation({NavigationLocation::Kind::Home, {}, {}}));
    else
        m_history.setCurrent(showLocation({NavigationLocation::Kind::Library, libraryId, {}}));
    updateHistoryActions();
}

QList<Page *> MainWindow::cachePages() const
{
    QList<Page *> pages{m_home, m_movie, m_show};
    for (LibraryPage *page : std::as_const(m_libraryPages))
        pages.append(page);
    if (m_searchPage)
        pages.append(m_searchPage);
    return pages;
}

void MainWindow::reloadVisiblePage()
{
    if (Page *page = currentPage())
        page->reload();
    updateFooter();
}

void MainWindow::reloadScopes(const QSet<QString> &scopes)
{
    const bool librariesChanged = scopes.contains(RefreshScope::libraries().key());
    if (librariesChanged)
        reloadLibraries(); // Home included
    const QList<Page *> pages = cachePages();
    bool visibleChanged = false;
    for (Page *page : pages) {
        if (librariesChanged && page == m_home)
            continue;
        const bool shown = std::any_of(scopes.cbegin(), scopes.cend(),
                                       [page](const QString &scope) { return page->showsScope(scope); });
        if (shown && page == currentPage())
            visibleChanged = true;
        else if (shown)
            m_stalePages.insert(page);
    }
    if (visibleChanged)
        reloadVisiblePage();
    else
        updateFooter();
}

void MainWindow::setRefreshActivity(const RefreshActivity *activity)
{
    m_activity = activity;
    connect(activity, &RefreshActivity::changed, this, &MainWindow::updateFooter);
    connect(activity, &RefreshActivity::progressed, this, &MainWindow::showFooter);
    updateFooter();
}

void MainWindow::updateFooter()
{
    if (auto *page = qobject_cast<LibraryPage *>(currentPage())) {
        m_footerFromCache = m_presenter.forLibrary(page->library(), page->libraryItemCount());
        m_footerScope = page->scope();
        page->setRefreshing(m_activity && m_activity->isRunning(m_footerScope));
        page->setOffline(m_activity && !m_activity->isOnline());
    } else {
        m_footerFromCache = m_presenter.forAllLibraries();
        m_footerScope.clear();
    }
    m_home->setSyncing(m_activity && m_activity->isAnyRunning());
    showFooter();
}

void MainWindow::showFooter()
{
    m_footer->setStatus(m_activity ? m_activity->overlay(m_footerFromCache, m_footerScope) : m_footerFromCache);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
        const auto *widget = qobject_cast<QWidget *>(watched);
        if ((button == Qt::BackButton || button == Qt::ForwardButton) && widget && widget->window() == this) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The player's full screen is not how the user wants the next launch to open.
    leaveOverlayPage();
    WindowPlacement::save(*this, m_context.settings);
    QMainWindow::closeEvent(event);
}

} // namespace marquee
