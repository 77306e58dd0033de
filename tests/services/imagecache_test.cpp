// SPDX-License-Identifier: GPL-3.0-or-later
// The image cache as the views use it: what is fetched, how often, what is cancelled, what bad data and an
// unreachable server lead to.
#include "backend/awaitfuture.h"
#include "core/clock.h"
#include "services/imagecache.h"
#include "support/fakebackend.h"
#include "support/testdirectory.h"
#include "support/testimages.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::FakeBackend;
using marquee::test::TestDirectory;
using marquee::test::awaitResult;
using marquee::test::waitUntil;

namespace {

const QString Image = QStringLiteral("image");

ImageSpec poster(const QString &itemId, QSize size = QSize(150, 225))
{
    return {itemId, ImageType::Primary, QStringLiteral("tag-") + itemId, size};
}

class ImageCacheTest : public ::testing::Test
{
protected:
    ImageCacheTest()
    {
        backend.putImage(QStringLiteral("red"), ImageType::Primary, marquee::test::pngOf(Qt::red));
        backend.putImage(QStringLiteral("blue"), ImageType::Primary, marquee::test::pngOf(Qt::blue));
    }

    std::unique_ptr<ImageCache> makeCache(Backend *withBackend)
    {
        auto cache = std::make_unique<ImageCache>(ImageCache::Options{directory.filePath(QStringLiteral("images"))}, clock);
        cache->setBackend(withBackend);
        return cache;
    }

    /// Waits until every load has ended, one way or the other.
    static bool settle(ImageCache &cache)
    {
        return waitUntil([&] { return cache.pendingCount() == 0; });
    }

    TestDirectory directory;
    ManualClock clock;
    FakeBackend backend;
    QObject client;
    QObject otherClient;
};

} // namespace

TEST_F(ImageCacheTest, AnImageComesFromTheServerOnceThenFromDisk)
{
    {
        auto cache = makeCache(&backend);
        QSignalSpy ready(cache.get(), &ImageCache::imageReady);
        cache->setWanted(&client, {poster(QStringLiteral("red"))});
        ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
        EXPECT_EQ(ready.first().first().toString(), poster(QStringLiteral("red")).key());
        const QImage image = cache->cached(poster(QStringLiteral("red")));
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(150, 225)) << "decoded at the displayed size, not the 300 × 450 sent";
        EXPECT_EQ(QColor(image.pixel(75, 110)), QColor(Qt::red));
        EXPECT_EQ(backend.calls(Image), 1);
        EXPECT_EQ(backend.imageRequests().first().maxWidth, 160) << "asked at the stored width, not full size";
        EXPECT_EQ(cache->counters().misses, 1);
    }
    // A new run, with the server gone: the disk answers.
    auto offline = makeCache(nullptr);
    QSignalSpy ready(offline.get(), &ImageCache::imageReady);
    offline->setWanted(&client, {poster(QStringLiteral("red"))});
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(QColor(offline->cached(poster(QStringLiteral("red"))).pixel(10, 10)), QColor(Qt::red));
    EXPECT_EQ(offline->counters().diskHits, 1);
    EXPECT_EQ(offline->counters().misses, 0);
}

TEST_F(ImageCacheTest, IdenticalRequestsShareOneDownload)
{
    auto cache = makeCache(&backend);
    QSignalSpy ready(cache.get(), &ImageCache::imageReady);
    backend.holdImages(true); // a slow server: everything below is asked while the first request is in flight
    // Two views want the same poster; a third wants it a few pixels larger, which is stored at the same width.
    cache->setWanted(&client, {poster(QStringLiteral("red"))});
    cache->setWanted(&otherClient, {poster(QStringLiteral("red")), poster(QStringLiteral("red"), QSize(156, 234))});
    ASSERT_TRUE(waitUntil([&] { return backend.calls(Image) == 1; }));
    QTest::qWait(100);
    backend.releaseImages();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 2; }));
    ASSERT_TRUE(settle(*cache));
    EXPECT_EQ(backend.calls(Image), 1);
    EXPECT_FALSE(cache->cached(poster(QStringLiteral("red"), QSize(156, 234))).isNull());
}

TEST_F(ImageCacheTest, AnImageNoLongerWantedIsNotFetched)
{
    auto cache = makeCache(&backend);
    cache->setWanted(&client, {poster(QStringLiteral("red")), poster(QStringLiteral("blue"))});
    cache->setWanted(&client, {poster(QStringLiteral("blue"))}); // red scrolled away before its turn
    ASSERT_TRUE(settle(*cache));
    EXPECT_EQ(backend.calls(Image), 1);
    EXPECT_EQ(backend.imageRequests().first().itemId, QStringLiteral("blue"));
    EXPECT_TRUE(cache->cached(poster(QStringLiteral("red"))).isNull());
}

