// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appservices.h"
#include "core/library.h"

#include <QFutureWatcher>
#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace marquee {
class DemoServer;
}

namespace marquee::bench {

/// Runs the event loop until @p future finishes; false when @p timeoutMs passed first.
template <typename T>
bool waitForFuture(const QFuture<T> &future, int timeoutMs)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
    return future.isFinished();
}

/**
 * @brief Marquee's own client stack (AppServices: cache, backend, refresh service) in a data folder, signed in to
 * a demo server, as the desktop app composes it. Refreshes go through the real MetadataRefreshService.
 */
class BenchClient
{
public:
    static constexpr int RefreshTimeoutMs = 15 * 60'000;

    explicit BenchClient(const QString &dataDir);

    /// Opens the cache only, as the app does before it connects; empty on success, else why not.
    QString open();
    /// Opens the cache and signs in (the token goes to a file in the data folder); empty on success, else why not.
    QString connectTo(const DemoServer &server);
    /// Asks for each scope now and waits until every one has finished; empty on success, else the first error.
    QString refresh(const QStringList &scopeKeys, bool full = false);
    /// The library list, then every library: a first sync. Empty on success.
    QString refreshEverything();
    [[nodiscard]] QStringList libraryScopes();
    [[nodiscard]] std::optional<Library> library(const QString &collectionType);
    [[nodiscard]] int cachedItemCount();
    [[nodiscard]] AppServices &services() { return m_services; }

private:
    AppServices m_services;
};

} // namespace marquee::bench
