// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/appdownloads.h"
#include "app/desktopmenus.h"
#include "app/damagedstatebox.h"
#include "app/playerhost.h"
#include "app/savedservers.h"
#include "app/plexsignindialog.h"
#include "core/logging.h"
#include "services/downloadservice.h"
#include "services/itemdetailscache.h"
#include "services/itemdetailssource.h"
#include "services/librarysearch.h"
#include "services/metadatarefreshservice.h"
#include "services/playbacksyncworker.h"
#include "services/servereventsbridge.h"
#include "services/serverlane.h"
#include "services/settingsstore.h"
#include "services/userdataactions.h"
#include "services/refreshscope.h"
#include "storage/mergedhome.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverrepository.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "ui/dialogs/firstsyncdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/syncactivitydialog.h"
#include "ui/footerstatuspresenter.h"
#include "ui/mainwindow.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/refreshactivity.h"

#include <QMenu>
#include <QMenuBar>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace marquee {

namespace {
// A library fetch lands a batch every few tens of milliseconds; the visible page re-reads at most this often.
constexpr int ReloadCoalesceMs = 150;
// How long a first sync may run before its progress dialog opens.
constexpr int FirstSyncDialogDelayMs = 1'500;

/// Another server's rows, as the Sync activity dialog reads them; owned by the dialog.
struct ServerReaders : QObject
{
    ServerReaders(QSqlDatabase db, const CacheConfig &config, ServerScope scope, QObject *parent)
        : QObject(parent)
        , runs(db, scope)
        , libraries(db, config, scope)
        , items(db, scope)
    {
    }

    SyncStateRepository runs;
    LibraryRepository libraries;
    ItemReader items;
};

} // namespace

Application::Application(const CommandLine &options)
    : m_options(options)
    , m_services(AppServices::Options{options.dataDir, false, {}, true})
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &Application::reloadPending);
}

// The window goes first: its pages hold references to the repositories, which hold statements on the connection.
Application::~Application()
{
    m_desktopMenus.reset();
    m_savedServers.reset();
    m_player.reset();
    m_window.reset();
    m_details.reset();
    m_detailsCache.reset();
    m_servers.reset();
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
        // A damaged state file: the message names it, the copy and the way out; SQLite's words go under Details.
        QMessageBox *box = nullptr;
        if (report.error.kind == ErrorKind::StorageCorrupt) {
            box = newDamagedStateBox(report.error.message, report.details);
            box->setAttribute(Qt::WA_DeleteOnClose);
        } else {
            box = MessageBox::create(nullptr, QMessageBox::Critical, tr("Marquee could not open its database."),
                                     UserMessage::from(report.error));
            box->setStandardButtons(QMessageBox::Close);
        }
        box->exec();
        return false;
    }

    // Before the window reads the saved servers: a demo run that did not close left its own behind.
    m_services.forgetDemoServers();
    const QSqlDatabase db = m_services.database().connection();
    m_items = std::make_unique<ItemReader>(db);
    m_home = std::make_unique<MergedHome>(db, m_services.cacheConfig());
    m_search = std::make_unique<LibrarySearch>(m_services.database());
    m_libraries = std::make_unique<LibraryRepository>(db, m_services.cacheConfig());
    m_syncState = std::make_unique<SyncStateRepository>(db);
    m_settings = std::make_unique<SettingsRepository>(db);
    m_servers = std::make_unique<ServerDirectory>(db, m_services.cacheConfig());
    m_detailsCache = std::make_unique<ItemDetailsCache>(m_services.clock());
    m_details = std::make_unique<ItemDetailsSource>(*m_items, *m_detailsCache, &m_services.broker());
    m_activity = std::make_unique<RefreshActivity>(m_services.broker());
    m_window = std::make_unique<MainWindow>(
        UiContext{*m_items, *m_details, *m_home, *m_search, *m_libraries, *m_syncState, *m_settings, m_services.clock(),
                  *m_services.imageCache(), *m_servers});
    m_window->setRefreshActivity(m_activity.get());
    connectDownloads();
    buildMenus();
    m_desktopMenus = std::make_unique<DesktopMenus>(*m_window, m_services);
    m_window->show();
    m_cacheWasEmpty = m_libraries->all().isEmpty();

    MessageBroker &broker = m_services.broker();
    connect(&broker, &MessageBroker::scopeUpdated, this, &Application::onScopeUpdated);
    connect(&broker, &MessageBroker::notice, this, [this](const QString &text) { showMessage(text, {}, false); });
    connect(&broker, &MessageBroker::signedOut, this,
            [this](const Error &error) { showMessage(tr("You were signed out."), UserMessage::from(error), true); });
    connect(m_window.get(), &MainWindow::visibleScopeChanged, this, &Application::announceVisibleScope);
    connect(m_window.get(), &MainWindow::visibleItemsChanged, this, [this](const QString &scope, const QStringList &ids) {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->setVisibleItems(scope, ids);
    });
    // The visible scopes always hold the library list and the page's scope (and every library, on Home).
    connect(m_window.get(), &MainWindow::refreshRequested, this, [this] {
        m_services.refreshOtherServersNow();
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->refreshVisibleNow();
        else
            connectToServer();
    });
    connect(&m_services, &AppServices::otherServerScopeUpdated, this, &Application::onScopeUpdated);
    connect(&m_services, &AppServices::connected, this, &Application::onConnected);
    m_savedServers = std::make_unique<SavedServers>(m_services, *m_window, *m_activity);
    connect(&m_services, &AppServices::stateDamaged, this, &Application::stopForDamagedState);
    connect(m_services.syncWorker(), &PlaybackSyncWorker::statusChanged, this, &Application::showUploadStatus);
    connectPlayback();

    if (!report.notices.isEmpty())
        showMessage(report.notices.join(QLatin1Char('\n')), {}, false);
    connectToServer();
    return true;
}

