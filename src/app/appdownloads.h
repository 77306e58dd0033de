// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace marquee {

class Backend;
class Clock;
class DatabaseWriter;
class DownloadService;
class FileDownloader;
class MediaLocator;
class MediaProbe;
class MessageBroker;
class PlaybackSyncWorker;

/**
 * @brief The download lane as the app and marquee-cli build it: the downloader's own network thread, the libmpv
 * probe, the DownloadService, the MediaLocator the player asks, and their wires: reconnects and progress syncs
 * apply the series rules, finished refreshes compare downloads with the server. The settings reach the service
 * through the SettingsApplier.
 */
class AppDownloads : public QObject
{
    Q_OBJECT

public:
    AppDownloads(DatabaseWriter &writer, const Clock &clock, MessageBroker &broker, PlaybackSyncWorker &syncWorker,
                 QObject *parent = nullptr);
    ~AppDownloads() override;

    void setBackend(Backend *backend);

    [[nodiscard]] DownloadService &service() { return *m_service; }
    [[nodiscard]] MediaLocator &locator() { return *m_locator; }

private:
    std::unique_ptr<FileDownloader> m_downloader;
    std::unique_ptr<MediaProbe> m_probe;
    std::unique_ptr<DownloadService> m_service;
    std::unique_ptr<MediaLocator> m_locator;
    QTimer m_compareSoon; ///< refreshes land in bursts: compare once after the last
};

} // namespace marquee
