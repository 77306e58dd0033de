// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "services/refreshscope.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "ui/pages/homepage.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/refreshactivity.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/widgets/navigationsidebar.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace marquee {

namespace {
constexpr int MaxHistory = 100;
}

MainWindow::MainWindow(const UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_presenter(context.items, context.syncState, context.libraries)
    , m_sidebar(new NavigationSidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_footer(new FooterStatusBar(context.clock, this))
    , m_home(new HomePage(context.home, context.libraries, context.images, this))
    , m_movie(new MovieDetailsPage(context.details, context.images, this))
    , m_show(new ShowDetailsPage(context.items, context.home, context.details, context.images, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Marquee"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/marquee.svg")));
    resize(1280, 800);

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
    connect(m_footer, &FooterStatusBar::refreshRequested, this,
            [this] { Q_EMIT refreshRequested(visibleScope()); });

    // whatsThis is what Help → Keyboard shortcuts lists for a QShortcut.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Back), QKeySequence(Qt::Key_Backspace)}) {
        auto *back = new QShortcut(keys, this);
        back->setWhatsThis(tr("Go back"));
        connect(back, &QShortcut::activated, this, &MainWindow::goBack);
    }
    auto *refresh = new QShortcut(QKeySequence(QKeySequence::Refresh), this);
    refresh->setWhatsThis(tr("Refresh what is on screen"));
    connect(refresh, &QShortcut::activated, this, [this] { Q_EMIT refreshRequested(visibleScope()); });
    // The mouse's Back button reaches whichever child is under the pointer, so it is caught on its way there.
    qApp->installEventFilter(this);

    m_sidebar->setLibraries(context.libraries.all());
    navigate({NavigationLocation::Kind::Home, {}, {}}, false);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_stack->addWidget(page);
    connect(page, &Page::itemActivated, this, &MainWindow::openItem);
    connect(page, &Page::playRequested, this, &MainWindow::playRequested);
    connect(page, &Page::playedChangeRequested, this, &MainWindow::playedChangeRequested);
    connect(page, &Page::favoriteChangeRequested, this, &MainWindow::favoriteChangeRequested);
    connect(page, &Page::visibleScopeChanged, this, [this, page](const QString &scope) {
        if (page == currentPage())
            announceScope(scope);
    });
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
    navigate({NavigationLocation::Kind::Home, {}, {}}, true);
}

void MainWindow::showLibrary(const QString &libraryId)
{
    navigate({NavigationLocation::Kind::Library, libraryId, {}}, true);
}

void MainWindow::openItem(const QString &itemId, ItemType type)
{
    switch (type) {
    case ItemType::Series:
        navigate({NavigationLocation::Kind::Show, itemId, {}}, true);
        return;
    case ItemType::Season:
    case ItemType::Episode: {
        const std::optional<MediaItem> item = m_context.items.item(itemId);
        if (!item)
            return;
        const QString seriesId = item->seriesId.isEmpty() ? item->parentId : item->seriesId;
        const QString seasonId = type == ItemType::Season ? item->id : item->seasonId;
        navigate({NavigationLocation::Kind::Show, seriesId, seasonId.isEmpty() ? item->parentId : seasonId}, true);
        return;
    }
    case ItemType::Movie:
    case ItemType::Other:
        break;
    }
    navigate({NavigationLocation::Kind::Movie, itemId, {}}, true);
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
    Q_EMIT overlayPageClosed(page);
}

void MainWindow::updateChromeVisibility()
{
    const bool hide = m_overlay && isFullScreen();
    if (!centralWidget())
        return;
    // Everything in the central widget besides the page stack: the sidebar and its divider.
    for (QWidget *child : centralWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_stack)
            child->setVisible(!hide);
    }
    statusBar()->setVisible(!hide);
    if (QWidget *menus = menuWidget())
        menus->setVisible(!hide);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        updateChromeVisibility();
    QMainWindow::changeEvent(event);
}

void MainWindow::goBack()
{
    if (m_overlay) {
        closeOverlayPage();
        return;
    }
    if (m_history.isEmpty())
        return;
    navigate(m_history.takeLast(), false);
}

void MainWindow::navigate(const NavigationLocation &location, bool remember)
{
    if (remember && location == m_location && currentPage())
        return;
    const NavigationLocation previous = m_location;
    const bool hadPage = currentPage() != nullptr;
    switch (location.kind) {
    case NavigationLocation::Kind::Home:
        m_sidebar->selectHome();
        setCurrentPage(m_home);
        break;
    case NavigationLocation::Kind::Library: {
        LibraryPage *page = libraryPage(location.id);
        if (!page) {
            navigate({NavigationLocation::Kind::Home, {}, {}}, remember);
            return;
        }
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
    }
    if (remember && hadPage) {
        // Remember the season the user was looking at, so Back returns to it.
        NavigationLocation from = previous;
        if (from.kind == NavigationLocation::Kind::Show && m_show->seriesId() == from.id && currentPage() != m_show)
            from.seasonId = m_show->selectedSeasonId();
        m_history.append(from);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_location = location;
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
            navigate({NavigationLocation::Kind::Home, {}, {}}, false);
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_sidebar->setLibraries(libraries);
    if (m_location.kind == NavigationLocation::Kind::Library)
        m_sidebar->selectLibrary(m_location.id);
    else if (m_location.kind == NavigationLocation::Kind::Home)
        m_sidebar->selectHome();
    m_home->reload();
    updateFooter();
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
    QList<Page *> pages{m_home, m_movie, m_show};
    for (LibraryPage *page : std::as_const(m_libraryPages))
        pages.append(page);
    bool visibleChanged = false;
    for (Page *page : std::as_const(pages)) {
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
    if (event->type() == QEvent::MouseButtonPress && static_cast<QMouseEvent *>(event)->button() == Qt::BackButton) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this) {
            goBack();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace marquee
