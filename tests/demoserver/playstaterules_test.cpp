// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticks.h"
#include "demoserver/demoauth.h"
#include "demoserver/demoformat.h"
#include "demoserver/playstaterules.h"
#include "demoserver/queryparams.h"
#include "demoserver/rangerequest.h"

#include <QJsonObject>
#include <QUrl>

#include <gtest/gtest.h>

using namespace marquee;

namespace {
constexpr qint64 Runtime = 100 * 60 * TicksPerSecond; // 100 minutes
}

TEST(PlaystateRules, StartBumpsPlayCountSetsLastPlayedAndClearsPlayed)
{
    DemoUserData d;
    d.played = true;
    d.playCount = 2;
    PlaystateRules::playbackStart(d, 1'700'000'000'000);
    EXPECT_EQ(d.playCount, 3);
    EXPECT_EQ(d.lastPlayedMs, 1'700'000'000'000);
    EXPECT_FALSE(d.played);
}

TEST(PlaystateRules, ProgressThresholds)
{
    DemoUserData d;
    PlaystateRules::playbackProgress(d, Runtime * 3 / 100, Runtime); // 3 %: not worth resuming
    EXPECT_EQ(d.playbackPositionTicks, 0);
    EXPECT_FALSE(d.played);
    PlaystateRules::playbackProgress(d, Runtime / 2, Runtime);
    EXPECT_EQ(d.playbackPositionTicks, Runtime / 2);
    EXPECT_FALSE(d.played);
    PlaystateRules::playbackProgress(d, Runtime * 95 / 100, Runtime); // 95 %: done
    EXPECT_EQ(d.playbackPositionTicks, 0);
    EXPECT_TRUE(d.played);
}

TEST(PlaystateRules, ShortItemsCountAsPlayed)
{
    DemoUserData d;
    PlaystateRules::playbackProgress(d, 120 * TicksPerSecond, 240 * TicksPerSecond); // 4-minute item
    EXPECT_TRUE(d.played);
    EXPECT_EQ(d.playbackPositionTicks, 0);
}

TEST(PlaystateRules, StopWithoutPositionIsAFullPlayAndFailedSavesNothing)
{
    DemoUserData d;
    PlaystateRules::playbackStopped(d, std::nullopt, Runtime, false);
    EXPECT_TRUE(d.played);
    EXPECT_EQ(d.playCount, 1);
    DemoUserData e;
    e.playbackPositionTicks = 42;
    PlaystateRules::playbackStopped(e, Runtime / 2, Runtime, true);
    EXPECT_EQ(e.playbackPositionTicks, 42);
}

TEST(PlaystateRules, MarkPlayedAndUnplayed)
{
    DemoUserData d;
    d.playbackPositionTicks = 5000;
    PlaystateRules::markPlayed(d, std::nullopt, 1000);
    EXPECT_TRUE(d.played);
    EXPECT_EQ(d.playCount, 1);
    EXPECT_EQ(d.playbackPositionTicks, 0);
    EXPECT_EQ(d.lastPlayedMs, 1000);
    PlaystateRules::markPlayed(d, std::nullopt, 2000); // no date: at least one, no bump
    EXPECT_EQ(d.playCount, 1);
    EXPECT_EQ(d.lastPlayedMs, 1000);
    PlaystateRules::markPlayed(d, 3000, 4000); // with a date: bump and take the date
    EXPECT_EQ(d.playCount, 2);
    EXPECT_EQ(d.lastPlayedMs, 3000);
    PlaystateRules::markUnplayed(d);
    EXPECT_FALSE(d.played);
    EXPECT_EQ(d.playCount, 0);
    EXPECT_EQ(d.lastPlayedMs, -1);
}

TEST(PlaystateRules, UserDataUpdateCopiesNonNullFieldsVerbatim)
{
    DemoUserData d;
    d.isFavorite = true;
    PlaystateRules::applyUpdate(d, QJsonObject{{QStringLiteral("playbackPositionTicks"), double(Runtime * 99 / 100)},
                                               {QStringLiteral("Played"), true},
                                               {QStringLiteral("IsFavorite"), QJsonValue::Null},
                                               {QStringLiteral("LastPlayedDate"), QStringLiteral("2024-05-01T12:00:00.1234567Z")}});
    EXPECT_EQ(d.playbackPositionTicks, Runtime * 99 / 100); // no thresholds here
    EXPECT_TRUE(d.played);
    EXPECT_TRUE(d.isFavorite); // null leaves it alone
    EXPECT_EQ(DemoFormat::formatDate(d.lastPlayedMs), QStringLiteral("2024-05-01T12:00:00.1230000Z"));
    EXPECT_EQ(d.playCount, 0);
}

