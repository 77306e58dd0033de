// SPDX-License-Identifier: GPL-3.0-or-later
// What the backend says about downloads: where the bytes are (with the credential in headers only), the media
// sources of PlaybackInfo with Size and ETag, and CanDownload on items.
#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinresponseparser.h"
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
    const Result<QList<MediaSource>> sources = awaitResult(demo.backend().playbackInfo(movie));
    ASSERT_TRUE(sources.ok()) << sources.error().toString().toStdString();
    ASSERT_EQ(sources.value().size(), 1);
    EXPECT_EQ(sources.value().first().id, movie);
    EXPECT_EQ(sources.value().first().sizeBytes, 1'000'000);
    EXPECT_EQ(sources.value().first().etag.size(), 32);
    EXPECT_EQ(demo.requests(QStringLiteral("/Items/{itemId}/PlaybackInfo")), 1);

    const Result<MediaItem> details = awaitResult(demo.backend().itemDetails(movie));
    ASSERT_TRUE(details.ok());
    EXPECT_TRUE(details.value().canDownload);
    EXPECT_EQ(details.value().mediaSources.value(0).etag, sources.value().first().etag);
    ItemQuery query;
    query.ids = {movie};
    const Result<ItemPage> listed = awaitResult(demo.backend().items(query));
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed.value().items.value(0).canDownload) << "asked for with Fields in every listing";
    demo.server().setDownloadsAllowed(false);
    EXPECT_FALSE(awaitResult(demo.backend().items(query)).value().items.value(0).canDownload);

    EXPECT_EQ(awaitResult(demo.backend().playbackInfo(QStringLiteral("ffffffffffffffffffffffffffffffff"))).error().httpStatus,
              404);
}

TEST(DownloadSource, PlaybackInfoParsingIsTolerantAndStrictWhereItMatters)
{
    const Result<QList<MediaSource>> refused =
        JellyfinResponseParser::parsePlaybackInfo(R"({"MediaSources":[],"ErrorCode":"NotAllowed"})");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ClientError);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("NotAllowed")));
    EXPECT_EQ(JellyfinResponseParser::parsePlaybackInfo("<html>").error().kind, ErrorKind::BadResponse);
    const Result<QList<MediaSource>> odd = JellyfinResponseParser::parsePlaybackInfo(
        R"({"MediaSources":[{"Id":"a","Size":-5,"ETag":7},null,"x",{"Id":"b","Size":12,"ETag":"e"}]})");
    ASSERT_TRUE(odd.ok());
    ASSERT_EQ(odd.value().size(), 2);
    EXPECT_EQ(odd.value().at(0).sizeBytes, 0);
    EXPECT_TRUE(odd.value().at(0).etag.isEmpty());
    EXPECT_EQ(odd.value().at(1).etag, QStringLiteral("e"));
    const std::optional<MediaItem> item =
        JellyfinItemParser::parseItem(QJsonObject{{QStringLiteral("Id"), QStringLiteral("x")},
                                                  {QStringLiteral("CanDownload"), QStringLiteral("yes")}},
                                      DetailLevel::Summary);
    ASSERT_TRUE(item);
    EXPECT_FALSE(item->canDownload) << "only a real true counts";
}
