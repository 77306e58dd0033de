// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

#include "demoserver/demoserver.h"
#include "services/metadatarefreshservice.h"
#include "services/refreshscope.h"
#include "storage/cachestatsrepository.h"
#include "storage/libraryrepository.h"

#include <QSet>

namespace marquee::bench {

BenchClient::BenchClient(const QString &dataDir)
    : m_services(AppServices::Options{dataDir, true})
{
}

QString BenchClient::open()
{
    const Database::OpenReport report = m_services.openStorage();
    return report.ok ? QString() : report.error.toString();
}

QString BenchClient::connectTo(const DemoServer &server)
{
    if (const QString error = open(); !error.isEmpty())
        return error;
    const QFuture<Result<Session>> signedIn =
        m_services.signIn(server.baseUrl(), DemoServer::userName(), DemoServer::password());
    if (!waitForFuture(signedIn, 30'000))
        return QStringLiteral("the sign-in did not finish");
    const Result<Session> &session = signedIn.result();
    if (!session)
        return session.error().toString();
    // Only what the bench asks for is refreshed: nothing is visible to the service.
    m_services.refreshService()->setAutomaticEvaluation(false);
    return {};
}

QString BenchClient::refresh(const QStringList &scopeKeys, bool full)
{
    MetadataRefreshService *service = m_services.refreshService();
    if (!service)
        return QStringLiteral("not connected");
    QSet<QString> waiting(scopeKeys.cbegin(), scopeKeys.cend());
    QString firstError;
    QEventLoop loop;
    const QMetaObject::Connection finished = QObject::connect(
        &m_services.broker(), &MessageBroker::refreshFinished, &loop,
        [&](const QString &scope, const Error &error) {
            if (!waiting.remove(scope))
                return;
            if (error.isError() && firstError.isEmpty())
                firstError = scope + QStringLiteral(": ") + error.toString();
            if (waiting.isEmpty())
                loop.quit();
        });
    for (const QString &scope : scopeKeys)
        service->refreshNow(scope, full);
    QTimer::singleShot(RefreshTimeoutMs, &loop, &QEventLoop::quit);
    if (!waiting.isEmpty())
        loop.exec();
    QObject::disconnect(finished);
    if (!waiting.isEmpty())
        return QStringLiteral("the refresh did not finish in time");
    return firstError;
}

QString BenchClient::refreshEverything()
{
    const QString libraries = refresh({RefreshScope::libraries().key()});
    return libraries.isEmpty() ? refresh(libraryScopes()) : libraries;
}

QStringList BenchClient::libraryScopes()
{
    QStringList scopes;
    const QList<Library> libraries = LibraryRepository(m_services.database().connection(), m_services.cacheConfig()).all();
    for (const Library &library : libraries)
        scopes << RefreshScope::library(library.id).key();
    return scopes;
}

std::optional<Library> BenchClient::library(const QString &collectionType)
{
    const QList<Library> libraries = LibraryRepository(m_services.database().connection(), m_services.cacheConfig()).all();
    for (const Library &library : libraries) {
        if (library.collectionType == collectionType)
            return library;
    }
    return std::nullopt;
}

int BenchClient::cachedItemCount()
{
    int count = 0;
    const QList<QPair<QString, int>> byType = CacheStatsRepository(m_services.database().connection()).itemCountsByType();
    for (const auto &[type, n] : byType)
        count += n;
    return count;
}

} // namespace marquee::bench