void Application::connectPlayback()
{
    m_player = std::make_unique<PlayerHost>(*m_window, *m_services.playback(), *m_items,
                                            m_services.database().connection(), m_services.clock());
    m_player->setLocalCopies(&m_services.downloads()->locator());
    SettingsStore *settings = m_services.settings();
    const QString playedShareKey = QString::fromLatin1(SettingsCatalog::PlayedShareKey);
    m_player->setPlayedShare(settings->number(playedShareKey));
    connect(settings, &SettingsStore::changed, m_player.get(), [this, settings, playedShareKey](const QString &key) {
        if (key == playedShareKey)
            m_player->setPlayedShare(settings->number(key));
    });
    connect(m_window.get(), &MainWindow::playRequested, m_player.get(), &PlayerHost::play);
    UserDataActions *actions = m_services.userDataActions();
    // Both work offline: the change is stored with the queue and reaches the server when it answers.
    connect(m_window.get(), &MainWindow::playedChangeRequested, actions,
            [actions](const QString &itemId, bool played) { actions->setPlayed(itemId, played); });
    connect(m_window.get(), &MainWindow::favoriteChangeRequested, actions,
            [actions](const QString &itemId, bool favorite) { actions->setFavorite(itemId, favorite); });
    connect(actions, &UserDataActions::failed, this, [this](const Error &error) {
        showMessage(tr("Your change could not be saved."), UserMessage::from(error), true);
    });
}

void Application::connectDownloads()
{
    // The queue starts with the window: downloads go on (or wait, offline) whether or not a server answers.
    DownloadService &downloads = m_services.downloads()->service();
    m_window->setDownloads(&downloads);
    downloads.start();
}

void Application::connectToServer()
{
    const bool haveServer = ServerRepository(m_services.database().connection()).active().has_value();
    // The refreshes start once connected, a moment from now; the window's first frame already says they are coming.
    m_activity->setConnecting(true);
    if (m_options.demo || !haveServer) {
        // A first launch with no server shows the built-in demo library, so there is something to browse at once;
        // served as a Plex server too, a second server in the sidebar to switch to.
        m_services.startDemo(AppServices::DemoFaces::JellyfinAndPlex).then(this, [this](const Result<Session> &result) {
            if (result) {
                m_window->reloadLibraries(); // the demo's servers are new since the window read the saved ones
            } else {
                m_activity->setConnecting(false);
                showMessage(tr("The demo library could not start."),
                            {tr("Marquee could not start its built-in demo server on this computer. "
                                "Restart Marquee to try again, or sign in to your own server from the "
                                "Server menu."),
                             result.error().toString()},
                            true);
            }
        });
        return;
    }
    m_services.restoreSession().then(this, [this](const Result<bool> &restored) {
        if (!restored || !restored.value())
            m_activity->setConnecting(false);
        if (!restored) {
            showMessage(tr("Your saved sign-in could not be read."),
                        {tr("Sign in again from the Server menu; the cached library stays available."),
                         restored.error().toString()},
                        true);
        } else if (!restored.value()) {
            showMessage(tr("You are signed out."),
                        {tr("Sign in from the Server menu to sync again; the cached library stays "
                            "available."),
                         {}},
                        false);
        }
    });
}

void Application::onConnected()
{
    if (ServerEventsBridge *bridge = m_services.eventsBridge())
        connect(bridge, &ServerEventsBridge::itemsChanged, m_details.get(), &ItemDetailsSource::invalidateItems,
                Qt::UniqueConnection);
    if (std::exchange(m_cacheWasEmpty, false))
        showFirstSyncProgress();
    announceVisibleScope(m_window->visibleScope()); // starts the refreshes, which take over from "connecting"
    m_activity->setConnecting(false);
}

void Application::buildMenus()
{
    QMenu *server = m_window->menuBar()->addMenu(tr("&Server"));
    // Adding one keeps the others (#14); signing in again is for the server in use, after it refused the sign-in.
    server->addAction(tr("&Add a server…"), this, [this] { showSignIn(false); });
    server->addAction(tr("&Sign in again…"), this, [this] { showSignIn(true); });
    server->addAction(tr("Sign in to &Plex…"), this, &Application::showPlexSignIn);
    server->addAction(tr("&Refresh"), m_window.get(),
                      [this] { Q_EMIT m_window->refreshRequested(m_window->visibleScope()); });
    server->addAction(tr("Sync &activity…"), this, &Application::showSyncActivity);
    server->addSeparator();
    server->addAction(tr("&Quit"), QKeySequence::Quit, m_window.get(), &QWidget::close);
    m_window->menuBar()->addMenu(m_window->historyMenu());
}

