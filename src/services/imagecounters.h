// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace marquee {

class SettingsRepository;

/// How image loads went. A load is one image at one size that was not decoded in memory already.
struct ImageCounters
{
    qint64 diskHits = 0; ///< served from the disk store, no request
    qint64 misses = 0;   ///< not on disk: fetched from the server, or a placeholder when that failed
    qint64 failed = 0;   ///< misses that ended without an image (offline, bad data …)

    [[nodiscard]] qint64 loads() const { return diskHits + misses; }
    /// The share of loads the disk store answered, in [0, 1]; 0 before any load.
    [[nodiscard]] double hitRate() const { return loads() == 0 ? 0.0 : double(diskHits) / double(loads()); }

    /// The totals of every run so far, kept in the settings table so `marquee-cli stats` can show them.
    [[nodiscard]] static ImageCounters recorded(SettingsRepository &settings);
    /// Adds a run's counts to the recorded totals.
    static bool record(SettingsRepository &settings, const ImageCounters &run);
};

} // namespace marquee
