// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appdownloads.h"

#include "backend/filedownloader.h"
#include "player/mpvmediaprobe.h"
#include "services/downloadservice.h"
#include "services/medialocator.h"
#include "services/messagebroker.h"
#include "services/playbacksyncworker.h"

namespace marquee {

namespace {
constexpr int CompareDelayMs = 2'000;
}

AppDownloads::AppDownloads(DatabaseWriter &writer, const Clock &clock, MessageBroker &broker,
                           PlaybackSyncWorker &syncWorker, QObject *parent)
    : QObject(parent)
    , m_downloader(std::make_unique<FileDownloader>())
    , m_probe(std::make_unique<MpvMediaProbe>())
    , m_service(std::make_unique<DownloadService>(
          DownloadService::Dependencies{writer, *m_downloader, *m_probe, clock}))
    , m_locator(std::make_unique<MediaLocator>(*m_service))
{
    DownloadService *service = m_service.get();
    connect(&broker, &MessageBroker::connectivityChanged, service, [service](bool online) {
        service->setOnline(online);
        if (online)
            service->checkRules();
    });
    // A played mark reached the server: the "keep the next N" rules may want the next episode now.
    connect(&syncWorker, &PlaybackSyncWorker::drainFinished, service, [service](int delivered) {
        if (delivered > 0)
            service->checkRules();
    });
    m_compareSoon.setSingleShot(true);
    m_compareSoon.setInterval(CompareDelayMs);
    connect(&m_compareSoon, &QTimer::timeout, service, &DownloadService::checkServerCopies);
    connect(&broker, &MessageBroker::refreshFinished, this, [this](const QString &, const Error &error) {
        if (!error.isError())
            m_compareSoon.start();
    });
}

AppDownloads::~AppDownloads()
{
    // The downloader's thread stops first: no transfer reports to the service after this; what is on disk stays for
    // the next run, and the service's own continuations are dropped with it.
    m_downloader.reset();
    m_locator.reset();
    m_service.reset();
}

void AppDownloads::setBackend(Backend *backend)
{
    m_service->setBackend(backend);
}

} // namespace marquee
