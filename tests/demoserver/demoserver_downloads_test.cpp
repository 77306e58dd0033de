// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of the demo server's download routes: /Items/{id}/Download, PlaybackInfo, the download
// permission, replaced files, generated large files and the bandwidth limit.
#include "demotestclient.h"

#include <QtEndian>

using namespace marquee;
using namespace marquee::test;

namespace {

QJsonObject firstSource(const HttpResult &info)
{
    return info.json().value(QStringLiteral("MediaSources")).toArray().first().toObject();
}

} // namespace

TEST_F(DemoServerTest, DownloadServesTheOriginalWithRangesAndLastModified)
{
    const QString id = server->itemIds(DemoItemKind::Movie).first();
    ASSERT_TRUE(server->replaceMediaFile(id, 300'000));
    const HttpResult info = client->get(QStringLiteral("/Items/%1/PlaybackInfo?userId=%2").arg(id, server->userId()));
    ASSERT_EQ(info.status, 200);
    const QJsonObject source = firstSource(info);
    EXPECT_EQ(source.value(QStringLiteral("Size")).toDouble(), 300'000.0);
    EXPECT_EQ(source.value(QStringLiteral("Id")).toString(), id);
    EXPECT_EQ(source.value(QStringLiteral("ETag")).toString().size(), 32);
    EXPECT_FALSE(info.json().value(QStringLiteral("PlaySessionId")).toString().isEmpty());
    EXPECT_EQ(firstSource(client->post(QStringLiteral("/Items/%1/PlaybackInfo").arg(id))), source);

    const HttpResult whole = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    ASSERT_EQ(whole.status, 200);
    ASSERT_EQ(whole.body.size(), 300'000);
    EXPECT_EQ(whole.body, server->mediaFileBytes(id, 0, 300'000));
    EXPECT_EQ(whole.body.mid(4, 4), QByteArray("ftyp"));
    EXPECT_EQ(whole.headers.value("content-type"), QByteArray("video/mp4"));
    EXPECT_EQ(whole.headers.value("accept-ranges"), QByteArray("bytes"));
    EXPECT_TRUE(whole.headers.value("content-disposition").startsWith("attachment"));
    const QByteArray lastModified = whole.headers.value("last-modified");
    ASSERT_FALSE(lastModified.isEmpty());

    // Resuming as a downloader does: Range plus If-Range with the validator it kept.
    const HttpResult rest = client->request("GET", QStringLiteral("/Items/%1/Download").arg(id), {},
                                            {{"Range", "bytes=123456-"}, {"If-Range", lastModified}});
    EXPECT_EQ(rest.status, 206);
    EXPECT_EQ(rest.body, whole.body.mid(123456));
    EXPECT_EQ(rest.headers.value("content-range"), QByteArray("bytes 123456-299999/300000"));
    // A validator that is not the file's own: the whole file, never a range of another version.
    const HttpResult stale = client->request("GET", QStringLiteral("/Items/%1/Download").arg(id), {},
                                             {{"Range", "bytes=123456-"}, {"If-Range", "Sun, 01 Jan 2023 00:00:00 GMT"}});
    EXPECT_EQ(stale.status, 200);
    EXPECT_EQ(stale.body, whole.body);
    EXPECT_EQ(client->request("GET", QStringLiteral("/Items/%1/Download").arg(id), {}, {{"Range", "bytes=300000-"}}).status,
              416);
    // The real server has no HEAD route for it.
    EXPECT_EQ(client->request("HEAD", QStringLiteral("/Items/%1/Download").arg(id)).status, 405);
}

TEST_F(DemoServerTest, ReplacedFileHasNewSizeEtagDateAndBytes)
{
    const QString id = server->itemIds(DemoItemKind::Episode).first();
    const QString url = QStringLiteral("/Items/%1/PlaybackInfo?userId=%2").arg(id, server->userId());
    const QJsonObject before = firstSource(client->get(url));
    const HttpResult oldFile = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    const QString etagBefore = client->get(QStringLiteral("/Items/") + id).json().value(QStringLiteral("Etag")).toString();

    ASSERT_TRUE(client->post(QStringLiteral("/Demo/Items/%1/File?sizeBytes=%2").arg(id).arg(oldFile.body.size() + 5000))
                    .status == 204);
    const QJsonObject after = firstSource(client->get(url));
    EXPECT_EQ(after.value(QStringLiteral("Size")).toDouble(), double(oldFile.body.size() + 5000));
    EXPECT_NE(after.value(QStringLiteral("ETag")).toString(), before.value(QStringLiteral("ETag")).toString());
    EXPECT_NE(client->get(QStringLiteral("/Items/") + id).json().value(QStringLiteral("Etag")).toString(), etagBefore);
    const HttpResult newFile = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    EXPECT_NE(newFile.headers.value("last-modified"), oldFile.headers.value("last-modified"));
    EXPECT_EQ(newFile.body.size(), oldFile.body.size() + 5000);

    // Replaced again with the same size: still other bytes and another ETag.
    ASSERT_TRUE(server->replaceMediaFile(id, newFile.body.size()));
    EXPECT_NE(firstSource(client->get(url)).value(QStringLiteral("ETag")), after.value(QStringLiteral("ETag")));
    EXPECT_NE(client->get(QStringLiteral("/Items/%1/Download").arg(id)).body, newFile.body);
    EXPECT_EQ(client->post(QStringLiteral("/Demo/Items/%1/File?sizeBytes=10").arg(id)).status, 400);
    EXPECT_FALSE(server->replaceMediaFile(server->itemIds(DemoItemKind::Series).first(), 1'000'000));
}

TEST_F(DemoServerTest, WithoutThePermissionDownloadIsForbiddenAndItemsSaySo)
{
    const QString id = server->itemIds(DemoItemKind::Movie).first();
    const QString fields = QStringLiteral("/Items?ids=%1&fields=CanDownload").arg(id);
    EXPECT_TRUE(client->get(fields).items()[0].toObject().value(QStringLiteral("CanDownload")).toBool());
    const QString series = server->itemIds(DemoItemKind::Series).first();
    EXPECT_FALSE(client->get(QStringLiteral("/Items?ids=%1&fields=CanDownload").arg(series))
                     .items()[0].toObject().value(QStringLiteral("CanDownload")).toBool());
    EXPECT_EQ(client->get(QStringLiteral("/Items/%1/Download").arg(series)).status, 403);

    server->setDownloadsAllowed(false);
    const HttpResult denied = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    EXPECT_EQ(denied.status, 403);
    EXPECT_TRUE(denied.body.isEmpty());
    EXPECT_FALSE(client->get(fields).items()[0].toObject().value(QStringLiteral("CanDownload")).toBool());
    EXPECT_EQ(client->post(QStringLiteral("/Demo/Controls?downloadsAllowed=true")).status, 200);
    EXPECT_EQ(client->get(QStringLiteral("/Items/%1/Download").arg(id)).status, 200);

    DemoTestClient anonymous(server->baseUrl());
    EXPECT_EQ(anonymous.get(QStringLiteral("/Items/%1/Download").arg(id)).status, 401);
}

TEST_F(DemoServerTest, LargeFilesAreGeneratedOnDemandAsValidBoxes)
{
    const QString id = server->itemIds(DemoItemKind::Movie).at(1);
    const qint64 sample = server->mediaFileSize(id);
    const qint64 twoGb = 2LL << 30;
    ASSERT_TRUE(server->replaceMediaFile(id, twoGb));
    EXPECT_EQ(server->mediaFileSize(id), twoGb);
    const QByteArray header = server->mediaFileBytes(id, sample, 8);
    EXPECT_EQ(qFromBigEndian<quint32>(header.constData()), quint32(twoGb - sample));
    EXPECT_EQ(header.mid(4), QByteArray("free"));
    const HttpResult tail = client->request("GET", QStringLiteral("/Items/%1/Download").arg(id), {},
                                            {{"Range", QByteArray("bytes=") + QByteArray::number(twoGb - 4096) + '-'}});
    EXPECT_EQ(tail.status, 206);
    EXPECT_EQ(tail.body, server->mediaFileBytes(id, twoGb - 4096, 4096));

    // Past 4 GiB the box needs its 64-bit size.
    const qint64 fiveGb = 5LL << 30;
    ASSERT_TRUE(server->replaceMediaFile(id, fiveGb));
    const QByteArray large = server->mediaFileBytes(id, sample, 16);
    EXPECT_EQ(qFromBigEndian<quint32>(large.constData()), 1u);
    EXPECT_EQ(large.mid(4, 4), QByteArray("free"));
    EXPECT_EQ(qFromBigEndian<quint64>(large.constData() + 8), quint64(fiveGb - sample));
}

TEST_F(DemoServerTest, BandwidthLimitPacesMediaAndCountersCountDownloads)
{
    const QString id = server->itemIds(DemoItemKind::Movie).first();
    ASSERT_TRUE(server->replaceMediaFile(id, 400'000));
    server->resetCounters();
    ASSERT_EQ(client->post(QStringLiteral("/Demo/Controls?bandwidthBytesPerSecond=800000")).status, 200);
    const HttpResult paced = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    ASSERT_EQ(paced.body.size(), 400'000);
    // 400 kB at 800 kB/s: at least half a second, whatever the machine (a busy one is only slower).
    EXPECT_GE(paced.elapsedMs, 450);
    server->setBandwidthLimit(0);
    EXPECT_EQ(client->get(QStringLiteral("/Items/%1/Download").arg(id)).body.size(), 400'000);
    EXPECT_EQ(server->requestCounts().value(QStringLiteral("/Items/{itemId}/Download")), 2);
    EXPECT_EQ(server->mediaBytesSent(), 800'000);
    const QJsonObject counters = client->get(QStringLiteral("/Demo/Counters")).json();
    EXPECT_EQ(counters.value(QStringLiteral("MediaBytesSent")).toDouble(), 800'000.0);
}

TEST_F(DemoServerTest, ADroppedDownloadSendsHalfAndHangsUp)
{
    const QString id = server->itemIds(DemoItemKind::Movie).first();
    ASSERT_TRUE(server->replaceMediaFile(id, 200'000));
    server->dropConnectionsMidBody(1);
    const HttpResult cut = client->get(QStringLiteral("/Items/%1/Download").arg(id));
    EXPECT_EQ(cut.headers.value("content-length"), QByteArray("200000")); // promised in full
    EXPECT_EQ(cut.body.size(), 100'000);
    EXPECT_EQ(client->get(QStringLiteral("/Items/%1/Download").arg(id)).body.size(), 200'000);
}
