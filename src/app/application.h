// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/clock.h"

#include <QString>
#include <memory>

namespace marquee {

class Database;
class HomeRepository;
class ItemReader;
class LibraryRepository;
class MainWindow;
class SettingsRepository;
class SyncStateRepository;

/// @brief The composition root: opens the databases, builds the repositories and the main window, and wires
/// them. Nothing else creates services; pages get what they need through their constructors.
class Application
{
public:
    /// @p dataDir empty: the standard cache and data folders.
    explicit Application(const QString &dataDir = {});
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    /// Opens the cache and shows the window. On failure it tells the user why (a dialog) and returns false;
    /// repairs the cache needed are reported in a non-blocking message.
    bool start();
    [[nodiscard]] MainWindow *mainWindow() const { return m_window.get(); }
    [[nodiscard]] const CacheConfig &cacheConfig() const { return m_config; }

private:
    QString m_dataDir;
    SystemClock m_clock;
    CacheConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ItemReader> m_items;
    std::unique_ptr<HomeRepository> m_home;
    std::unique_ptr<LibraryRepository> m_libraries;
    std::unique_ptr<SyncStateRepository> m_syncState;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace marquee
