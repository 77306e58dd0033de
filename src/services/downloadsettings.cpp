// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloadsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace marquee {

QString DownloadSettings::defaultFolder()
{
    QString videos = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (videos.isEmpty())
        videos = QDir::home().filePath(QStringLiteral("Videos"));
    return QDir(videos).filePath(QStringLiteral("Marquee"));
}

DownloadSettings DownloadSettings::fromValues(const QHash<QString, QString> &values)
{
    DownloadSettings settings;
    settings.folder = values.value(FolderKey).trimmed();
    if (settings.folder.isEmpty())
        settings.folder = defaultFolder();
    bool ok = false;
    const int concurrency = values.value(ConcurrencyKey).toInt(&ok);
    if (ok && concurrency > 0)
        settings.concurrency = std::min(concurrency, 8);
    const qint64 bandwidth = values.value(BandwidthKey).toLongLong(&ok);
    if (ok && bandwidth > 0)
        settings.maxBytesPerSecond = bandwidth;
    const qint64 quota = values.value(QuotaKey).toLongLong(&ok);
    if (ok && quota > 0)
        settings.maxTotalBytes = quota;
    return settings;
}

QList<SettingDescriptor> DownloadSettings::descriptors()
{
    return {
        {FolderKey, defaultFolder(), QStringLiteral("Folder for downloaded movies and episodes (any folder, a removable "
                                                    "drive included)")},
        {ConcurrencyKey, QStringLiteral("2"), QStringLiteral("Items downloaded at once")},
        {BandwidthKey, QStringLiteral("0"), QStringLiteral("Download speed limit in bytes per second for all downloads "
                                                           "together; 0: no limit")},
        {QuotaKey, QStringLiteral("0"), QStringLiteral("Most disk space all downloads may take, in bytes; 0: no limit")},
    };
}

} // namespace marquee
