// SPDX-License-Identifier: GPL-3.0-or-later
// What the player writes for the user itself, not the server: why the server converts, the quality menu, the track
// menus. In German they read in German, with German numbers ("1,5 Mbit/s").
#include "app/translations.h"
#include "player/mediatrack.h"
#include "player/mpvmediaprobe.h"
#include "player/playbackquality.h"
#include "player/servertracks.h"
#include "player/tracklanguage.h"
#include "services/playbackplanner.h"
#include "support/germantranslation.h"

#include <gtest/gtest.h>

using namespace marquee;

namespace {

PlaybackStream stream(PlaybackStream::Type type, int index, const QString &codec)
{
    PlaybackStream s;
    s.type = type;
    s.index = index;
    s.codec = codec;
    return s;
}

/// An MKV with H.264 and DTS and two subtitles: one unnamed, default and forced; one the server must draw in.
PlaybackPlan plan(PlayMethod method, std::optional<qint64> cap = std::nullopt, const QStringList &reasons = {})
{
    PlaybackPlan plan;
    plan.method = method;
    plan.maxBitrate = cap;
    plan.source.container = QStringLiteral("mkv");
    plan.source.transcodeReasons = reasons;
    plan.source.streams = {stream(PlaybackStream::Type::Video, 0, QStringLiteral("h264")),
                           stream(PlaybackStream::Type::Audio, 1, QStringLiteral("dts"))};
    PlaybackStream unnamed = stream(PlaybackStream::Type::Subtitle, 3, {});
    unnamed.isDefault = true;
    unnamed.isForced = true;
    unnamed.delivery = PlaybackStream::Delivery::Embed;
    PlaybackStream drawnIn = stream(PlaybackStream::Type::Subtitle, 4, QStringLiteral("pgssub"));
    drawnIn.language = QStringLiteral("ger");
    drawnIn.delivery = PlaybackStream::Delivery::Encode;
    plan.source.streams << unnamed << drawnIn;
    return plan;
}

/// The entries of a quality or track menu, as the user reads them.
template<typename Choice>
QStringList labels(const QList<Choice> &choices)
{
    QStringList result;
    for (const Choice &choice : choices)
        result << choice.label;
    return result;
}


} // namespace

TEST(PlayerTextsTest, WhyTheServerConvertsReadsInGermanWithGermanNumbers)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::Transcode, 4'000'000,
                                      {QStringLiteral("ContainerBitrateExceedsLimit"),
                                       QStringLiteral("AudioCodecNotSupported")})),
              QStringLiteral("Umwandlung: Bitrate über der Grenze von 4 Mbit/s; Audio-Codec (DTS) nicht unterstützt"));
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::Transcode, 1'500'000, {QStringLiteral("VideoBitrateNotSupported")})),
              QStringLiteral("Umwandlung: Bitrate über der Grenze von 1,5 Mbit/s"));
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::Transcode)), QStringLiteral("Umwandlung: vom Server verlangt"));
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::DirectPlay)), QStringLiteral("Direkte Wiedergabe"));
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::DirectStream)),
              QStringLiteral("Direktes Streaming: Container (MKV) wird neu verpackt, Bild und Ton werden nicht umgewandelt"));
    EXPECT_EQ(labels(qualityChoices()), (QStringList{QStringLiteral("Original"), QStringLiteral("20 Mbit/s"),
                                                     QStringLiteral("8 Mbit/s"), QStringLiteral("4 Mbit/s"),
                                                     QStringLiteral("1,5 Mbit/s"), QStringLiteral("720 kbit/s")}));
}

TEST(PlayerTextsTest, TheTrackMenusReadInGerman)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    ServerTracks tracks;
    tracks.setPlan(plan(PlayMethod::DirectPlay));
    EXPECT_EQ(labels(tracks.subtitles()),
              (QStringList {QStringLiteral("Aus"), QStringLiteral("Spur 3 (Standard, erzwungen)"),
                            QStringLiteral("Deutsch - PGSSUB (vom Server ins Bild gezeichnet)")}));
    EXPECT_EQ(labels(tracks.audio()), QStringList{QStringLiteral("DTS")});
    EXPECT_EQ((MediaTrack {.id = 2, .language = QStringLiteral("ger")}.label()), QStringLiteral("Spur 2 (Deutsch)"));
}

TEST(PlayerTextsTest, ATracksLanguageIsNamedInTheUsersLanguageWhateverItsIsoCode)
{
    {
        const test::GermanTranslation german;
        ASSERT_TRUE(german.loaded());
        for (const QString &code : {QStringLiteral("ger"), QStringLiteral("deu"), QStringLiteral("de")})
            EXPECT_EQ(TrackLanguage::name(code), QStringLiteral("Deutsch")) << code.toStdString();
        EXPECT_EQ(TrackLanguage::name(QStringLiteral("fre")), QStringLiteral("Französisch"));
        EXPECT_EQ(TrackLanguage::name(QStringLiteral("eng")), QStringLiteral("Englisch"));
        EXPECT_EQ(TrackLanguage::name(QStringLiteral("nor")), QStringLiteral("Norwegisch"));
        EXPECT_EQ(TrackLanguage::name(QStringLiteral("und")), QStringLiteral("und")) << "undetermined: as it came";
        EXPECT_EQ(TrackLanguage::name(QStringLiteral("qqq")), QStringLiteral("qqq"));
    }
    EXPECT_EQ(TrackLanguage::name(QStringLiteral("ger")), QStringLiteral("German"));
    EXPECT_EQ(TrackLanguage::name(QStringLiteral("jpn")), QStringLiteral("Japanese"));
}

TEST(PlayerTextsTest, InEnglishTheFiguresKeepTheirDecimalPoint)
{
    ASSERT_TRUE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)).contains(QStringLiteral("marquee_en_US")));
    EXPECT_EQ(playbackStatusText(plan(PlayMethod::Transcode, 1'500'000, {QStringLiteral("VideoBitrateNotSupported")})),
              QStringLiteral("Transcoding: bitrate above the 1.5 Mbps cap"));
    ServerTracks tracks;
    tracks.setPlan(plan(PlayMethod::DirectPlay));
    EXPECT_EQ(labels(tracks.subtitles()).mid(0, 2), (QStringList{QStringLiteral("Off"), QStringLiteral("Track 3 (default, forced)")}));
    EXPECT_EQ((MediaTrack {.id = 2, .language = QStringLiteral("ger")}.label()), QStringLiteral("Track 2 (German)"));
}

TEST(PlayerTextsTest, ADownloadThePlayerCannotOpenSaysWhyInGerman)
{
    // The Downloads page shows this under Details when a download failed its check.
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    const Result<double> missing = MpvMediaProbe().durationSeconds(QStringLiteral("/nonexistent/Movies/Film.mkv"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, QStringLiteral("nicht abspielbar: die Datei fehlt"));
}
