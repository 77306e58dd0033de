// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/settingsapplier.h"

#include "core/cacheconfig.h"
#include "services/downloadservice.h"
#include "services/downloadsettings.h"
#include "services/imagecache.h"
#include "services/metadatarefreshservice.h"
#include "services/settingsstore.h"

namespace marquee {

SettingsApplier::SettingsApplier(SettingsStore &settings, CacheConfig &config, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_config(config)
{
    // Every setting is a cheap read of a small table: applying them all keeps one path for start and change.
    connect(&m_settings, &SettingsStore::changed, this, &SettingsApplier::applyAll);
    m_config.applyOverrides(m_settings.rows());
}

void SettingsApplier::setImageCache(ImageCache *images)
{
    m_images = images;
    applyToImages();
}

void SettingsApplier::setRefreshService(MetadataRefreshService *refresh)
{
    m_refresh = refresh;
    applyToRefresh();
}

void SettingsApplier::setDownloadService(DownloadService *downloads)
{
    m_downloads = downloads;
    applyToDownloads();
}

void SettingsApplier::applyAll()
{
    m_config.applyOverrides(m_settings.rows());
    applyToImages();
    applyToRefresh();
    applyToDownloads();
    // A shorter TTL may have made what is on screen stale: look now rather than at the next tick.
    if (m_refresh)
        m_refresh->evaluate();
}

void SettingsApplier::applyToImages()
{
    if (!m_images)
        return;
    m_images->setLimits(qint64(m_settings.number(QString::fromLatin1(SettingsCatalog::ImageDiskBytesKey))),
                        qint64(m_settings.number(QString::fromLatin1(SettingsCatalog::ImageMemoryBytesKey))),
                        m_config.ttl(ContentKind::Images).count());
}

void SettingsApplier::applyToRefresh()
{
    if (!m_refresh)
        return;
    m_refresh->setBatchSize(int(m_settings.number(QString::fromLatin1(SettingsCatalog::BatchSizeKey))));
    m_refresh->setMaxConcurrentJobs(int(m_settings.number(QString::fromLatin1(SettingsCatalog::ConcurrencyKey))));
}

void SettingsApplier::applyToDownloads()
{
    if (m_downloads)
        m_downloads->applySettings(DownloadSettings::fromValues(m_settings.rows()));
}

} // namespace marquee
