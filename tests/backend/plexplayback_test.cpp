// SPDX-License-Identifier: GPL-3.0-or-later
// Playback through Plex's universal transcoder, PlexBackend against the demo server's Plex face: the decision for
// the player's profile and a bitrate cap (direct play, a remux, a transcode with its reason), the HLS stream it
// starts and its stop, external subtitles through their stream address, intro and credits markers, chapters; and
// the decision's parser against hostile answers.
#include "backend/awaitfuture.h"
#include "backend/plexplaybackparser.h"
#include "backend/plexplaybackrequests.h"
#include "core/ticks.h"
#include "demoserver/demoitem.h"
#include "demoserver/demomedia.h"
#include "player/playbackquality.h"
#include "services/playbackplanner.h"
#include "support/plexdemosession.h"
#include "support/plexplaybackrecord.h"

#include "bench/httpfetch.h"

#include <QImage>
#include <QJsonObject>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

/// What libmpv plays, as the player describes it.
PlayerCapabilities mpvLike()
{
    PlayerCapabilities capabilities;
    capabilities.containers = {QStringLiteral("mkv"), QStringLiteral("mp4"), QStringLiteral("ts")};
    capabilities.videoCodecs = {QStringLiteral("h264"), QStringLiteral("hevc")};
    capabilities.audioCodecs = {QStringLiteral("aac"), QStringLiteral("eac3")};
    capabilities.subtitleFormats = {QStringLiteral("srt"), QStringLiteral("ass")};
    return capabilities;
}

/// The body of @p source, fetched as the player would; empty on an error.
QByteArray fetch(const StreamSource &source)
{
    QNetworkAccessManager manager;
    HttpRequest request;
    request.url = source.url;
    request.headers = source.headers;
    return bench::fetch(manager, request);
}

class PlexPlaybackTest : public ::testing::Test
{
protected:
    PlaybackInfoRequest requestFor(const QString &demoId, std::optional<qint64> cap = std::nullopt)
    {
        PlaybackInfoRequest request;
        request.itemId = plex.key(demoId);
        request.maxStreamingBitrate = cap;
        request.capabilities = mpvLike();
        return request;
    }
    PlaybackSource decided(const PlaybackInfoRequest &request, QString *sessionId = nullptr)
    {
        const Result<PlaybackInfo> info = awaitResult(plex.backend().playbackInfo(request));
        EXPECT_TRUE(info.ok()) << info.error().toString().toStdString();
        if (!info.ok() || info.value().sources.isEmpty())
            return {};
        EXPECT_TRUE(info.value().errorCode.isEmpty());
        if (sessionId)
            *sessionId = info.value().playSessionId;
        return info.value().sources.first();
    }
    Result<PlaybackInfo> info(const PlaybackInfoRequest &request) { return awaitResult(plex.backend().playbackInfo(request)); }
    QString movie() { return plex.server().itemIds(DemoItemKind::Movie).first(); }
    /// A movie the library holds in two versions (a 1080p MP4 and a 4K HEVC MKV), as its details page lists them.
    QString movieWithTwoVersions()
    {
        for (const QString &id : plex.server().itemIds(DemoItemKind::Movie)) {
            const Result<MediaItem> item = awaitResult(plex.backend().itemDetails(plex.key(id)));
            if (item.ok() && item.value().mediaSources.size() == 2)
                return id;
        }
        ADD_FAILURE() << "no movie with two versions";
        return {};
    }
    QString episode() { return plex.server().itemIds(DemoItemKind::Episode).first(); }

    PlexDemoSession plex;
};

} // namespace

TEST_F(PlexPlaybackTest, withoutACapTheOriginalPartPlaysDirectly)
{
    const PlaybackSource source = decided(requestFor(movie()));
    EXPECT_TRUE(source.supportsDirectPlay);
    EXPECT_TRUE(source.transcodingUrl.isEmpty());
    ASSERT_TRUE(source.id.startsWith(QLatin1String("/library/parts/"))) << source.id.toStdString();
    const StreamSource stream = plex.backend().directStream(requestFor(movie()).itemId, source.id);
    EXPECT_EQ(stream.url.path(), source.id);
    EXPECT_FALSE(fetch(stream).isEmpty());
}

