// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario 5's playback queue: positions recorded while offline, then drained by the real PlaybackSyncWorker
// against the demo server; the baseline sends the same user-data requests back to back from a bare
// QNetworkAccessManager, which is the practical limit of one-at-a-time delivery over loopback.
#include "benchclient.h"
#include "benchlibrary.h"
#include "samples.h"
#include "scenarios.h"

#include "core/playbackevent.h"
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "services/playbacksyncworker.h"
#include "storage/playbackqueuerepository.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace marquee::bench {

namespace {

constexpr quint64 Seed = 7;
const QString Scenario = QStringLiteral("5 playback queue drain");

QByteArray userDataBody(qint64 positionTicks, qint64 atMs)
{
    const QJsonObject body{
        {QStringLiteral("PlaybackPositionTicks"), positionTicks},
        {QStringLiteral("LastPlayedDate"),
         QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// The same requests the worker sends, one after the other; how many the server accepted, and the time taken.
std::pair<int, double> sendBareRequests(DemoServer &server, const QStringList &itemIds, qint64 atMs)
{
    QNetworkAccessManager network;
    const QByteArray authorization = "MediaBrowser Client=\"marquee-bench\", Device=\"bench\", DeviceId=\"bench\", "
                                     "Version=\"1\", Token=\""
                                     + server.createAccessToken().toLatin1() + '"';
    int accepted = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < itemIds.size(); ++i) {
        QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/UserItems/%1/UserData?userId=%2")
                                                                      .arg(itemIds.at(i), server.userId())));
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(request, userDataBody(qint64(i + 1) * TicksPerSecond, atMs));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        accepted += reply->error() == QNetworkReply::NoError ? 1 : 0;
        delete reply;
    }
    return {accepted, msSince(timer)};
}

} // namespace

void runPlaybackQueueScenario(const BenchSettings &settings, BenchReport &report)
{
    const int events = settings.queueEvents;
    // Enough distinct items that every event is its own pending row (one pending position per item).
    const LibrarySize size = LibrarySize::forTotal(events * 3, EpisodeShare, Seed);
    DemoServer server(size.serverOptions(Seed));
    QString error;
    if (!server.start(&error))
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    BenchClient client(QDir(settings.workDirectory).filePath(QStringLiteral("queue")));
    error = client.connectTo(server);
    if (!error.isEmpty())
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    PlaybackSyncWorker *worker = client.services().syncWorker();
    worker->setAutomaticRetry(false);

    QStringList itemIds = server.itemIds(DemoItemKind::Episode) + server.itemIds(DemoItemKind::Movie);
    itemIds = itemIds.mid(0, events);
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    PlaybackQueueRepository queue(client.services().database().connection());
    for (int i = 0; i < itemIds.size(); ++i) {
        PlaybackEvent event;
        event.serverId = server.serverId();
        event.itemId = itemIds.at(i);
        event.kind = PlaybackEventKind::Progress;
        event.positionTicks = qint64(i + 1) * TicksPerSecond;
        event.occurredAtMs = atMs;
        if (const Result<qint64> recorded = queue.record(event); !recorded)
            return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, recorded.error().toString()});
    }

    server.resetCounters();
    QEventLoop loop;
    QObject::connect(worker, &PlaybackSyncWorker::drainFinished, &loop, [&](int, const Error &drainError) {
        if (drainError.isError() || queue.pendingCount(server.serverId()) == 0)
            loop.quit();
        else
            worker->drainSoon();
    });
    QTimer::singleShot(10 * 60'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    // As UserDataActions does after a change: something was queued (drainNow() skips a queue it counted empty).
    worker->drainSoon();
    loop.exec();
    const double drainMs = msSince(timer);
    const int left = queue.pendingCount(server.serverId());
    const qint64 requests = server.totalRequests();
    if (left != 0)
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {},
                           QStringLiteral("%1 changes still queued: %2").arg(left).arg(worker->lastError().toString())});

    const auto [accepted, bareMs] = sendBareRequests(server, itemIds, atMs);
    report.add({Scenario, QStringLiteral("changes/s"), itemIds.size() / (drainMs / 1000), accepted / (bareMs / 1000),
                QStringLiteral("bare HTTP requests, one at a time"), std::nullopt, std::nullopt,
                QStringLiteral("%1 changes, %2 requests, 0 left queued").arg(itemIds.size()).arg(requests)});
}

} // namespace marquee::bench
