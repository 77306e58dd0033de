// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario 7, downloads: one large file from the demo server's /Items/{id}/Download through the whole download lane
// (PlaybackInfo, the FileDownloader's thread, the disk, the libmpv check, the rename), against curl fetching the
// same file from the same server over loopback in the same run; and the resident memory while it downloads.
#include "benchclient.h"
#include "samples.h"
#include "scenarios.h"

#include "app/appdownloads.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "services/downloadservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace marquee::bench {

namespace {

const QString Scenario = QStringLiteral("7 download");
constexpr double MiB = 1024.0 * 1024.0;

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// curl's wall time for the whole file into @p path, in ms; nullopt (and @p error) when it failed.
std::optional<double> curlFetch(DemoServer &server, const QString &itemId, const QString &path, qint64 size,
                                QString *error)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        *error = QStringLiteral("curl is not installed (packaging/dev.sh installs it)");
        return std::nullopt;
    }
    QFile::remove(path);
    const QString authorization = QStringLiteral("Authorization: MediaBrowser Client=\"marquee-bench\", Device=\"bench\", "
                                                 "DeviceId=\"bench\", Version=\"1\", Token=\"%1\"")
                                      .arg(server.createAccessToken());
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, {QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-o"), path, QStringLiteral("-H"),
                         authorization,
                         server.baseUrl().toString() + QStringLiteral("/Items/%1/Download").arg(itemId)});
    if (!process.waitForFinished(30 * 60'000) || process.exitCode() != 0 || QFileInfo(path).size() != size) {
        *error = QStringLiteral("curl failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    const double ms = msSince(timer);
    QFile::remove(path);
    return ms;
}

} // namespace

void runDownloadScenario(const BenchSettings &settings, BenchReport &report)
{
    DemoServerOptions options;
    options.movies = 4;
    options.series = 0;
    DemoServer server(options);
    QString error;
    if (!server.start(&error))
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    const QString movie = server.itemIds(DemoItemKind::Movie).first();
    const qint64 size = settings.downloadBytes;
    if (!server.replaceMediaFile(movie, size))
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, QStringLiteral("no file of that size")});

    const QDir work(settings.workDirectory);
    const QString curlFile = work.filePath(QStringLiteral("curl-download.mp4"));
    const std::optional<double> curlBefore = curlFetch(server, movie, curlFile, size, &error);
    if (!curlBefore)
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});

    BenchClient client(work.filePath(QStringLiteral("downloads-client")));
    error = client.connectTo(server);
    if (!error.isEmpty())
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, error});
    DownloadService &service = client.services().downloads()->service();
    DownloadSettings downloadSettings;
    downloadSettings.folder = work.filePath(QStringLiteral("downloads"));
    service.applySettings(downloadSettings);
    if (!waitForFuture(service.start(), 60'000))
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, QStringLiteral("the queue did not start")});

    const double residentBefore = residentMiB();
    double residentPeak = residentBefore;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { residentPeak = std::max(residentPeak, residentMiB()); });
    sampler.start(20);
    QElapsedTimer timer;
    timer.start();
    const QFuture<Result<QList<DownloadJob>>> queued = service.download({movie});
    if (!waitForFuture(queued, 60'000) || !queued.result())
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {}, QStringLiteral("not queued")});
    const qint64 id = queued.result().value().value(0).id;
    QEventLoop loop;
    const auto check = [&] {
        const std::optional<DownloadJob> job = service.job(id);
        if (!job || job->state == DownloadState::Ready || job->state == DownloadState::Failed
            || job->state == DownloadState::Waiting)
            loop.quit();
    };
    QObject::connect(&service, &DownloadService::jobChanged, &loop, check);
    QTimer::singleShot(30 * 60'000, &loop, &QEventLoop::quit);
    check();
    loop.exec();
    const double marqueeMs = msSince(timer);
    sampler.stop();
    const std::optional<DownloadJob> job = service.job(id);
    if (!job || job->state != DownloadState::Ready)
        return report.add({Scenario, QStringLiteral("failed"), {}, {}, {}, {}, {},
                           job ? job->lastError : QStringLiteral("the job is gone")});
    const QString file = job->filePath();
    const bool sizeRight = QFileInfo(file).size() == size;
    service.remove(id);

    // curl again after Marquee: the better of its two runs is the baseline, so a warm cache never favours Marquee.
    const std::optional<double> curlAfter = curlFetch(server, movie, curlFile, size, &error);
    const double curlMs = std::min(*curlBefore, curlAfter.value_or(*curlBefore));
    const double sizeMiB = double(size) / MiB;
    report.add({Scenario, QStringLiteral("MiB/s, queued to verified"), sizeMiB / (marqueeMs / 1000),
                sizeMiB / (curlMs / 1000), QStringLiteral("curl, same file, same server"), std::nullopt, atLeast(0.9),
                QStringLiteral("%1 MiB file%2").arg(sizeMiB, 0, 'f', 0).arg(sizeRight ? QString() : QStringLiteral(", WRONG SIZE"))});
    report.add({Scenario, QStringLiteral("resident memory growth while downloading, MiB"), residentPeak - residentBefore,
                std::nullopt, {}, atMost(64), std::nullopt,
                QStringLiteral("VmRSS sampled every 20 ms, from %1 MiB").arg(residentBefore, 0, 'f', 0)});
}

} // namespace marquee::bench
