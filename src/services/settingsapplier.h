// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace marquee {

class CacheConfig;
class DownloadService;
class ImageCache;
class MetadataRefreshService;
class SettingsStore;

/**
 * @brief Puts the user's settings into the services that use them: at once, and again whenever one changes, so
 * nothing waits for a restart.
 *
 * TTLs and jitter go into the CacheConfig the refresh lane reads; cache sizes and the images TTL into the
 * ImageCache; batch size and concurrency into the MetadataRefreshService; the download folder, items at once,
 * bandwidth cap and size quota into the DownloadService. Services that appear later (the refresh service exists
 * only once a server is connected) get the settings when they are handed over.
 */
class SettingsApplier : public QObject
{
    Q_OBJECT

public:
    SettingsApplier(SettingsStore &settings, CacheConfig &config, QObject *parent = nullptr);

    void setImageCache(ImageCache *images);
    void setRefreshService(MetadataRefreshService *refresh);
    void setDownloadService(DownloadService *downloads);
    /// Reads every setting again and applies it (what changed() triggers).
    void applyAll();

private:
    void applyToImages();
    void applyToRefresh();
    void applyToDownloads();

    SettingsStore &m_settings;
    CacheConfig &m_config;
    QPointer<ImageCache> m_images;
    QPointer<MetadataRefreshService> m_refresh;
    QPointer<DownloadService> m_downloads;
};

} // namespace marquee
