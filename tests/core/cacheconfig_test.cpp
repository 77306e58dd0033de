// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cacheconfig.h"

#include <gtest/gtest.h>

using namespace marquee;
using namespace std::chrono_literals;

TEST(CacheConfig, DefaultsMatchTheDesign)
{
    const CacheConfig config;
    EXPECT_EQ(config.ttl(ContentKind::Libraries), 1h);
    EXPECT_EQ(config.ttl(ContentKind::Movies), 4h);
    EXPECT_EQ(config.ttl(ContentKind::Shows), 4h);
    EXPECT_EQ(config.ttl(ContentKind::Seasons), 4h);
    EXPECT_EQ(config.ttl(ContentKind::Episodes), 12h);
    EXPECT_EQ(config.ttl(ContentKind::FullMetadata), 24h);
    EXPECT_EQ(config.ttl(ContentKind::Images), 24h * 30);
}

TEST(CacheConfig, JitterStaysWithinTenPercentAtBothEnds)
{
    CacheConfig config;
    const qint64 now = 1'000'000;
    const qint64 ttl = std::chrono::milliseconds(4h).count();

    config.setRandomSource([] { return 0.0; });
    EXPECT_EQ(config.expiresAt(ContentKind::Movies, now), now + ttl * 9 / 10);
    config.setRandomSource([] { return 0.999999999; });
    EXPECT_NEAR(double(config.expiresAt(ContentKind::Movies, now)), double(now + ttl * 11 / 10), 100.0);
    config.setRandomSource([] { return 0.5; });
    EXPECT_EQ(config.expiresAt(ContentKind::Movies, now), now + ttl);
}

TEST(CacheConfig, RealJitterSpreadsExpiriesInsideTheBounds)
{
    const CacheConfig config;
    const qint64 ttl = std::chrono::milliseconds(12h).count();
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (int i = 0; i < 5000; ++i) {
        const qint64 expiry = config.expiresAt(ContentKind::Episodes, 0);
        lowest = std::min(lowest, expiry);
        highest = std::max(highest, expiry);
    }
    EXPECT_GE(lowest, ttl * 9 / 10);
    EXPECT_LE(highest, ttl * 11 / 10);
    // Rows written together must not expire together: 5,000 draws span most of the ±10 % band.
    EXPECT_GT(highest - lowest, ttl / 10);
}

TEST(CacheConfig, UserSettingsOverrideTtlsAndIgnoreGarbage)
{
    CacheConfig config;
    config.applyOverrides({{QStringLiteral("ttl/movies"), QStringLiteral("600")},
                           {QStringLiteral("ttl/episodes"), QStringLiteral("soon")},
                           {QStringLiteral("ttl/shows"), QStringLiteral("-5")},
                           {QStringLiteral("ttl/jitter-percent"), QStringLiteral("0")}});
    EXPECT_EQ(config.ttl(ContentKind::Movies), 600s);
    EXPECT_EQ(config.ttl(ContentKind::Episodes), 12h);
    EXPECT_EQ(config.ttl(ContentKind::Shows), 4h);
    EXPECT_EQ(config.expiresAt(ContentKind::Movies, 0), 600'000);
}
