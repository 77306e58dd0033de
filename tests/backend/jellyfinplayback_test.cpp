// SPDX-License-Identifier: GPL-3.0-or-later
// What the Jellyfin backend says and hears about playback: the PlaybackInfo request with its device profile, the
// server's decision read back (hostile answers included), the addresses it gives with its token taken out, the stop
// of a conversion, segments, chapters and trickplay.
#include "awaitfuture.h"
#include "fakehttpserver.h"

#include "backend/jellyfinbackend.h"
#include "backend/jellyfinplaybackparser.h"
#include "backend/networkthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString Token = QStringLiteral("tok-secret-123");

HttpOptions fastOptions()
{
    HttpOptions options;
    options.timeoutMs = 5000;
    options.maxAttempts = 1;
    return options;
}

ClientIdentity identity()
{
    ClientIdentity id;
    id.deviceId = QStringLiteral("dev-1");
    return id;
}

class JellyfinPlaybackTest : public ::testing::Test
{
protected:
    JellyfinPlaybackTest()
    {
        Session session;
        session.userId = QStringLiteral("u1");
        session.serverId = QStringLiteral("s1");
        session.accessToken = Token;
        backend.setSession(session);
    }

    FakeHttpServer server;
    NetworkThread network{fastOptions()};
    JellyfinBackend backend{&network, server.url(), identity()};
};

const QByteArray TranscodeAnswer = R"({
  "MediaSources": [{
    "Id": "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "Name": "1080p", "Container": "MKV", "Bitrate": 9800000,
    "SupportsDirectPlay": false, "SupportsDirectStream": false, "SupportsTranscoding": true,
    "TranscodingUrl": "/videos/x/master.m3u8?DeviceId=dev-1&MediaSourceId=aa&ApiKey=tok-secret-123&PlaySessionId=ps1&TranscodeReasons=ContainerBitrateExceedsLimit,VideoCodecNotSupported",
    "TranscodingSubProtocol": "hls", "DefaultAudioStreamIndex": 1,
    "MediaStreams": [
      {"Type": "Video", "Index": 0, "Codec": "HEVC"},
      {"Type": "Audio", "Index": 1, "Codec": "eac3", "Language": "eng", "DisplayTitle": "English - EAC3", "IsDefault": true},
      {"Type": "Subtitle", "Index": 2, "Codec": "srt", "Language": "fre", "IsExternal": true, "IsForced": true,
       "DeliveryMethod": "External", "DeliveryUrl": "/Videos/x/aa/Subtitles/2/0/Stream.srt?ApiKey=tok-secret-123"},
      {"Type": "Subtitle", "Index": 3, "Codec": "PGSSUB", "DeliveryMethod": "Encode"},
      "not a stream", null
    ]
  }, {"Name": "no id: dropped"}],
  "PlaySessionId": "ps1"
})";

} // namespace

