// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demouserdatastore.h"

namespace marquee {

/**
 * @brief How the Plex face's play-state calls change a user-data row (shared/plex/api-notes.md §9, §10): the
 * server, not the client, decides "watched", at PlayedThresholdPercent of the duration. Pure functions.
 */
class PlexPlaystateRules
{
public:
    /// `LibraryVideoPlayedThreshold`'s default.
    static constexpr int PlayedThresholdPercent = 90;

    /// A timeline report at @p timeMs of @p durationMs that happened at @p whenMs: past the threshold the item is
    /// played (one more view, the resume point cleared); below it the position is the resume point. A time of 0
    /// clears nothing. The caller refuses a time past the duration.
    static void timeline(DemoUserData &data, qint64 timeMs, qint64 durationMs, qint64 whenMs);
    /// `/:/scrobble`: played, resume point cleared, at least one view; no history date moves if one exists.
    static void scrobble(DemoUserData &data, qint64 nowMs);
    /// `/:/unscrobble`: unplayed, no views, no resume point.
    static void unscrobble(DemoUserData &data);
    /// `/:/progress`: the resume point, verbatim (0 clears nothing).
    static void progress(DemoUserData &data, qint64 timeMs, qint64 nowMs);
    /// `/:/rate`: 0 clears the rating; 10 (five stars) is what the Jellyfin face calls a favourite.
    static void rate(DemoUserData &data, double rating);
};

} // namespace marquee
