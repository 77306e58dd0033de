// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/plexplaystaterules.h"

#include "core/ticks.h"
#include "demoserver/playstaterules.h"

namespace marquee {

void PlexPlaystateRules::timeline(DemoUserData &data, qint64 timeMs, qint64 durationMs, qint64 whenMs)
{
    if (timeMs <= 0 || durationMs <= 0)
        return;
    if (timeMs * 100 >= durationMs * PlayedThresholdPercent) {
        // One view per play: reports past the threshold that follow the first one count nothing more.
        if (!data.played || data.playbackPositionTicks > 0)
            ++data.playCount;
        data.played = true;
        data.playbackPositionTicks = 0;
    } else {
        data.playbackPositionTicks = msToTicks(timeMs);
    }
    data.lastPlayedMs = whenMs;
}

void PlexPlaystateRules::scrobble(DemoUserData &data, qint64 nowMs)
{
    data.played = true;
    data.playCount = std::max(1, data.playCount);
    data.playbackPositionTicks = 0;
    if (data.lastPlayedMs < 0)
        data.lastPlayedMs = nowMs;
}

void PlexPlaystateRules::unscrobble(DemoUserData &data)
{
    PlaystateRules::markUnplayed(data); // what Jellyfin's mark-unplayed does too
}

void PlexPlaystateRules::progress(DemoUserData &data, qint64 timeMs, qint64 nowMs)
{
    if (timeMs <= 0)
        return;
    data.playbackPositionTicks = msToTicks(timeMs);
    data.lastPlayedMs = nowMs;
}

void PlexPlaystateRules::rate(DemoUserData &data, double rating)
{
    if (rating <= 0) {
        data.rating.reset();
        data.isFavorite = false;
        return;
    }
    data.rating = std::min(rating, 10.0);
    data.isFavorite = *data.rating >= 10.0;
}

} // namespace marquee