TEST_F(PlexPlaybackTest, everyVersionIsOfferedAndTheChosenOneIsDecidedStreamedAndTiedToThePlaySession)
{
    const QString demoId = movieWithTwoVersions();
    PlaybackInfoRequest request = requestFor(demoId);
    const Result<PlaybackInfo> first = info(request);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(first.value().sources.size(), 2) << "both versions, for the player's version menu";
    EXPECT_EQ(first.value().sources.at(0).name, QStringLiteral("1080p MP4"));
    EXPECT_EQ(first.value().sources.at(1).name, QStringLiteral("4K MKV"));
    EXPECT_TRUE(first.value().sources.at(0).supportsDirectPlay) << "without a choice, the first version is decided";
    const QString second = first.value().sources.at(1).id;
    EXPECT_NE(second, first.value().sources.at(0).id);

    request.mediaSourceId = second;
    const Result<PlaybackInfo> chosen = info(request);
    ASSERT_TRUE(chosen.ok()) << chosen.error().toString().toStdString();
    const Result<PlaybackPlan> plan = PlaybackPlanner::planFrom(chosen.value(), request, plex.backend());
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan.value().source.id, second);
    EXPECT_EQ(plan.value().source.container, QStringLiteral("mkv"));
    EXPECT_EQ(plan.value().method, PlayMethod::DirectPlay);
    EXPECT_EQ(plan.value().stream.url.path(), second) << "the second version's file plays";
    EXPECT_FALSE(fetch(plan.value().stream).isEmpty());
    const QString secondPart = PlexPlaybackRequests::partIdOf(second);
    PlexPlaybackRecord record = PlexPlaybackRecord::of(plex.server());
    EXPECT_GT(record.partRequests.value(secondPart).toInt(), 0) << "the server streamed the second version";
    // The server knows which version this play session plays: its decision was about the second Media.
    ASSERT_FALSE(record.decisions.isEmpty());
    EXPECT_EQ(record.versionOf(chosen.value().playSessionId), 1);
    EXPECT_EQ(record.decisions.last().value(QStringLiteral("partId")).toString(), secondPart);

    // Under a cap the second version converts, and what starts is the second version too.
    request.maxStreamingBitrate = 8'000'000;
    const Result<PlaybackInfo> capped = info(request);
    ASSERT_TRUE(capped.ok());
    const PlaybackSource *converted = nullptr;
    for (const PlaybackSource &source : capped.value().sources)
        converted = source.id == second ? &source : converted;
    ASSERT_NE(converted, nullptr);
    EXPECT_FALSE(converted->supportsDirectPlay);
    EXPECT_EQ(QUrlQuery(QUrl(converted->transcodingUrl)).queryItemValue(QStringLiteral("mediaIndex")), QStringLiteral("1"));
    ASSERT_TRUE(fetch(plex.backend().serverStream(converted->transcodingUrl)).startsWith("#EXTM3U"));
    record = PlexPlaybackRecord::of(plex.server());
    EXPECT_EQ(record.decisions.last().value(QStringLiteral("request")).toString(), QStringLiteral("start"));
    EXPECT_EQ(record.versionOf(capped.value().playSessionId), 1) << "the conversion that started is the second version's";
    EXPECT_TRUE(awaitResult(plex.backend().stopTranscoding(capped.value().playSessionId)).ok());
}

