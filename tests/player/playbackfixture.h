// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/databasewriter.h"
#include "services/liveplaybackreporter.h"
#include "services/messagebroker.h"
#include "services/playbackplanner.h"
#include "services/transcodesessions.h"
#include "services/userdataactions.h"
#include "support/cachefixture.h"
#include "support/demosession.h"
#include "support/plexdemosession.h"

namespace marquee::test {

/// @brief What a playback goes through below the player, all real: a cache and state database in a temporary folder,
/// the demo server with a signed-in backend (of @p ServerSession's kind: the Jellyfin face by default, the Plex face
/// with PlexDemoSession), and the reporter, planner and conversions over them. A test adds the engine and the
/// controller it plays with.
template <typename ServerSession>
class PlaybackFixtureOf
{
protected:
    PlaybackFixtureOf() { transcodes.setBackend(&demo.backend()); }

    CacheFixture fixture;
    ServerSession demo;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    UserDataActions actions{writer, fixture.clock(), &broker};
    LivePlaybackReporter reporter{&demo.backend(), actions, fixture.clock()};
    PlaybackPlanner planner{&demo.backend()};
    TranscodeSessions transcodes{writer, fixture.clock()};
};

using PlaybackFixture = PlaybackFixtureOf<DemoSession>;

} // namespace marquee::test
