// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/playerhost.h"
#include "core/logging.h"
#include "services/itemdetailscache.h"
#include "services/itemdetailssource.h"
#include "services/metadatarefreshservice.h"
#include "services/playbacksyncworker.h"
#include "services/servereventsbridge.h"
#include "services/userdataactions.h"
#include "services/refreshscope.h"
#include "storage/homerepository.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverrepository.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "ui/dialogs/firstsyncdialog.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/syncactivitydialog.h"
#include "ui/footerstatuspresenter.h"
#include "ui/mainwindow.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/refreshactivity.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace marquee {

namespace {
// A library fetch lands a batch every few tens of milliseconds; the visible page re-reads at most this often.
constexpr int ReloadCoalesceMs = 150;
} // namespace

Application::Application(const CommandLine &options)
    : m_options(options)
    , m_services(AppServices::Options{options.dataDir, false})
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &Application::reloadPending);
}

// The window goes first: its pages hold references to the repositories, which hold statements on the connection.
Application::~Application()
{
    m_player.reset();
    m_window.reset();
    m_details.reset();
    m_detailsCache.reset();
    m_settings.reset();
    m_syncState.reset();
    m_libraries.reset();
    m_home.reset();
    m_items.reset();
}

bool Application::start()
{
    const Database::OpenReport report = m_services.openStorage();
    if (!report.ok) {
        qCWarning(lcUi) << "cannot open the databases:" << report.error.toString();
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Marquee cannot start"),
                        QStringLiteral("Marquee could not open its database."), QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(report.error.toString());
        box.exec();
        return false;
    }

    const QSqlDatabase db = m_services.database().connection();
    m_items = std::make_unique<ItemReader>(db);
    m_home = std::make_unique<HomeRepository>(db);
    m_libraries = std::make_unique<LibraryRepository>(db, m_services.cacheConfig());
    m_syncState = std::make_unique<SyncStateRepository>(db);
    m_settings = std::make_unique<SettingsRepository>(db);
    m_detailsCache = std::make_unique<ItemDetailsCache>(m_services.clock());
    m_details = std::make_unique<ItemDetailsSource>(*m_items, *m_detailsCache, &m_services.broker());
    m_activity = std::make_unique<RefreshActivity>(m_services.broker());
    m_window = std::make_unique<MainWindow>(
        UiContext{*m_items, *m_details, *m_home, *m_libraries, *m_syncState, *m_settings, m_services.clock(),
                  *m_services.imageCache()});
    m_window->setRefreshActivity(m_activity.get());
    buildMenus();
    m_window->show();
    m_cacheWasEmpty = m_libraries->all().isEmpty();

    MessageBroker &broker = m_services.broker();
    connect(&broker, &MessageBroker::scopeUpdated, this, &Application::onScopeUpdated);
    connect(&broker, &MessageBroker::notice, this, [this](const QString &text) { showMessage(text, false); });
    connect(&broker, &MessageBroker::signedOut, this, [this](const Error &error) {
        showMessage(QStringLiteral("The server signed you out (%1). The cached library stays available.")
                        .arg(error.toString()),
                    true);
    });
    connect(m_window.get(), &MainWindow::visibleScopeChanged, this, &Application::announceVisibleScope);
    connect(m_window.get(), &MainWindow::visibleItemsChanged, this, [this](const QString &scope, const QStringList &ids) {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->setVisibleItems(scope, ids);
    });
    // The visible scopes always hold the library list and the page's scope (and every library, on Home).
    connect(m_window.get(), &MainWindow::refreshRequested, this, [this] {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->refreshVisibleNow();
        else
            connectToServer();
    });
    connect(&m_services, &AppServices::connected, this, &Application::onConnected);
    connect(m_services.syncWorker(), &PlaybackSyncWorker::statusChanged, this, &Application::showUploadStatus);
    connectPlayback();

    if (!report.notices.isEmpty())
        showMessage(report.notices.join(QLatin1Char('\n')), false);
    connectToServer();
    return true;
}

void Application::connectPlayback()
{
    m_player = std::make_unique<PlayerHost>(*m_window, *m_services.playback(), *m_items,
                                            m_services.database().connection(), m_services.clock());
    const double playedShare =
        SettingsRepository(m_services.database().connection()).value(QStringLiteral("playback/played-share")).toDouble();
    if (playedShare > 0.0 && playedShare <= 1.0)
        m_player->setPlayedShare(playedShare);
    connect(m_window.get(), &MainWindow::playRequested, m_player.get(), &PlayerHost::play);
    UserDataActions *actions = m_services.userDataActions();
    // Both work offline: the change is stored with the queue and reaches the server when it answers.
    connect(m_window.get(), &MainWindow::playedChangeRequested, actions,
            [actions](const QString &itemId, bool played) { actions->setPlayed(itemId, played); });
    connect(m_window.get(), &MainWindow::favoriteChangeRequested, actions,
            [actions](const QString &itemId, bool favorite) { actions->setFavorite(itemId, favorite); });
    connect(actions, &UserDataActions::failed, this, [this](const Error &error) {
        showMessage(QStringLiteral("The change could not be saved: ") + error.toString(), true);
    });
}

