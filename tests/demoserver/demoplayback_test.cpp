// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's playback side: it decides as Jellyfin does for a device profile and a bitrate cap, serves its
// "transcode" as HLS from prepared segments, records which conversions run and which were stopped, and has media
// segments, external subtitles, chapters and trickplay tiles.
#include "demoserver/demomedia.h"
#include "demoserver/demoplaybackdecision.h"
#include "demotestclient.h"

#include <QImage>
#include <QUrlQuery>

using namespace marquee;
using namespace marquee::test;

namespace {

QJsonObject profile(const QString &containers, const QString &videoCodecs, const QString &subtitles = {})
{
    QJsonArray subtitleProfiles;
    if (!subtitles.isEmpty())
        subtitleProfiles.append(QJsonObject{{QStringLiteral("Format"), subtitles}, {QStringLiteral("Method"), QStringLiteral("External")}});
    return QJsonObject{
        {QStringLiteral("DirectPlayProfiles"),
         QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("Video")},
                                {QStringLiteral("Container"), containers},
                                {QStringLiteral("VideoCodec"), videoCodecs},
                                {QStringLiteral("AudioCodec"), QStringLiteral("aac,eac3")}}}},
        {QStringLiteral("TranscodingProfiles"),
         QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("Video")},
                                {QStringLiteral("Container"), QStringLiteral("ts")},
                                {QStringLiteral("Protocol"), QStringLiteral("hls")}}}},
        {QStringLiteral("SubtitleProfiles"), subtitleProfiles}};
}

const DemoMediaFacts Movie{QStringLiteral("mp4"), QStringLiteral("h264"), QStringLiteral("aac"), 9'800'000, {}, false};

class DemoPlaybackTest : public DemoServerTest
{
protected:
    QJsonObject playbackInfo(const QString &itemId, const QJsonObject &body)
    {
        const HttpResult result = client->post(QStringLiteral("/Items/%1/PlaybackInfo").arg(itemId), body);
        EXPECT_EQ(result.status, 200) << result.body.toStdString();
        return result.json();
    }
    QString movie() const { return server->itemIds(DemoItemKind::Movie).constFirst(); }
    QString episode() const { return server->itemIds(DemoItemKind::Episode).constFirst(); }
};

} // namespace

TEST(DemoPlaybackDecision, DecidesAsTheRealServerForTheProfileAndTheCap)
{
    using Method = DemoPlaybackDecision::Method;
    const DemoDeviceProfile anything = DemoDeviceProfile::fromJson(profile({}, {}));
    EXPECT_EQ(DemoPlaybackDecision::decide(Movie, anything, std::nullopt, {}).method, Method::DirectPlay);
    EXPECT_EQ(DemoPlaybackDecision::decide(Movie, anything, 20'000'000, {}).method, Method::DirectPlay);

    const DemoPlaybackDecision capped = DemoPlaybackDecision::decide(Movie, anything, 4'000'000, {});
    EXPECT_EQ(capped.method, Method::Transcode);
    EXPECT_EQ(capped.reasons, QStringList{QStringLiteral("ContainerBitrateExceedsLimit")});

    const DemoPlaybackDecision remux =
        DemoPlaybackDecision::decide(Movie, DemoDeviceProfile::fromJson(profile(QStringLiteral("mkv"), {})), {}, {});
    EXPECT_EQ(remux.method, Method::DirectStream);
    EXPECT_EQ(remux.reasons, QStringList{QStringLiteral("ContainerNotSupported")});

    const DemoPlaybackDecision codec = DemoPlaybackDecision::decide(
        Movie, DemoDeviceProfile::fromJson(profile(QStringLiteral("mp4"), QStringLiteral("hevc"))), {}, {});
    EXPECT_EQ(codec.method, Method::Transcode);
    EXPECT_EQ(codec.reasons, QStringList{QStringLiteral("VideoCodecNotSupported")});

    // A subtitle the player cannot show itself is burnt into a conversion.
    DemoMediaFacts withSubtitle = Movie;
    withSubtitle.subtitleCodec = QStringLiteral("srt");
    withSubtitle.subtitleExternal = true;
    const DemoPlaybackDecision burnIn = DemoPlaybackDecision::decide(
        withSubtitle, DemoDeviceProfile::fromJson(profile({}, {}, QStringLiteral("ass"))), {}, {});
    EXPECT_EQ(burnIn.method, Method::Transcode);
    EXPECT_TRUE(burnIn.burnInSubtitle);
    EXPECT_EQ(DemoPlaybackDecision::decide(withSubtitle, DemoDeviceProfile::fromJson(profile({}, {}, QStringLiteral("srt"))),
                                           {}, {})
                  .method,
              Method::DirectPlay);

    // Nothing allowed: no way to play.
    EXPECT_EQ(DemoPlaybackDecision::decide(Movie, anything, 4'000'000, {false, false, false}).method, Method::None);
}

