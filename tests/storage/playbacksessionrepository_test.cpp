// SPDX-License-Identifier: GPL-3.0-or-later
// The conversions not yet stopped and the languages chosen per series, in the state database (migration 0007).
#include "storage/playbacksessionrepository.h"
#include "support/cachefixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

TEST(PlaybackSessionRepository, ConversionsAreKeptPerServerUntilForgotten)
{
    CacheFixture fixture;
    PlaybackSessionRepository sessions(fixture.connection());
    const QString other = QStringLiteral("ffffffffffffffffffffffffffffffff");
    ASSERT_TRUE(sessions.rememberTranscode({QStringLiteral("ps2"), CacheFixture::ServerId, QStringLiteral("i2"), 20}));
    ASSERT_TRUE(sessions.rememberTranscode({QStringLiteral("ps1"), CacheFixture::ServerId, QStringLiteral("i1"), 10}));
    ASSERT_TRUE(sessions.rememberTranscode({QStringLiteral("ps3"), other, QStringLiteral("i3"), 5}));
    EXPECT_EQ(sessions.transcodes(CacheFixture::ServerId),
              (QList<ActiveTranscode>{{QStringLiteral("ps1"), CacheFixture::ServerId, QStringLiteral("i1"), 10},
                                      {QStringLiteral("ps2"), CacheFixture::ServerId, QStringLiteral("i2"), 20}}));
    ASSERT_TRUE(sessions.forgetTranscode(QStringLiteral("ps1")));
    EXPECT_EQ(sessions.transcodes(CacheFixture::ServerId).size(), 1);
    EXPECT_EQ(sessions.transcodes(other).size(), 1);
}

TEST(PlaybackSessionRepository, SeriesLanguagesKeepWhatANewChoiceDoesNotSay)
{
    CacheFixture fixture;
    PlaybackSessionRepository sessions(fixture.connection());
    const QString series = QStringLiteral("series-1");
    EXPECT_EQ(sessions.seriesPreference(CacheFixture::ServerId, series), SeriesTrackPreference{});

    ASSERT_TRUE(sessions.saveSeriesPreference(CacheFixture::ServerId, series, {QStringLiteral("jpn"), std::nullopt}, 1));
    ASSERT_TRUE(sessions.saveSeriesPreference(CacheFixture::ServerId, series, {std::nullopt, QStringLiteral("eng")}, 2));
    EXPECT_EQ(sessions.seriesPreference(CacheFixture::ServerId, series),
              (SeriesTrackPreference{QStringLiteral("jpn"), QStringLiteral("eng")}));

    // Subtitles off is a choice too, and stays one (an empty language, not "no choice").
    ASSERT_TRUE(sessions.saveSeriesPreference(CacheFixture::ServerId, series, {std::nullopt, QString(QLatin1String(""))}, 3));
    const SeriesTrackPreference off = sessions.seriesPreference(CacheFixture::ServerId, series);
    ASSERT_TRUE(off.subtitleLanguage.has_value());
    EXPECT_TRUE(off.subtitleLanguage->isEmpty());
    EXPECT_EQ(off.audioLanguage, QStringLiteral("jpn"));
    EXPECT_EQ(sessions.seriesPreference(QStringLiteral("another server"), series), SeriesTrackPreference{});
}
