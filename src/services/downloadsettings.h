// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace marquee {

/// One setting as a dialog or `marquee-cli` lists it: its key in the `settings` table, its default, its meaning.
struct SettingDescriptor
{
    QString key;
    QString defaultValue;
    QString meaning;
};

/// @brief The user's download settings (rows of the `settings` table), with their defaults.
struct DownloadSettings
{
    static inline const QString FolderKey = QStringLiteral("downloads/folder");
    static inline const QString ConcurrencyKey = QStringLiteral("downloads/concurrency");
    static inline const QString BandwidthKey = QStringLiteral("downloads/max-bytes-per-second");
    static inline const QString QuotaKey = QStringLiteral("downloads/max-total-bytes");

    QString folder;      ///< where new downloads go; any folder, a removable drive included
    int concurrency = 2; ///< items transferred at once
    qint64 maxBytesPerSecond = 0; ///< all transfers together; 0: no cap
    qint64 maxTotalBytes = 0;     ///< what all downloads may take on disk; 0: no quota

    /// `QStandardPaths::MoviesLocation` + "/Marquee" (the user's Videos folder).
    [[nodiscard]] static QString defaultFolder();
    /// The settings from @p values (the `settings` table); a missing or unreadable value keeps its default.
    [[nodiscard]] static DownloadSettings fromValues(const QHash<QString, QString> &values);
    /// Every key above, its default and its meaning, in the order a dialog shows them.
    [[nodiscard]] static QList<SettingDescriptor> descriptors();
};

} // namespace marquee
