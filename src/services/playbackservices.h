// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/liveplaybackreporter.h"
#include "services/playbackplanner.h"
#include "services/transcodesessions.h"

namespace marquee {

class Backend;
class Clock;
class DatabaseWriter;
class UserDataActions;

/// @brief What playback needs of the server and of the state database, in one place: the live reporter, the planner
/// (the server's decision of how to play) and the conversions to stop. Built once storage is open; each new server
/// is handed to all three at once.
class PlaybackServices
{
public:
    PlaybackServices(UserDataActions &actions, DatabaseWriter &writer, const Clock &clock);

    void setBackend(Backend *backend);
    /// A server is connected: conversions an earlier run left on it are stopped.
    void onConnected();

    [[nodiscard]] LivePlaybackReporter &reporter() { return m_reporter; }
    [[nodiscard]] PlaybackPlanner &planner() { return m_planner; }
    [[nodiscard]] TranscodeSessions &transcodes() { return m_transcodes; }
    /// For the small writes of playback (remembered languages, a default quality).
    [[nodiscard]] DatabaseWriter &writer() { return m_writer; }

private:
    DatabaseWriter &m_writer;
    LivePlaybackReporter m_reporter;
    PlaybackPlanner m_planner;
    TranscodeSessions m_transcodes;
};

} // namespace marquee