TEST_F(PlexPlaybackTest, eachVersionsPreviewThumbnailsComeFromItsPartsIndexOnePicturePerTile)
{
    const QString itemId = plex.key(movieWithTwoVersions());
    const Result<PlaybackExtras> extras = awaitResult(plex.backend().playbackExtras(itemId));
    ASSERT_TRUE(extras.ok()) << extras.error().toString().toStdString();
    EXPECT_FALSE(extras.value().chapters.isEmpty()) << "chapters still come with the thumbnails";
    const Result<MediaItem> item = awaitResult(plex.backend().itemDetails(itemId));
    ASSERT_TRUE(item.ok());
    ASSERT_EQ(extras.value().trickplay.size(), 2) << "each version's part has its own index";
    for (int version = 0; version < 2; ++version) {
        const TrickplayInfo &info = extras.value().trickplay.at(version);
        EXPECT_EQ(info.mediaSourceId, item.value().mediaSources.at(version).id) << "the player picks it by version";
        EXPECT_EQ(QSize(info.width, info.height), QSize(DemoMedia::TrickplayWidth, DemoMedia::TrickplayHeight));
        EXPECT_EQ(info.tileWidth * info.tileHeight, 1);
        EXPECT_EQ(info.intervalMs, DemoMedia::TrickplayIntervalMs);
        EXPECT_EQ(info.thumbnailCount, ticksToMs(DemoMedia::SampleTicks) / DemoMedia::TrickplayIntervalMs);
    }

    // The picture of 3 s: the demo draws each in the colour of its moment.
    const TrickplayInfo &info = extras.value().trickplay.first();
    const Result<QByteArray> third = awaitResult(plex.backend().trickplayTile(itemId, info, 3));
    ASSERT_TRUE(third.ok()) << third.error().toString().toStdString();
    const QImage picture = QImage::fromData(third.value());
    ASSERT_EQ(picture.size(), QSize(DemoMedia::TrickplayWidth, DemoMedia::TrickplayHeight));
    EXPECT_NEAR(picture.pixelColor(4, 4).hsvHue(), (3 * 37) % 360, 12);
    const Result<QByteArray> beyond = awaitResult(plex.backend().trickplayTile(itemId, info, info.thumbnailCount));
    EXPECT_FALSE(beyond.ok());
}

TEST(PlexPlaybackRequests, theVersionAskedForIsItsPlaceAmongTheItemsMedia)
{
    QList<MediaSource> versions(2);
    versions[0].id = QStringLiteral("/library/parts/11/100/file.mp4");
    versions[1].id = QStringLiteral("/library/parts/12/100/file.mkv");
    EXPECT_EQ(PlexPlaybackRequests::mediaIndexOf(versions, {}), 0);
    EXPECT_EQ(PlexPlaybackRequests::mediaIndexOf(versions, versions[1].id), 1);
    EXPECT_EQ(PlexPlaybackRequests::mediaIndexOf(versions, QStringLiteral("/library/parts/12/200/file.mkv")), 1)
        << "the same part after the file changed";
    EXPECT_EQ(PlexPlaybackRequests::mediaIndexOf(versions, QStringLiteral("/library/parts/99/1/f")), 0);
    PlaybackInfoRequest request;
    request.itemId = QStringLiteral("7");
    const QUrlQuery start(QUrl(PlexPlaybackRequests::startUrl(request, QStringLiteral("s"), 1)));
    EXPECT_EQ(start.queryItemValue(QStringLiteral("mediaIndex")), QStringLiteral("1"));
}

TEST_F(PlexPlaybackTest, aCapBelowTheFileTranscodesOverHlsAndSaysWhy)
{
    QString sessionId;
    const PlaybackSource source = decided(requestFor(movie(), 720'000), &sessionId);
    EXPECT_FALSE(source.supportsDirectPlay);
    EXPECT_FALSE(source.supportsDirectStream) << "the video is converted, not copied";
    EXPECT_EQ(source.transcodeReasons, QStringList{QStringLiteral("ContainerBitrateExceedsLimit")});
    const QUrl start(source.transcodingUrl);
    EXPECT_EQ(start.path(), PlexPlaybackRequests::StartPath);
    const QUrlQuery query(start);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("maxVideoBitrate")), QStringLiteral("720"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("transcodeSessionId")), sessionId);

    const StreamSource stream = plex.backend().serverStream(source.transcodingUrl);
    EXPECT_FALSE(stream.url.toString().contains(plex.server().plexServerToken())) << "the token travels in a header";
    const QByteArray playlist = fetch(stream);
    ASSERT_TRUE(playlist.startsWith("#EXTM3U")) << playlist.toStdString();
    EXPECT_EQ(plex.server().activeEncodings(), QStringList{sessionId});
    const QString firstSegment = QString::fromUtf8(playlist.split('\n').value(6));
    EXPECT_FALSE(fetch({stream.url.resolved(QUrl(firstSegment)), stream.headers}).isEmpty()) << "no first segment";

    ASSERT_TRUE(awaitResult(plex.backend().stopTranscoding(sessionId)).ok());
    EXPECT_EQ(plex.server().stoppedEncodings(), QStringList{sessionId});
    EXPECT_TRUE(plex.server().activeEncodings().isEmpty());
}

