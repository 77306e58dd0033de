// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloadsettings.h"

#include "core/settingscatalog.h"

namespace marquee {

namespace {

/// @p key's stored text when the catalog takes it, else its default.
QString valid(const QHash<QString, QString> &values, const char *key)
{
    const SettingDescriptor *setting = SettingsCatalog::find(QString::fromLatin1(key));
    Q_ASSERT(setting);
    const auto stored = values.constFind(setting->key);
    if (stored == values.cend())
        return setting->defaultValue;
    const SettingsCatalog::Checked checked = SettingsCatalog::validate(*setting, *stored);
    return checked.ok() ? checked.stored : setting->defaultValue;
}

} // namespace

DownloadSettings DownloadSettings::fromValues(const QHash<QString, QString> &values)
{
    DownloadSettings settings;
    settings.folder = valid(values, SettingsCatalog::DownloadFolderKey);
    settings.concurrency = valid(values, SettingsCatalog::DownloadConcurrencyKey).toInt();
    settings.maxBytesPerSecond = valid(values, SettingsCatalog::DownloadBandwidthKey).toLongLong();
    settings.maxTotalBytes = valid(values, SettingsCatalog::DownloadQuotaKey).toLongLong();
    return settings;
}

} // namespace marquee
