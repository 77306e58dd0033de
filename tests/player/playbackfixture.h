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

namespace marquee::test {

/// @brief What a playback goes through below the player, all real: a cache and state database in a temporary folder,
/// the demo server with a signed-in backend, and the reporter, planner and conversions over them. A test adds the
/// engine and the controller it plays with.
class PlaybackFixture
{
protected:
    PlaybackFixture() { transcodes.setBackend(&demo.backend()); }

    CacheFixture fixture;
    DemoSession demo;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    UserDataActions actions{writer, fixture.clock(), &broker};
    LivePlaybackReporter reporter{&demo.backend(), actions, fixture.clock()};
    PlaybackPlanner planner{&demo.backend()};
    TranscodeSessions transcodes{writer, fixture.clock()};
};

} // namespace marquee::test
