// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/itemdetailscache.h"
#include "services/imagecache.h"
#include "services/itemdetailssource.h"
#include "storage/mergedhome.h"
#include "services/librarysearch.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverdirectory.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "ui/mainwindow.h"
#include "ui/refreshactivity.h"

#include <QSet>
#include <QTimer>

namespace marquee {
class AppServices;
}

namespace marquee::bench {

/**
 * @brief The desktop app's main window over a BenchClient's cache, wired to the refresh lane the way Application
 * wires it: pages re-read what a refresh wrote, coalesced, and the footer follows the refresh activity.
 */
class BenchWindow
{
public:
    /// Application's coalescing interval (src/app/application.cpp).
    static constexpr int ReloadCoalesceMs = 150;

    explicit BenchWindow(AppServices &services);

    [[nodiscard]] MainWindow &window() { return m_window; }
    /// Shows the window at 1280×800 and waits until it is on screen; false if it never was.
    bool show();

private:
    void reloadPending();

    ItemReader m_items;
    MergedHome m_home;
    LibrarySearch m_search;
    LibraryRepository m_libraries;
    SyncStateRepository m_syncState;
    SettingsRepository m_settings;
    ItemDetailsCache m_detailsCache;
    ItemDetailsSource m_details;
    // Without a server: the refresh figures count the refresh's own requests, not poster downloads.
    ImageCache m_images;
    ServerDirectory m_servers;
    RefreshActivity m_activity;
    MainWindow m_window;
    QSet<QString> m_pending;
    QTimer m_reloadTimer;
};

} // namespace marquee::bench
