// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace marquee {

/// @brief The user's download settings (rows of the `settings` table, described in the SettingsCatalog), read into
/// values.
struct DownloadSettings
{
    QString folder;      ///< where new downloads go; any folder, a removable drive included
    int concurrency = 2; ///< items transferred at once
    qint64 maxBytesPerSecond = 0; ///< all transfers together; 0: no cap
    qint64 maxTotalBytes = 0;     ///< what all downloads may take on disk; 0: no quota

    /// The settings from @p values (the `settings` table): each one as the catalog checks it, its default when it is
    /// missing or refused.
    [[nodiscard]] static DownloadSettings fromValues(const QHash<QString, QString> &values);
};

} // namespace marquee