void Application::connectToServer()
{
    const bool haveServer = ServerRepository(m_services.database().connection()).active().has_value();
    if (m_options.demo || !haveServer) {
        // A first launch with no server shows the built-in demo library, so there is something to browse at once.
        m_services.startDemo().then(this, [this](const Result<Session> &result) {
            if (!result)
                showMessage(QStringLiteral("The demo server could not start: ") + result.error().toString(), true);
        });
        return;
    }
    m_services.restoreSession().then(this, [this](const Result<bool> &restored) {
        if (!restored)
            showMessage(QStringLiteral("Could not read the saved sign-in: ") + restored.error().toString(), true);
        else if (!restored.value())
            showMessage(QStringLiteral("You are signed out. The cached library stays available."), false);
    });
}

void Application::onConnected()
{
    if (ServerEventsBridge *bridge = m_services.eventsBridge())
        connect(bridge, &ServerEventsBridge::itemsChanged, m_details.get(), &ItemDetailsSource::invalidateItems,
                Qt::UniqueConnection);
    if (std::exchange(m_cacheWasEmpty, false))
        showFirstSyncProgress();
    announceVisibleScope(m_window->visibleScope());
}

void Application::buildMenus()
{
    QMenu *server = m_window->menuBar()->addMenu(QStringLiteral("&Server"));
    server->addAction(QStringLiteral("&Sign in to a server…"), this, &Application::showSignIn);
    server->addAction(QStringLiteral("&Refresh"), m_window.get(), [this] {
        Q_EMIT m_window->refreshRequested(m_window->visibleScope());
    });
    server->addAction(QStringLiteral("Sync &activity…"), this, &Application::showSyncActivity);
    server->addSeparator();
    server->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, m_window.get(), &QWidget::close);
}

void Application::showSignIn()
{
    auto *dialog = new SignInDialog(
        [this](const QUrl &server, const QString &user, const QString &password, const QString &certificate) {
            return m_services.signIn(server, user, password, certificate);
        },
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<ServerRecord> active = ServerRepository(m_services.database().connection()).active()) {
        dialog->setServerUrl(active->url);
        dialog->setUserName(active->userName);
    }
    dialog->open();
}

void Application::showSyncActivity()
{
    auto *dialog = new SyncActivityDialog(*m_syncState, m_services.clock(), &m_services.broker(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameSources(m_libraries.get(), m_items.get());
    dialog->setCancelFunction([this](const QString &scope) {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->cancel(scope);
    });
    dialog->setActivePredicate([this](const QString &scope) {
        const MetadataRefreshService *refresh = m_services.refreshService();
        return refresh && refresh->isActive(scope);
    });
    dialog->show();
}

void Application::showFirstSyncProgress()
{
    // It watches the library list first, then the first library once the list is in; it closes itself when that
    // library is cached, and the rest keeps coming in the background.
    auto *dialog = new FirstSyncDialog(&m_services.broker(), RefreshScope::libraries().key(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_services.broker(), &MessageBroker::refreshFinished, dialog, [this, dialog](const QString &scope) {
        if (scope != RefreshScope::libraries().key())
            return;
        const QList<Library> libraries = m_libraries->all();
        if (!libraries.isEmpty())
            dialog->setScope(RefreshScope::library(libraries.first().id).key());
    });
    connect(dialog, &FirstSyncDialog::retryRequested, this, [this](const QString &scope) {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->refreshNow(scope);
    });
    dialog->show();
}

void Application::announceVisibleScope(const QString &scope)
{
    // The library list is always on screen, in the sidebar.
    QStringList visible{RefreshScope::libraries().key()};
    if (!scope.isEmpty() && scope != visible.first())
        visible << scope;
    // Home shows the latest of every library, so each library is on screen there.
    if (scope == RefreshScope::home().key()) {
        const QList<Library> libraries = m_libraries->all();
        for (const Library &library : libraries)
            visible << RefreshScope::library(library.id).key();
    }
    if (MetadataRefreshService *refresh = m_services.refreshService())
        refresh->setVisibleScopes(visible);
}

void Application::onScopeUpdated(const QString &scope)
{
    m_pendingReloads.insert(scope);
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void Application::reloadPending()
{
    const QSet<QString> scopes = std::exchange(m_pendingReloads, {});
    m_window->reloadScopes(scopes);
    // A first sync starts from an empty sidebar: the visible scope may have changed with it.
    if (scopes.contains(RefreshScope::libraries().key()))
        announceVisibleScope(m_window->visibleScope());
}

void Application::showUploadStatus(int pending, const Error &lastError)
{
    m_window->footer()->setUploadText(FooterStatusPresenter::uploadText(pending, lastError),
                                      lastError.isError() ? lastError.toString() : QString());
}

void Application::showMessage(const QString &text, bool isError)
{
    auto *box = new QMessageBox(isError ? QMessageBox::Warning : QMessageBox::Information, QStringLiteral("Marquee"),
                                text, QMessageBox::Ok, m_window.get());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace marquee