TEST_F(PlexPlaybackTest, aForeignContainerIsRemuxedAndDirectPlayCanBeTurnedOff)
{
    PlaybackInfoRequest request = requestFor(movie());
    request.capabilities.containers = {QStringLiteral("mkv")};
    PlaybackSource source = decided(request);
    EXPECT_FALSE(source.supportsDirectPlay);
    EXPECT_TRUE(source.supportsDirectStream) << "audio and video are copied";
    EXPECT_EQ(source.transcodeReasons, QStringList{QStringLiteral("ContainerNotSupported")});

    request = requestFor(movie());
    request.enableDirectPlay = false;
    source = decided(request);
    EXPECT_FALSE(source.supportsDirectPlay);
    EXPECT_EQ(source.transcodeReasons, QStringList{QStringLiteral("DirectPlayError")});
}

TEST_F(PlexPlaybackTest, externalSubtitlesAreListedWithTheirStreamAddress)
{
    const PlaybackSource source = decided(requestFor(episode()));
    const PlaybackStream *english = nullptr;
    for (const PlaybackStream &stream : source.streams) {
        if (stream.type == PlaybackStream::Type::Subtitle && stream.language == QLatin1String("eng"))
            english = &stream;
    }
    ASSERT_NE(english, nullptr);
    EXPECT_TRUE(english->isExternal);
    EXPECT_EQ(english->delivery, PlaybackStream::Delivery::External);
    EXPECT_EQ(english->codec, QStringLiteral("srt"));
    EXPECT_EQ(source.stream(english->index), english) << "found again by its index";
    const QByteArray file = fetch(plex.backend().serverStream(english->deliveryUrl));
    EXPECT_TRUE(file.contains(DemoMedia::subtitleCue(2, 0).toUtf8())) << file.toStdString();
    EXPECT_EQ(source.defaultAudioStreamIndex, 1);
}

TEST_F(PlexPlaybackTest, aChosenSubtitleIsSelectedOnThePartAndBurntInWhereThePlayerCannotShowIt)
{
    PlaybackInfoRequest request = requestFor(episode());
    const PlaybackSource first = decided(request);
    std::optional<int> french;
    for (const PlaybackStream &stream : first.streams) {
        if (stream.type == PlaybackStream::Type::Subtitle && stream.language == QLatin1String("fre"))
            french = stream.index;
    }
    ASSERT_TRUE(french.has_value());
    EXPECT_NE(first.defaultSubtitleStreamIndex, french);

    request.subtitleStreamIndex = french;
    PlaybackSource chosen = decided(request);
    EXPECT_EQ(chosen.defaultSubtitleStreamIndex, french) << "the server plays the subtitle asked for";
    EXPECT_TRUE(chosen.supportsDirectPlay) << "the player shows SubRip itself";

    request.capabilities.subtitleFormats = {QStringLiteral("ass")};
    chosen = decided(request);
    EXPECT_FALSE(chosen.supportsDirectPlay);
    EXPECT_EQ(chosen.transcodeReasons, QStringList{QStringLiteral("SubtitleCodecNotSupported")});
    EXPECT_EQ(chosen.stream(*french)->delivery, PlaybackStream::Delivery::Encode) << "drawn into the picture";

    request.subtitleStreamIndex = -1;
    request.capabilities = mpvLike();
    chosen = decided(request);
    EXPECT_FALSE(chosen.defaultSubtitleStreamIndex.has_value()) << "subtitles off";
    EXPECT_TRUE(chosen.supportsDirectPlay);
}

