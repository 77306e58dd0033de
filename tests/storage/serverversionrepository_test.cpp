// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverversionrepository.h"
#include "support/cachefixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

TEST(ServerVersionRepository, KeepsEachVersionOnceWithWhenItWasFirstAndLastSeen)
{
    CacheFixture fixture;
    ServerVersionRepository versions(fixture.connection());
    const ServerVersionSeen old{QStringLiteral("srv"), QStringLiteral("Home"), QStringLiteral("Jellyfin Server"),
                                QStringLiteral("10.10.7"), 0, 0};
    ServerVersionSeen upgraded = old;
    upgraded.version = QStringLiteral("10.11.0");
    ASSERT_TRUE(versions.record(old, 1000));
    ASSERT_TRUE(versions.record(old, 2000));
    ASSERT_TRUE(versions.record(upgraded, 3000));
    // A server that says nothing of itself still counts.
    ASSERT_TRUE(versions.record(ServerVersionSeen{QStringLiteral("other"), {}, {}, {}, 0, 0}, 500));

    const QList<ServerVersionSeen> seen = versions.all();
    ASSERT_EQ(seen.size(), 3);
    EXPECT_EQ(seen.at(0).version, QStringLiteral("10.11.0"));
    EXPECT_EQ(seen.at(1).version, QStringLiteral("10.10.7"));
    EXPECT_EQ(seen.at(1).firstSeenAtMs, 1000);
    EXPECT_EQ(seen.at(1).lastSeenAtMs, 2000);
    EXPECT_EQ(seen.at(2).serverId, QStringLiteral("other"));
}
