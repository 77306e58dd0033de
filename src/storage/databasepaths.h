// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/// Where the two database files live. The cache may be deleted at any time; the state file never.
struct DatabasePaths
{
    QString cacheFile; ///< metadata, under QStandardPaths::CacheLocation
    QString stateFile; ///< servers, user data, playback queue, settings, under AppDataLocation

    [[nodiscard]] static DatabasePaths standard();
    [[nodiscard]] static DatabasePaths inDirectory(const QString &directory);
};

} // namespace marquee