TEST_F(PlexPlaybackTest, anEpisodesIntroMarkerIsASkipSegmentAndChaptersAreRead)
{
    const Result<QList<MediaSegment>> segments = awaitResult(plex.backend().mediaSegments(plex.key(episode())));
    ASSERT_TRUE(segments.ok()) << segments.error().toString().toStdString();
    ASSERT_EQ(segments.value().size(), 2);
    EXPECT_EQ(segments.value().at(0).type, MediaSegment::Type::Intro);
    EXPECT_EQ(segments.value().at(1).type, MediaSegment::Type::Outro);
    EXPECT_EQ(segments.value().at(0).endTicks, 4 * TicksPerSecond);

    const Result<PlaybackExtras> extras = awaitResult(plex.backend().playbackExtras(plex.key(episode())));
    ASSERT_TRUE(extras.ok());
    ASSERT_EQ(extras.value().chapters.size(), 4);
    EXPECT_EQ(extras.value().chapters.at(1).name, QStringLiteral("The harbour"));
    EXPECT_GT(extras.value().chapters.at(1).startTicks, 0);
}

TEST(PlexPlaybackParser, readsTheSpecificationsOwnExample)
{
    // From the official specification's decision example, cut down: a transcode, its part chosen.
    const QByteArray body = R"({"MediaContainer": {"directPlayDecisionCode": 3000,
      "directPlayDecisionText": "App cannot direct play this item. Direct play is disabled.",
      "generalDecisionCode": 1001, "generalDecisionText": "Direct play not available; Conversion OK.",
      "Metadata": [{"ratingKey": "151671", "Media": [{"id": "221632", "container": "mkv", "bitrate": 3538,
        "Part": [{"id": "221638", "key": "/library/parts/221638/1/file.mkv", "decision": "transcode", "selected": true,
          "Stream": [{"id": "332899", "streamType": 1, "codec": "h264", "decision": "transcode", "index": 0},
                     {"id": "332900", "streamType": 2, "codec": "opus", "selected": true, "index": 1, "channels": 2},
                     {"id": "332901", "streamType": 3, "codec": "ass", "decision": "burn", "index": 2}]}]}]}]}})";
    const Result<PlaybackInfo> info = PlexPlaybackParser::parseDecision(body, QStringLiteral("s1"), QStringLiteral("/start"));
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    const PlaybackSource &source = info.value().sources.at(0);
    EXPECT_EQ(source.id, QStringLiteral("/library/parts/221638/1/file.mkv"));
    EXPECT_EQ(source.bitrate, 3'538'000);
    EXPECT_EQ(source.transcodingUrl, QStringLiteral("/start"));
    EXPECT_EQ(source.transcodeReasons, QStringList{QStringLiteral("DirectPlayError")});
    EXPECT_EQ(source.defaultAudioStreamIndex, 1);
    EXPECT_EQ(source.streams.at(2).delivery, PlaybackStream::Delivery::Encode);
    EXPECT_EQ(info.value().playSessionId, QStringLiteral("s1"));
}

namespace {

/// A transcode decision shaped like the official specification's examples, with the codes and texts given.
QByteArray decisionWith(const char *codes)
{
    return QStringLiteral(R"({"MediaContainer": {%1, "Metadata": [{"ratingKey": "9", "Media": [{"container": "mkv",
        "videoCodec": "hevc", "Part": [{"id": "5", "key": "/library/parts/5/1/file.mkv", "decision": "transcode",
        "Stream": [{"id": "50", "streamType": 1, "codec": "hevc", "decision": "transcode", "index": 0}]}]}]}]}})")
        .arg(QString::fromUtf8(codes))
        .toUtf8();
}

/// What the player shows for a playback the server decided so, under @p cap.
QString statusFor(const QByteArray &body, std::optional<qint64> cap)
{
    const Result<PlaybackInfo> info = PlexPlaybackParser::parseDecision(body, QStringLiteral("s"), QStringLiteral("/start"));
    EXPECT_TRUE(info.ok());
    if (!info.ok() || info.value().sources.isEmpty())
        return info.ok() ? info.value().errorCode : info.error().message;
    PlaybackPlan plan;
    plan.method = PlayMethod::Transcode;
    plan.source = info.value().sources.first();
    plan.maxBitrate = cap;
    return playbackStatusText(plan);
}

} // namespace