TEST_F(DemoPlaybackTest, PlaybackInfoAnswersWithTheDecisionAndATranscodingUrlThatPlaysAsHls)
{
    const QJsonObject direct = playbackInfo(movie(), {{QStringLiteral("DeviceProfile"), profile({}, {})}});
    const QJsonObject original = direct.value(QStringLiteral("MediaSources")).toArray().first().toObject();
    EXPECT_TRUE(original.value(QStringLiteral("SupportsDirectPlay")).toBool());
    EXPECT_FALSE(original.contains(QStringLiteral("TranscodingUrl")));

    const QJsonObject capped = playbackInfo(movie(), {{QStringLiteral("DeviceProfile"), profile({}, {})},
                                                      {QStringLiteral("MaxStreamingBitrate"), 1'500'000}});
    const QString session = capped.value(QStringLiteral("PlaySessionId")).toString();
    ASSERT_FALSE(session.isEmpty());
    EXPECT_NE(session, direct.value(QStringLiteral("PlaySessionId")).toString());
    const QJsonObject source = capped.value(QStringLiteral("MediaSources")).toArray().first().toObject();
    EXPECT_FALSE(source.value(QStringLiteral("SupportsDirectPlay")).toBool());
    const QUrl transcoding(source.value(QStringLiteral("TranscodingUrl")).toString());
    const QUrlQuery query(transcoding.query());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("TranscodeReasons")), QStringLiteral("ContainerBitrateExceedsLimit"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("PlaySessionId")), session);
    EXPECT_LE(query.queryItemValue(QStringLiteral("VideoBitrate")).toLongLong(), 1'500'000);
    EXPECT_EQ(server->playbackInfoRequests().size(), 2);

    // The playlist, its media playlist and a segment: as a player walks them.
    EXPECT_TRUE(server->activeEncodings().isEmpty());
    const HttpResult master = client->get(transcoding.toString());
    ASSERT_EQ(master.status, 200);
    EXPECT_TRUE(master.body.startsWith("#EXTM3U"));
    EXPECT_EQ(server->activeEncodings(), QStringList{session}) << "the conversion runs once its playlist is asked for";
    const QString mainLine = QString::fromUtf8(master.body).split(QLatin1Char('\n')).filter(QStringLiteral("main.m3u8")).first();
    const HttpResult media = client->get(QStringLiteral("/Videos/%1/%2").arg(movie(), mainLine));
    ASSERT_EQ(media.status, 200);
    EXPECT_TRUE(media.body.contains("#EXT-X-ENDLIST"));
    const QStringList segments = QString::fromUtf8(media.body).split(QLatin1Char('\n')).filter(QStringLiteral("hls1/"));
    EXPECT_EQ(segments.size(), 5) << "10 s of video in 2 s segments";
    const HttpResult first = client->get(QStringLiteral("/Videos/%1/%2").arg(movie(), segments.first()));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.body.at(0), char(0x47)) << "MPEG-TS";

    // Stopped: gone from the running ones, in the record.
    EXPECT_EQ(client->request("DELETE", QStringLiteral("/Videos/ActiveEncodings?deviceId=dev-1&playSessionId=") + session)
                  .status,
              204);
    EXPECT_TRUE(server->activeEncodings().isEmpty());
    EXPECT_EQ(server->stoppedEncodings(), QStringList{session});

    // A broken encoder: the playlist answers 500.
    server->setConversionsFail(true);
    EXPECT_EQ(client->get(transcoding.toString()).status, 500);
}

