// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios 1 and 2 again with a Plex server: the same generated library served by the demo server's Plex face,
// refreshed by the same lane (MetadataRefreshService, DatabaseWriter) through a PlexBackend.
#include "benchclient.h"
#include "benchlibrary.h"
#include "scenarios.h"

#include "backend/networkthread.h"
#include "backend/plexbackend.h"
#include "core/clock.h"
#include "demoserver/demoserver.h"
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "storage/database.h"
#include "storage/databasepaths.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace marquee::bench {

namespace {

constexpr quint64 Seed = 50;

/// Refreshes @p scopes now and runs the event loop until every one has finished; the first error, empty if none.
QString refreshAll(MetadataRefreshService &service, MessageBroker &broker, const QStringList &scopes)
{
    QString error;
    QSet<QString> pending(scopes.cbegin(), scopes.cend());
    QEventLoop loop;
    const QMetaObject::Connection finished = QObject::connect(
        &broker, &MessageBroker::refreshFinished, &loop, [&](const QString &scope, const Error &result) {
            if (result.isError() && error.isEmpty())
                error = result.toString();
            pending.remove(scope);
            if (pending.isEmpty())
                loop.quit();
        });
    QTimer::singleShot(BenchClient::RefreshTimeoutMs, &loop, &QEventLoop::quit);
    for (const QString &scope : scopes)
        service.refreshNow(scope);
    if (!pending.isEmpty())
        loop.exec();
    QObject::disconnect(finished);
    return !pending.isEmpty() && error.isEmpty() ? QStringLiteral("timed out") : error;
}

void fail(BenchReport &report, const QString &why)
{
    report.add({QStringLiteral("1 full refresh, Plex"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                std::nullopt, std::nullopt, why});
}

} // namespace

void runPlexRefreshScenarios(const BenchSettings &settings, BenchReport &report)
{
    const LibrarySize size = LibrarySize::forTotal(settings.refreshItems, EpisodeShare, Seed);
    DemoServerOptions options = size.serverOptions(Seed);
    options.plexPort = 0;
    DemoServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(report, error);

    SystemClock clock;
    CacheConfig config;
    Database database(DatabasePaths::inDirectory(QDir(settings.workDirectory).filePath(QStringLiteral("plex"))), &clock);
    if (const Database::OpenReport opened = database.open(); !opened.ok)
        return fail(report, opened.error.toString());
    NetworkThread network;
    PlexBackend backend(&network, server.plexBaseUrl(), ClientIdentity::forThisDevice(QStringLiteral("bench")));
    if (!waitForFuture(backend.signInWithToken(server.plexServerToken()), 30'000) || !backend.isSignedIn())
        return fail(report, QStringLiteral("cannot sign in to the Plex face"));
    DatabaseWriter writer(database);
    MessageBroker broker;
    MetadataRefreshService service({&backend, &database, &writer, &config, &clock, settings.batchSize}, &broker);
    service.setAutomaticEvaluation(false);
    error = refreshAll(service, broker, {QStringLiteral("libraries")});
    if (!error.isEmpty())
        return fail(report, error);
    QStringList libraries;
    for (const Library &library : LibraryRepository(database.connection(), config).all())
        libraries << QStringLiteral("library:") + library.id;

    server.resetCounters();
    QElapsedTimer timer;
    timer.start();
    error = refreshAll(service, broker, libraries);
    const double fullMs = std::max<qint64>(1, timer.elapsed());
    const qint64 fullRequests = server.totalRequests();
    const qint64 fullBytes = server.bytesSent();
    if (!error.isEmpty())
        return fail(report, error);
    int cached = 0;
    for (const QString &scope : std::as_const(libraries)) {
        const QString id = scope.mid(QStringLiteral("library:").size());
        for (ItemType type : {ItemType::Movie, ItemType::Series, ItemType::Season, ItemType::Episode})
            cached += ItemReader(database.connection()).countInLibrary(id, type);
    }
    report.add({QStringLiteral("1 full refresh, Plex"), QStringLiteral("items/s"), cached / (fullMs / 1000), std::nullopt,
                {}, std::nullopt, std::nullopt,
                QStringLiteral("%1 items from the demo server's Plex face, %2 requests").arg(cached).arg(fullRequests)});

    server.resetCounters();
    timer.restart();
    error = refreshAll(service, broker, libraries);
    const double unchangedMs = double(timer.elapsed());
    if (!error.isEmpty())
        return fail(report, error);
    const QString against = QStringLiteral("the full Plex refresh");
    report.add({QStringLiteral("2 unchanged refresh, Plex"), QStringLiteral("requests"), double(server.totalRequests()),
                double(fullRequests), against, std::nullopt, std::nullopt, {}});
    report.add({QStringLiteral("2 unchanged refresh, Plex"), QStringLiteral("bytes"), double(server.bytesSent()),
                double(fullBytes), against, std::nullopt, std::nullopt, {}});
    report.add({QStringLiteral("2 unchanged refresh, Plex"), QStringLiteral("ms"), unchangedMs, fullMs, against,
                std::nullopt, std::nullopt, {}});
}

} // namespace marquee::bench
