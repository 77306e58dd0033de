// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagecounters.h"

#include "storage/settingsrepository.h"

namespace marquee {

namespace {
const QString DiskHitsKey = QStringLiteral("images/disk-hits");
const QString MissesKey = QStringLiteral("images/misses");
const QString FailedKey = QStringLiteral("images/failed");
} // namespace

ImageCounters ImageCounters::recorded(SettingsRepository &settings)
{
    ImageCounters counters;
    counters.diskHits = settings.value(DiskHitsKey).toLongLong();
    counters.misses = settings.value(MissesKey).toLongLong();
    counters.failed = settings.value(FailedKey).toLongLong();
    return counters;
}

bool ImageCounters::record(SettingsRepository &settings, const ImageCounters &run)
{
    if (run.loads() == 0)
        return true;
    const ImageCounters total = recorded(settings);
    return settings.setValue(DiskHitsKey, QString::number(total.diskHits + run.diskHits))
        && settings.setValue(MissesKey, QString::number(total.misses + run.misses))
        && settings.setValue(FailedKey, QString::number(total.failed + run.failed));
}

} // namespace marquee
