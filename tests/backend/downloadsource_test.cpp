// SPDX-License-Identifier: GPL-3.0-or-later
// What the backend says about downloads: where the bytes are (with the credential in headers only), the media
// sources of PlaybackInfo with Size and ETag, and CanDownload on items.
#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinplaybackparser.h"
#include "support/demosession.h"

using namespace marquee;
using namespace marquee::test;

TEST(DownloadSource, PointsAtItemsDownloadWithTheTokenInAHeaderOnly)
{
    DemoSession demo;
    const QString movie = demo.server().itemIds(DemoItemKind::Movie).first();
    const StreamSource source = demo.backend().downloadSource(movie);
    EXPECT_EQ(source.url.path(), QStringLiteral("/Items/%1/Download").arg(movie));
    EXPECT_FALSE(source.url.toString().contains(demo.backend().session().accessToken));
    ASSERT_EQ(source.headers.size(), 1);
    EXPECT_EQ(source.headers.first().first, QByteArray("Authorization"));
    EXPECT_TRUE(source.headers.first().second.contains(demo.backend().session().accessToken.toLatin1()));
}

TEST(DownloadSource, PlaybackInfoGivesSizeAndEtagAndItemsSayCanDownload)
{
    DemoSession demo;
    const QString movie = demo.server().itemIds(DemoItemKind::Movie).first();
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 1'000'000));
    PlaybackInfoRequest request;
    request.itemId = movie;
    const Result<PlaybackInfo> info = awaitResult(demo.backend().playbackInfo(request));
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    ASSERT_FALSE(info.value().sources.isEmpty());
    const PlaybackSource &original = info.value().sources.first();
    EXPECT_EQ(original.id, movie);
    EXPECT_EQ(original.sizeBytes, 1'000'000);
    EXPECT_EQ(original.eTag.size(), 32);
    EXPECT_EQ(demo.requests(QStringLiteral("/Items/{itemId}/PlaybackInfo")), 1);

    const Result<MediaItem> details = awaitResult(demo.backend().itemDetails(movie));
    ASSERT_TRUE(details.ok());
    EXPECT_TRUE(details.value().canDownload);
    EXPECT_EQ(details.value().mediaSources.value(0).sizeBytes, 1'000'000) << "the listing and PlaybackInfo agree";
    // Replaced again, with the same size: only the ETag tells.
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 1'000'000));
    const Result<PlaybackInfo> again = awaitResult(demo.backend().playbackInfo(request));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().sources.value(0).sizeBytes, 1'000'000);
    EXPECT_NE(again.value().sources.value(0).eTag, original.eTag);
    ItemQuery query;
    query.ids = {movie};
    const Result<ItemPage> listed = awaitResult(demo.backend().items(query));
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed.value().items.value(0).canDownload) << "asked for with Fields in every listing";
    demo.server().setDownloadsAllowed(false);
    EXPECT_FALSE(awaitResult(demo.backend().items(query)).value().items.value(0).canDownload);

    request.itemId = QStringLiteral("ffffffffffffffffffffffffffffffff");
    EXPECT_EQ(awaitResult(demo.backend().playbackInfo(request)).error().httpStatus, 404);
}

TEST(DownloadSource, PlaybackInfoParsingIsTolerantAndStrictWhereItMatters)
{
    // The server's own "no" is an answer, not a malformed body: the download lane reads it as a refusal.
    const Result<PlaybackInfo> refused =
        JellyfinPlaybackParser::parsePlaybackInfo(R"({"MediaSources":[],"ErrorCode":"NotAllowed"})");
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused.value().errorCode, QStringLiteral("NotAllowed"));
    EXPECT_TRUE(refused.value().sources.isEmpty());
    EXPECT_EQ(JellyfinPlaybackParser::parsePlaybackInfo("<html>").error().kind, ErrorKind::BadResponse);
    const Result<PlaybackInfo> odd = JellyfinPlaybackParser::parsePlaybackInfo(
        R"({"MediaSources":[{"Id":"a","Size":-5,"ETag":7},null,"x",{"Id":"b","Size":12,"ETag":"e"}]})");
    ASSERT_TRUE(odd.ok());
    ASSERT_EQ(odd.value().sources.size(), 2);
    EXPECT_EQ(odd.value().sources.at(0).sizeBytes, 0);
    EXPECT_TRUE(odd.value().sources.at(0).eTag.isEmpty());
    EXPECT_EQ(odd.value().sources.at(1).sizeBytes, 12);
    EXPECT_EQ(odd.value().sources.at(1).eTag, QStringLiteral("e"));
    const std::optional<MediaItem> item =
        JellyfinItemParser::parseItem(QJsonObject{{QStringLiteral("Id"), QStringLiteral("x")},
                                                  {QStringLiteral("CanDownload"), QStringLiteral("yes")}},
                                      DetailLevel::Summary);
    ASSERT_TRUE(item);
    EXPECT_FALSE(item->canDownload) << "only a real true counts";
}