TEST_F(DemoPlaybackTest, SourcesListExternalSubtitlesTheServerServesAndSomeMoviesHaveTwoVersions)
{
    const QJsonObject info = playbackInfo(movie(), {{QStringLiteral("DeviceProfile"), profile({}, {}, QStringLiteral("srt"))}});
    const QJsonArray streams =
        info.value(QStringLiteral("MediaSources")).toArray().first().toObject().value(QStringLiteral("MediaStreams")).toArray();
    QJsonObject english;
    for (const QJsonValue &stream : streams) {
        if (stream.toObject().value(QStringLiteral("Language")).toString() == QLatin1String("eng")
            && stream.toObject().value(QStringLiteral("Type")).toString() == QLatin1String("Subtitle"))
            english = stream.toObject();
    }
    ASSERT_TRUE(english.value(QStringLiteral("IsExternal")).toBool());
    EXPECT_EQ(english.value(QStringLiteral("DeliveryMethod")).toString(), QStringLiteral("External"));
    const HttpResult srt = client->get(english.value(QStringLiteral("DeliveryUrl")).toString());
    ASSERT_EQ(srt.status, 200);
    EXPECT_TRUE(srt.body.contains("00:00:02,500 --> "));
    EXPECT_TRUE(srt.body.contains(DemoMedia::subtitleCue(2, 0).toUtf8()));

    // Without srt in the profile, the server would have to draw the subtitle in.
    const QJsonObject burnt = playbackInfo(movie(), {{QStringLiteral("DeviceProfile"), profile({}, {}, QStringLiteral("ass"))}});
    bool encoded = false;
    for (const QJsonValue &stream : burnt.value(QStringLiteral("MediaSources")).toArray().first().toObject().value(QStringLiteral("MediaStreams")).toArray())
        encoded = encoded || stream.toObject().value(QStringLiteral("DeliveryMethod")).toString() == QLatin1String("Encode");
    EXPECT_TRUE(encoded);

    int withTwo = 0;
    for (const QString &id : server->itemIds(DemoItemKind::Movie))
        withTwo += playbackInfo(id, {}).value(QStringLiteral("MediaSources")).toArray().size() == 2 ? 1 : 0;
    EXPECT_GT(withTwo, 0) << "some movies have a second version to choose";
}

TEST_F(DemoPlaybackTest, SegmentsChaptersAndTrickplayFallWithinWhatPlays)
{
    const HttpResult segments = client->get(QStringLiteral("/MediaSegments/%1?includeSegmentTypes=Intro").arg(episode()));
    ASSERT_EQ(segments.status, 200);
    const QJsonArray intro = segments.items();
    ASSERT_EQ(intro.size(), 1);
    EXPECT_EQ(intro.first().toObject().value(QStringLiteral("Type")).toString(), QStringLiteral("Intro"));
    EXPECT_LE(intro.first().toObject().value(QStringLiteral("EndTicks")).toDouble(), double(DemoMedia::SampleTicks));
    EXPECT_EQ(client->get(QStringLiteral("/MediaSegments/%1").arg(movie())).items().size(), 1) << "credits only";

    const QJsonObject item = client->get(QStringLiteral("/Items/%1").arg(movie())).json();
    EXPECT_EQ(item.value(QStringLiteral("Chapters")).toArray().size(), 4);
    const QJsonObject manifest = item.value(QStringLiteral("Trickplay")).toObject();
    ASSERT_EQ(manifest.size(), 1);
    const HttpResult tile = client->get(QStringLiteral("/Videos/%1/Trickplay/160/0.jpg").arg(movie()));
    ASSERT_EQ(tile.status, 200);
    const QImage image = QImage::fromData(tile.body);
    EXPECT_EQ(image.size(), QSize(DemoMedia::TrickplayWidth * DemoMedia::TrickplayTileColumns,
                                  DemoMedia::TrickplayHeight * DemoMedia::TrickplayTileRows));
    EXPECT_EQ(client->get(QStringLiteral("/Videos/%1/Trickplay/160/1.jpg").arg(movie())).status, 404)
        << "ten thumbnails fit one tile";
}
