// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appservices.h"
#include "app/commandline.h"
#include "core/usermessage.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace marquee {

class DesktopMenus;
class MergedHome;
class LibrarySearch;
class ItemDetailsCache;
class ItemDetailsSource;
class ItemReader;
class LibraryRepository;
class MainWindow;
class PlayerHost;
class RefreshActivity;
class SavedServers;
class ServerDirectory;
class SettingsRepository;
class SyncStateRepository;

/// @brief The desktop app's composition root: AppServices plus the main window, and the wires between the
/// refresh lane and the pages. Nothing else creates services; pages get what they need through constructors.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const CommandLine &options);
    ~Application() override;

    /// Opens the cache and shows the window at once, then connects to the server in the background. If the cache
    /// cannot be opened it tells the user why (a dialog) and returns false.
    bool start();
    [[nodiscard]] MainWindow *mainWindow() const { return m_window.get(); }
    [[nodiscard]] AppServices &services() { return m_services; }
    /// Plays inside the window; exists once start() succeeded.
    [[nodiscard]] PlayerHost *playerHost() const { return m_player.get(); }
    /// Edit, View and Help; exists once start() succeeded.
    [[nodiscard]] DesktopMenus *desktopMenus() const { return m_desktopMenus.get(); }

private:
    void connectToServer();
    void connectPlayback();
    void connectDownloads();
    void onConnected();
    void announceVisibleScope(const QString &scope);
    void onScopeUpdated(const QString &scope);
    void reloadPending();
    void showUploadStatus(int pending, const Error &lastError);
    void stopForDamagedState(const QString &message, const QString &details);
    void showMessage(const QString &headline, const UserMessage &message, bool isError);
    void buildMenus();
    /// The sign-in dialog, filled in with the server in use (@p serverInUse) or empty, for another server.
    void showSignIn(bool serverInUse);
    void showPlexSignIn();
    void showSyncActivity();
    void showFirstSyncProgress();

    CommandLine m_options;
    AppServices m_services;
    std::unique_ptr<ItemReader> m_items;
    std::unique_ptr<MergedHome> m_home;
    std::unique_ptr<LibrarySearch> m_search;
    std::unique_ptr<LibraryRepository> m_libraries;
    std::unique_ptr<SyncStateRepository> m_syncState;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<ServerDirectory> m_servers;
    std::unique_ptr<SavedServers> m_savedServers;
    std::unique_ptr<ItemDetailsCache> m_detailsCache;
    std::unique_ptr<ItemDetailsSource> m_details;
    std::unique_ptr<RefreshActivity> m_activity;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PlayerHost> m_player;
    std::unique_ptr<DesktopMenus> m_desktopMenus;
    QSet<QString> m_pendingReloads;
    bool m_cacheWasEmpty = false;
    QTimer m_reloadTimer;
};

} // namespace marquee