TEST_F(JellyfinPlaybackTest, playbackInfoPostsTheDeviceProfileAndTheCap)
{
    server.route(QStringLiteral("/Items/item-1/PlaybackInfo"), FakeResponse::json(TranscodeAnswer));
    PlaybackInfoRequest request;
    request.itemId = QStringLiteral("item-1");
    request.maxStreamingBitrate = 4'000'000;
    request.startTimeTicks = 1234;
    request.subtitleStreamIndex = -1;
    request.capabilities.containers = {QStringLiteral("mkv"), QStringLiteral("mp4")};
    request.capabilities.videoCodecs = {QStringLiteral("h264")};
    request.capabilities.audioCodecs = {QStringLiteral("aac")};
    request.capabilities.subtitleFormats = {QStringLiteral("srt")};
    const Result<PlaybackInfo> info = awaitResult(backend.playbackInfo(request));
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();

    const FakeRequest sent = server.lastRequest();
    EXPECT_EQ(sent.method, QByteArray("POST"));
    EXPECT_EQ(sent.query.queryItemValue(QStringLiteral("userId")), QStringLiteral("u1"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    EXPECT_EQ(body.value(QStringLiteral("MaxStreamingBitrate")).toDouble(), 4'000'000.0);
    EXPECT_EQ(body.value(QStringLiteral("StartTimeTicks")).toDouble(), 1234.0);
    EXPECT_EQ(body.value(QStringLiteral("SubtitleStreamIndex")).toInt(), -1);
    EXPECT_FALSE(body.contains(QStringLiteral("AudioStreamIndex")));
    const QJsonObject profile = body.value(QStringLiteral("DeviceProfile")).toObject();
    const QJsonObject direct = profile.value(QStringLiteral("DirectPlayProfiles")).toArray().first().toObject();
    EXPECT_EQ(direct.value(QStringLiteral("Container")).toString(), QStringLiteral("mkv,mp4"));
    EXPECT_EQ(direct.value(QStringLiteral("VideoCodec")).toString(), QStringLiteral("h264"));
    const QJsonObject transcoding = profile.value(QStringLiteral("TranscodingProfiles")).toArray().first().toObject();
    EXPECT_EQ(transcoding.value(QStringLiteral("Protocol")).toString(), QStringLiteral("hls"));
    EXPECT_EQ(profile.value(QStringLiteral("SubtitleProfiles")).toArray().size(), 2) << "srt embedded and external";

    const PlaybackInfo &answer = info.value();
    EXPECT_EQ(answer.playSessionId, QStringLiteral("ps1"));
    ASSERT_EQ(answer.sources.size(), 1) << "a source without an id is left out";
    const PlaybackSource &source = answer.sources.first();
    EXPECT_EQ(source.id, QStringLiteral("aaaaaaaabbbbccccddddeeeeeeeeeeee"));
    EXPECT_EQ(source.container, QStringLiteral("mkv"));
    EXPECT_FALSE(source.supportsDirectPlay);
    EXPECT_EQ(source.transcodeReasons,
              (QStringList{QStringLiteral("ContainerBitrateExceedsLimit"), QStringLiteral("VideoCodecNotSupported")}));
    ASSERT_EQ(source.streams.size(), 4) << "entries that are not objects are left out";
    EXPECT_EQ(source.streams.at(0).codec, QStringLiteral("hevc"));
    const PlaybackStream *french = source.stream(2);
    ASSERT_NE(french, nullptr);
    EXPECT_TRUE(french->isExternal);
    EXPECT_TRUE(french->isForced);
    EXPECT_EQ(french->delivery, PlaybackStream::Delivery::External);
    EXPECT_EQ(source.stream(3)->delivery, PlaybackStream::Delivery::Encode);
}

TEST_F(JellyfinPlaybackTest, serverAddressesGetTheTokenInTheHeaderNotInTheUrl)
{
    const StreamSource transcode = backend.serverStream(
        QStringLiteral("/videos/x/master.m3u8?DeviceId=dev-1&ApiKey=tok-secret-123&api_key=tok-secret-123&A=b%20c"));
    EXPECT_EQ(transcode.url.path(), QStringLiteral("/videos/x/master.m3u8"));
    EXPECT_EQ(transcode.url.host(), server.url().host());
    EXPECT_FALSE(transcode.url.toString().contains(Token));
    EXPECT_TRUE(transcode.url.query(QUrl::FullyDecoded).contains(QStringLiteral("A=b c")));
    ASSERT_FALSE(transcode.headers.isEmpty());
    EXPECT_TRUE(transcode.headers.first().second.contains(Token.toLatin1()));

    // Under a base path the address is the server's, below that path.
    QUrl base = server.url();
    base.setPath(QStringLiteral("/jellyfin"));
    JellyfinBackend prefixed(&network, base, identity());
    prefixed.setSession(backend.session());
    EXPECT_EQ(prefixed.serverStream(QStringLiteral("/Videos/x/1/Subtitles/2/Stream.srt")).url.path(),
              QStringLiteral("/jellyfin/Videos/x/1/Subtitles/2/Stream.srt"));

    // A subtitle on another site is fetched without our credential.
    const StreamSource elsewhere = backend.serverStream(QStringLiteral("https://subs.example/a.srt"));
    EXPECT_EQ(elsewhere.url, QUrl(QStringLiteral("https://subs.example/a.srt")));
    EXPECT_TRUE(elsewhere.headers.isEmpty());
}

TEST_F(JellyfinPlaybackTest, aConversionIsStoppedForThisDeviceAndPlaySession)
{
    server.route(QStringLiteral("/Videos/ActiveEncodings"), FakeResponse::withStatus(204));
    ASSERT_TRUE(awaitResult(backend.stopTranscoding(QStringLiteral("ps1"))).ok());
    const FakeRequest sent = server.lastRequest();
    EXPECT_EQ(sent.method, QByteArray("DELETE"));
    EXPECT_EQ(sent.query.queryItemValue(QStringLiteral("deviceId")), QStringLiteral("dev-1"));
    EXPECT_EQ(sent.query.queryItemValue(QStringLiteral("playSessionId")), QStringLiteral("ps1"));
}

TEST_F(JellyfinPlaybackTest, segmentsChaptersAndTrickplay)
{
    server.route(QStringLiteral("/MediaSegments/item-1"), FakeResponse::json(R"({"Items": [
        {"Type": "Outro", "StartTicks": 50, "EndTicks": 90},
        {"Type": "Intro", "StartTicks": 10, "EndTicks": 30},
        {"Type": "Intro", "StartTicks": 40, "EndTicks": 20},
        {"Type": "Recap"}
    ], "TotalRecordCount": 4})"));
    const Result<QList<MediaSegment>> segments = awaitResult(backend.mediaSegments(QStringLiteral("item-1")));
    ASSERT_TRUE(segments.ok());
    EXPECT_EQ(segments.value(), (QList<MediaSegment>{{MediaSegment::Type::Intro, 10, 30},
                                                     {MediaSegment::Type::Outro, 50, 90}}))
        << "sorted; a segment ending before it starts, or without times, is left out";
    EXPECT_TRUE(server.lastRequest().query.queryItemValue(QStringLiteral("includeSegmentTypes")).contains(QLatin1String("Intro")));

    server.route(QStringLiteral("/Items/item-1"), FakeResponse::json(R"({"Id": "item-1",
        "Chapters": [{"StartPositionTicks": 600, "Name": "<b>Two</b>"}, {"StartPositionTicks": 0, "Name": "One"}, {}],
        "Trickplay": {"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE": {
            "320": {"Width": 320, "Height": 180, "TileWidth": 10, "TileHeight": 10, "ThumbnailCount": 42, "Interval": 10000},
            "9999": {"Width": 99999, "Height": 1, "TileWidth": 1, "TileHeight": 1, "ThumbnailCount": 1, "Interval": 1},
            "0": {"Width": 0}}}})"));
    const Result<PlaybackExtras> extras = awaitResult(backend.playbackExtras(QStringLiteral("item-1")));
    ASSERT_TRUE(extras.ok());
    EXPECT_EQ(extras.value().chapters, (QList<Chapter>{{0, QStringLiteral("One")}, {600, QStringLiteral("<b>Two</b>")}}));
    ASSERT_EQ(extras.value().trickplay.size(), 1) << "absurd or empty manifests are left out";
    const TrickplayInfo &trickplay = extras.value().trickplay.first();
    EXPECT_EQ(trickplay.mediaSourceId, QStringLiteral("aaaaaaaabbbbccccddddeeeeeeeeeeee"));
    EXPECT_EQ(trickplay.intervalMs, 10'000);
    EXPECT_EQ(trickplay.thumbnailCount, 42);

    server.route(QStringLiteral("/Videos/item-1/Trickplay/320/4.jpg"), [] {
        FakeResponse jpeg;
        jpeg.contentType = "image/jpeg";
        jpeg.body = QByteArray("\\xff\\xd8 pretend");
        return jpeg;
    }());
    ASSERT_TRUE(awaitResult(backend.trickplayTile(QStringLiteral("item-1"), trickplay, 4)).ok());
    EXPECT_EQ(server.lastRequest().query.queryItemValue(QStringLiteral("mediaSourceId")), trickplay.mediaSourceId);
    EXPECT_FALSE(server.lastRequest().target.contains("tok"));
}

TEST(JellyfinPlaybackParser, hostileAnswersAreErrorsOrLeftOutNeverCrashes)
{
    for (const QByteArray &body : {QByteArray("<html>"), QByteArray("[]"), QByteArray(R"({"MediaSources": 7})"),
                                   QByteArray(R"({"MediaSources": []})"), QByteArray(R"({"MediaSources": [1, "x"]})")}) {
        EXPECT_FALSE(JellyfinPlaybackParser::parsePlaybackInfo(body).ok()) << body.toStdString();
    }
    // The server's own "no" is an answer, not a malformed one.
    const Result<PlaybackInfo> refused =
        JellyfinPlaybackParser::parsePlaybackInfo(R"({"MediaSources": [], "ErrorCode": "NoCompatibleStream"})");
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused.value().errorCode, QStringLiteral("NoCompatibleStream"));
    EXPECT_FALSE(JellyfinPlaybackParser::parseMediaSegments(R"({"Items": {}})").ok());
    EXPECT_TRUE(JellyfinPlaybackParser::parsePlaybackExtras(R"({"Chapters": "x", "Trickplay": []})").ok());
    EXPECT_TRUE(JellyfinPlaybackParser::transcodeReasons(QStringLiteral("::not a url")).isEmpty());
}