TEST_F(ImageCacheTest, ADownloadNobodyWantsAnyMoreIsCancelled)
{
    auto cache = makeCache(&backend);
    backend.holdImages(true);
    auto *otherView = new QObject;
    cache->setWanted(&client, {poster(QStringLiteral("red"))});
    cache->setWanted(otherView, {poster(QStringLiteral("red"))});
    ASSERT_TRUE(waitUntil([&] { return backend.calls(Image) == 1; }));

    cache->setWanted(&client, {});
    EXPECT_EQ(cache->pendingCount(), 1) << "the other view still waits for it";
    delete otherView; // a view that goes away takes its wishes along
    ASSERT_TRUE(settle(*cache));
    backend.releaseImages();
    QCoreApplication::processEvents();
    EXPECT_TRUE(cache->cached(poster(QStringLiteral("red"))).isNull());
    EXPECT_EQ(awaitResult(cache->storeStats()).value().files, 0) << "the aborted download stored nothing";
}

TEST_F(ImageCacheTest, CorruptBytesAndABombGiveNoImageAndAreNotFetchedAgain)
{
    backend.putImage(QStringLiteral("garbage"), ImageType::Primary, QByteArrayLiteral("\xff\xd8 this is no JPEG"));
    backend.putImage(QStringLiteral("bomb"), ImageType::Primary, marquee::test::declaredHugePng());
    auto cache = makeCache(&backend);
    QSignalSpy failed(cache.get(), &ImageCache::imageFailed);
    const QList<ImageSpec> bad{poster(QStringLiteral("garbage")), poster(QStringLiteral("bomb"))};
    cache->setWanted(&client, bad);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }));
    EXPECT_TRUE(cache->cached(bad.at(0)).isNull());
    EXPECT_TRUE(cache->cached(bad.at(1)).isNull());
    EXPECT_EQ(awaitResult(cache->storeStats()).value().files, 0) << "bad bytes never reach the disk";

    // The views repaint the placeholder and ask again, as they do after scrolling back: no new request.
    cache->setWanted(&client, {});
    cache->setWanted(&client, bad);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 4; }));
    EXPECT_EQ(backend.calls(Image), 2);
    EXPECT_EQ(cache->counters().failed, 4);
}

TEST_F(ImageCacheTest, OfflineShowsWhatIsOnDiskAndRetriesTheRestOnlyLater)
{
    {
        auto online = makeCache(&backend);
        ASSERT_TRUE(awaitResult(online->download(poster(QStringLiteral("red")))).value());
    }
    backend.setFailure(ErrorKind::Offline);
    backend.resetCounters();
    auto cache = makeCache(&backend);
    QSignalSpy ready(cache.get(), &ImageCache::imageReady);
    QSignalSpy failed(cache.get(), &ImageCache::imageFailed);
    cache->setWanted(&client, {poster(QStringLiteral("red")), poster(QStringLiteral("blue"))});
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1 && failed.count() == 1; }));
    EXPECT_FALSE(cache->cached(poster(QStringLiteral("red"))).isNull());
    EXPECT_TRUE(cache->cached(poster(QStringLiteral("blue"))).isNull());
    const int callsWhileOffline = backend.calls(Image);
    EXPECT_EQ(callsWhileOffline, 1) << "blue was asked for; red came from disk";

    cache->setWanted(&client, {});
    cache->setWanted(&client, {poster(QStringLiteral("blue"))});
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }));
    EXPECT_EQ(backend.calls(Image), callsWhileOffline) << "no request loop while the server is away";

    backend.setFailure(ErrorKind::None);
    clock.advanceMs(ImageCache::RetryAfterFailureMs + 1);
    cache->setWanted(&client, {});
    cache->setWanted(&client, {poster(QStringLiteral("blue"))});
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 2; }));
    EXPECT_EQ(QColor(cache->cached(poster(QStringLiteral("blue"))).pixel(1, 1)), QColor(Qt::blue));
}

TEST_F(ImageCacheTest, ANarrowerStoredCopyStandsInWhenTheRightOneCannotBeFetched)
{
    {
        auto online = makeCache(&backend);
        ASSERT_TRUE(awaitResult(online->download(poster(QStringLiteral("red")))).value());
    }
    auto cache = makeCache(nullptr);
    const ImageSpec large = poster(QStringLiteral("red"), QSize(480, 720));
    QSignalSpy ready(cache.get(), &ImageCache::imageReady);
    cache->setWanted(&client, {large});
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    const QImage standIn = cache->cached(large);
    EXPECT_EQ(standIn.size(), QSize(300, 450)) << "all the pixels there are; the painter stretches them";
    EXPECT_EQ(QColor(standIn.pixel(1, 1)), QColor(Qt::red));
}

TEST_F(ImageCacheTest, DownloadSkipsWhatIsStoredAndClearEmptiesTheStore)
{
    auto cache = makeCache(&backend);
    EXPECT_TRUE(awaitResult(cache->download(poster(QStringLiteral("red"), QSize(480, 720)))).value());
    EXPECT_FALSE(awaitResult(cache->download(poster(QStringLiteral("red")))).value()) << "a wider copy serves";
    EXPECT_EQ(backend.calls(Image), 1);
    const Result<bool> missing = awaitResult(cache->download(poster(QStringLiteral("nobody"))));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::ClientError);

    const Result<ImageStoreStats> cleared = awaitResult(cache->clear());
    ASSERT_TRUE(cleared);
    EXPECT_EQ(cleared.value().files, 1);
    EXPECT_EQ(awaitResult(cache->storeStats()).value().files, 0);
}