void Application::showSignIn(bool serverInUse)
{
    auto *dialog = new SignInDialog(
        [this](const QUrl &server, const QString &user, const QString &password, const QString &certificate) {
            return m_services.signIn(server, user, password, certificate);
        },
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<ServerRecord> active = ServerRepository(m_services.database().connection()).active();
    if (serverInUse && active) {
        dialog->setServerUrl(active->url);
        dialog->setUserName(active->userName);
    }
    dialog->open();
}

void Application::showPlexSignIn()
{
    auto *dialog = new PlexSignInDialog(m_services, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<ServerRecord> active = ServerRepository(m_services.database().connection()).active();
    if (active && active->kind == ServerKind::Plex)
        dialog->setServerUrl(active->url);
    dialog->open();
}

void Application::showSyncActivity()
{
    auto *dialog = new SyncActivityDialog(*m_syncState, m_services.clock(), &m_services.broker(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<SyncActivityDialog::Server> servers;
    const QSqlDatabase db = m_services.database().connection();
    for (const CachedServer &cached : ServerDirectory::cachedServers(db)) {
        if (cached.serverId.isEmpty()) {
            servers.append({cached.name, m_syncState.get(), m_libraries.get(), m_items.get(), &m_services.broker(),
                             [this](const QString &scope) {
                                 if (MetadataRefreshService *refresh = m_services.refreshService())
                                     refresh->cancel(scope);
                             },
                             [this](const QString &scope) {
                                 const MetadataRefreshService *refresh = m_services.refreshService();
                                 return refresh && refresh->isActive(scope);
                             }});
            continue;
        }
        // Another server's runs, read through its own rows; the dialog owns these readers.
        auto *readers = new ServerReaders(db, m_services.cacheConfig(), cached.scope, dialog);
        SyncActivityDialog::Server server{cached.name, &readers->runs, &readers->libraries, &readers->items, {}, {}, {}};
        if (const ServerLane *lane = m_services.laneOf(cached.serverId)) {
            // The lane goes when its server is switched to, perhaps with the dialog still open.
            QPointer<MetadataRefreshService> refresh = &lane->refresh();
            server.broker = &lane->broker();
            server.cancel = [refresh](const QString &scope) {
                if (refresh)
                    refresh->cancel(scope);
            };
            server.isActive = [refresh](const QString &scope) { return refresh && refresh->isActive(scope); };
        }
        servers.append(server);
    }
    dialog->setServers(servers);
    dialog->show();
}

void Application::showFirstSyncProgress()
{
    // It watches the library list first, then the first library once the list is in; it closes itself when that
    // library is cached, and the rest keeps coming in the background.
    auto *dialog = new FirstSyncDialog(&m_services.broker(), RefreshScope::libraries().key(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNextScope([this](const QString &finished) {
        if (finished != RefreshScope::libraries().key())
            return QString();
        const QList<Library> libraries = m_libraries->all();
        return libraries.isEmpty() ? QString() : RefreshScope::library(libraries.first().id).key();
    });
    connect(dialog, &FirstSyncDialog::retryRequested, this, [this](const QString &scope) {
        if (MetadataRefreshService *refresh = m_services.refreshService())
            refresh->refreshNow(scope);
    });
    // A quick server is done before a dialog could be read (it flashed as an unpainted box): it opens only when the
    // sync takes more than a moment, and goes quietly if it finished before.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    QTimer::singleShot(FirstSyncDialogDelayMs, dialog, &QWidget::show);
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
    // Of the other servers, the sidebar shows the library lists, and Home their rows; the Home refresh brings
    // their Latest rows, so their libraries are not listed whole in the background.
    QStringList otherServers{RefreshScope::libraries().key()};
    if (scope == RefreshScope::home().key())
        otherServers << scope;
    m_services.setOtherServersVisibleScopes(otherServers);
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

void Application::stopForDamagedState(const QString &message, const QString &details)
{
    // Nothing more can be saved: the window goes, and Marquee ends once the message is read.
    QMessageBox *box = newDamagedStateBox(message, details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, qApp, &QCoreApplication::quit);
    m_window->hide();
    box->open();
}

void Application::showUploadStatus(int pending, const Error &lastError)
{
    m_window->footer()->setUploadText(FooterStatusPresenter::uploadText(pending, lastError),
                                      FooterStatusPresenter::uploadDetails(lastError));
}

void Application::showMessage(const QString &headline, const UserMessage &message, bool isError)
{
    MessageBox::show(m_window.get(), isError ? QMessageBox::Warning : QMessageBox::Information, headline, message);
}

} // namespace marquee