TEST(RangeRequest, ParsesSingleRanges)
{
    auto r = RangeRequest::parse("bytes=100-199", 1000);
    EXPECT_EQ(r.kind, RangeRequest::Kind::Partial);
    EXPECT_EQ(r.first, 100);
    EXPECT_EQ(r.length(), 100);
    EXPECT_EQ(r.contentRange(1000), QByteArray("bytes 100-199/1000"));
    r = RangeRequest::parse("bytes=900-", 1000);
    EXPECT_EQ(r.last, 999);
    r = RangeRequest::parse("bytes=-10", 1000);
    EXPECT_EQ(r.first, 990);
    r = RangeRequest::parse("bytes=500-5000", 1000);
    EXPECT_EQ(r.last, 999);
    EXPECT_EQ(RangeRequest::parse("bytes=1000-", 1000).kind, RangeRequest::Kind::Unsatisfiable);
    EXPECT_EQ(RangeRequest::parse("bytes=0-1,5-6", 1000).kind, RangeRequest::Kind::Whole);
    EXPECT_EQ(RangeRequest::parse("items=0-1", 1000).kind, RangeRequest::Kind::Whole);
    EXPECT_EQ(RangeRequest::parse("", 1000).kind, RangeRequest::Kind::Whole);
}

TEST(QueryParams, NamesMatchCaseInsensitivelyAndPlusIsSpace)
{
    const QueryParams q(QUrl(QStringLiteral("http://h/Items?STARTINDEX=5&searchterm=a+b%2Bc&Fields=Overview,%20Genres")),
                        {QStringLiteral("startIndex"), QStringLiteral("searchTerm"), QStringLiteral("fields")});
    EXPECT_EQ(q.intValue(QLatin1String("startIndex")), 5);
    EXPECT_EQ(q.value(QLatin1String("searchTerm")), QStringLiteral("a b+c"));
    EXPECT_EQ(q.list(QLatin1String("fields")), (QStringList{QStringLiteral("Overview"), QStringLiteral("Genres")}));
    EXPECT_TRUE(q.undeclaredNames().isEmpty());
}

TEST(DemoAuth, ParsesPercentEncodedMediaBrowserHeader)
{
    const auto h = DemoAuth::parseHeader(
        "MediaBrowser Client=\"Mar%2C quee\", Device=\"My+Box\", DeviceId=\"id%3D1\", Version=\"1.0\", Token=\"abc\"");
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(h->client, QStringLiteral("Mar, quee"));
    EXPECT_EQ(h->device, QStringLiteral("My Box"));
    EXPECT_EQ(h->deviceId, QStringLiteral("id=1"));
    EXPECT_EQ(h->token, QStringLiteral("abc"));
    EXPECT_FALSE(DemoAuth::parseHeader("Emby Token=\"abc\"").has_value()); // legacy scheme refused
    EXPECT_FALSE(DemoAuth::parseHeader("Bearer abc").has_value());
}

TEST(DemoFormat, DatesRoundTripAndAcceptOffsets)
{
    const auto ms = DemoFormat::parseDate(u"2024-05-01T12:34:56.1234567Z");
    ASSERT_TRUE(ms.has_value());
    EXPECT_EQ(DemoFormat::formatDate(*ms), QStringLiteral("2024-05-01T12:34:56.1230000Z"));
    EXPECT_EQ(DemoFormat::parseDate(u"2024-05-01T14:34:56.123+02:00"), ms);
    EXPECT_FALSE(DemoFormat::parseDate(u"yesterday").has_value());
    EXPECT_EQ(DemoFormat::normalizeId(u"AAAAAAAA-bbbb-CCCC-dddd-EEEEEEEEEEEE"), QStringLiteral("aaaaaaaabbbbccccddddeeeeeeeeeeee"));
}
