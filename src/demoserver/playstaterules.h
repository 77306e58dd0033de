// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demouserdatastore.h"

#include <QJsonObject>

#include <optional>

namespace marquee {

/**
 * @brief Jellyfin's rules for how playback reports and user-data calls change a user-data row
 * (server code: SessionManager.OnPlaybackStart/Stopped, UserDataManager.UpdatePlayState,
 * BaseItem.MarkPlayed/MarkUnplayed; see shared/jellyfin/api-notes.md §4).
 *
 * Pure functions over DemoUserData, so they are unit-tested without a server.
 */
class PlaystateRules
{
public:
    static constexpr int MinResumePercent = 5;
    static constexpr int MaxResumePercent = 90;
    static constexpr int MinResumeDurationSeconds = 300;

    /// `POST /Sessions/Playing`: PlayCount++, LastPlayedDate = now (server clock), Played cleared for video.
    static void playbackStart(DemoUserData &data, qint64 nowMs);
    /// `POST /Sessions/Playing/Progress` with a position: the 5 % / 90 % / 300 s thresholds.
    static void playbackProgress(DemoUserData &data, qint64 positionTicks, qint64 runTimeTicks);
    /// `POST /Sessions/Playing/Stopped`: thresholds with a position, a full play without one,
    /// nothing at all when @p failed.
    static void playbackStopped(DemoUserData &data, std::optional<qint64> positionTicks, qint64 runTimeTicks,
                                bool failed);
    /// `POST /UserPlayedItems/{id}`: Played, position 0; PlayCount++ with a date, else at least 1.
    static void markPlayed(DemoUserData &data, std::optional<qint64> datePlayedMs, qint64 nowMs);
    /// `DELETE /UserPlayedItems/{id}`: everything about playing reset.
    static void markUnplayed(DemoUserData &data);
    /// `POST /UserItems/{id}/UserData`: copies the non-null fields verbatim; no thresholds.
    static void applyUpdate(DemoUserData &data, const QJsonObject &update);
};

} // namespace marquee
