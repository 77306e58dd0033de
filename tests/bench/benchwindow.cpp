// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchwindow.h"

#include "app/appservices.h"

#include <QTest>

namespace marquee::bench {

BenchWindow::BenchWindow(AppServices &services)
    : m_items(services.database().connection())
    , m_home(services.database().connection(), services.cacheConfig())
    , m_search(services.database())
    , m_libraries(services.database().connection(), services.cacheConfig())
    , m_syncState(services.database().connection())
    , m_settings(services.database().connection())
    , m_detailsCache(services.clock())
    , m_details(m_items, m_detailsCache, &services.broker())
    , m_images(ImageCache::Options{services.dataDirectory() + QStringLiteral("/bench-images")}, services.clock())
    , m_servers(services.database().connection(), services.cacheConfig())
    , m_activity(services.broker())
    , m_window(UiContext{m_items, m_details, m_home, m_search, m_libraries, m_syncState, m_settings, services.clock(),
                       m_images, m_servers})
{
    m_window.setRefreshActivity(&m_activity);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadCoalesceMs);
    QObject::connect(&m_reloadTimer, &QTimer::timeout, &m_window, [this] { reloadPending(); });
    QObject::connect(&services.broker(), &MessageBroker::scopeUpdated, &m_window, [this](const QString &scope) {
        m_pending.insert(scope);
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    });
}

bool BenchWindow::show()
{
    m_window.resize(1280, 800);
    m_window.show();
    return QTest::qWaitForWindowExposed(&m_window);
}

void BenchWindow::reloadPending()
{
    m_window.reloadScopes(std::exchange(m_pending, {}));
}

} // namespace marquee::bench