TEST(PlexPlaybackParser, theDocumentedCodesSayWhyInWordsWhateverTheTextSays)
{
    // The official example of a decision for lack of bandwidth (DownloadQueueItem's DecisionResult).
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001,
        "generalDecisionText": "Direct play not available; Conversion OK.", "directPlayDecisionCode": 3001,
        "directPlayDecisionText": "Not enough bandwidth for direct play of this item.", "transcodeDecisionCode": 1001,
        "transcodeDecisionText": "Direct play not available; Conversion OK.")"), 4'000'000),
              QStringLiteral("Transcoding: bitrate above the 4 Mbps cap"));
    // The code decides, not the words: a server in another language, or one that words it differently.
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001, "directPlayDecisionCode": 3001,
        "directPlayDecisionText": "Nicht genug Bandbreite für die direkte Wiedergabe.")"), 4'000'000),
              QStringLiteral("Transcoding: bitrate above the 4 Mbps cap"));
    // 3000 says only that it cannot play directly: its text names the cause.
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001, "directPlayDecisionCode": 3000,
        "directPlayDecisionText": "App cannot direct play this item. Video codec hevc is not supported.")"), std::nullopt),
              QStringLiteral("Transcoding: the video codec (HEVC) is not supported"));
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001, "directPlayDecisionCode": 3000,
        "directPlayDecisionText": "App cannot direct play this item.",
        "transcodeDecisionText": "Container mkv is not supported.")"), std::nullopt),
              QStringLiteral("Transcoding: the container (MKV) is not supported")) << "the transcode's text when the first names nothing";
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001, "directPlayDecisionCode": 3000)"), std::nullopt),
              QStringLiteral("Transcoding: the server requires it")) << "no cause given, none made up";
    // 4xxx: the conversion itself is refused, and nothing plays.
    EXPECT_EQ(statusFor(decisionWith(R"("generalDecisionCode": 1001, "directPlayDecisionCode": 3000,
        "transcodeDecisionCode": 4005, "transcodeDecisionText": "Cannot transcode.")"), std::nullopt),
              QStringLiteral("NoCompatibleStream"));
}

TEST(PlexPlaybackParser, hostileDecisionsAreErrorsOrRefusalsNeverCrashes)
{
    const auto parse = [](const QByteArray &body) {
        return PlexPlaybackParser::parseDecision(body, QStringLiteral("s"), QStringLiteral("/start"));
    };
    EXPECT_FALSE(parse("").ok());
    EXPECT_FALSE(parse("[1,2]").ok());
    EXPECT_FALSE(parse(R"({"MediaContainer": "no"})").ok());
    EXPECT_FALSE(parse(R"({"MediaContainer": {"generalDecisionCode": 1000}})").ok()) << "no part to play";
    EXPECT_FALSE(parse(R"({"MediaContainer": {"Metadata": [{"Media": [{"Part": "x"}]}]}})").ok());
    const Result<PlaybackInfo> refused = parse(R"({"MediaContainer": {"generalDecisionCode": 2000}})");
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused.value().errorCode, QStringLiteral("NoCompatibleStream"));
    const Result<PlaybackInfo> undecided = parse(
        R"({"MediaContainer": {"Metadata": [{"Media": [{"Part": [{"key": "/library/parts/1/1/f", "decision": 7,
            "Stream": [null, 3, {"streamType": "2", "index": -5, "id": 99999999999999}]}]}]}]}})");
    ASSERT_TRUE(undecided.ok());
    EXPECT_EQ(undecided.value().errorCode, QStringLiteral("NoCompatibleStream")) << "a decision it cannot read";
    const Result<PlaybackInfo> strange = parse(
        R"({"MediaContainer": {"directPlayDecisionCode": "1000", "Metadata": [{"Media": [{"Part": [
            {"key": "/library/parts/1/1/f", "Stream": [{"streamType": 3, "key": "/library/streams/5", "id": -1},
                                                       {"streamType": 2, "index": 1e300, "channels": 1e12}]}]}]}]}})");
    ASSERT_TRUE(strange.ok());
    ASSERT_EQ(strange.value().sources.size(), 1);
    EXPECT_TRUE(strange.value().sources.at(0).supportsDirectPlay);
    for (const PlaybackStream &stream : strange.value().sources.at(0).streams)
        EXPECT_GE(stream.channels, 0);
}
