// SPDX-License-Identifier: GPL-3.0-or-later
// The disk half of the image cache: LRU eviction under a cap, use remembered across runs, TTL, decoding limits.
#include "core/clock.h"
#include "services/imagedecoder.h"
#include "services/imagestore.h"
#include "support/testdirectory.h"
#include "support/testimages.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::TestDirectory;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;

ImageSpec poster(const QString &itemId)
{
    return {itemId, ImageType::Primary, QStringLiteral("tag-") + itemId, QSize(150, 225)};
}

class ImageStoreTest : public ::testing::Test
{
protected:
    ImageStore::Options options(qint64 maxBytes = ImageStore::DefaultMaxBytes) const
    {
        return {directory.filePath(QStringLiteral("images")), maxBytes, 30 * Day};
    }

    TestDirectory directory;
    ManualClock clock;
    const QByteArray bytes = marquee::test::pngOf(Qt::darkCyan);
};

} // namespace

TEST_F(ImageStoreTest, EvictionUnderASmallCapKeepsTheRecentlyUsed)
{
    // Room for three and a half posters: the fourth evicts one, the least recently used.
    ImageStore store(options(bytes.size() * 7 / 2), clock);
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        ASSERT_TRUE(store.put(poster(id), bytes));
        clock.advanceMs(Minute);
    }
    ASSERT_TRUE(store.find(poster(QStringLiteral("a")))); // a is looked at again: b is now the oldest
    clock.advanceMs(Minute);
    ASSERT_TRUE(store.put(poster(QStringLiteral("d")), bytes));

    EXPECT_TRUE(store.contains(poster(QStringLiteral("a"))));
    EXPECT_FALSE(store.contains(poster(QStringLiteral("b"))));
    EXPECT_TRUE(store.contains(poster(QStringLiteral("c"))));
    EXPECT_TRUE(store.contains(poster(QStringLiteral("d"))));
    EXPECT_EQ(store.stats().files, 3);
    EXPECT_LE(store.stats().bytes, bytes.size() * 7 / 2);
}

TEST_F(ImageStoreTest, UseIsRememberedAcrossRunsAndUnusedImagesExpire)
{
    {
        ImageStore store(options(), clock);
        ASSERT_TRUE(store.put(poster(QStringLiteral("old")), bytes));
        ASSERT_TRUE(store.put(poster(QStringLiteral("used")), bytes));
        clock.advanceMs(20 * Day);
        ASSERT_TRUE(store.find(poster(QStringLiteral("used"))));
    }
    clock.advanceMs(11 * Day); // "old" unused for 31 days, "used" for 11
    ImageStore reopened(options(), clock);
    EXPECT_FALSE(reopened.contains(poster(QStringLiteral("old"))));
    EXPECT_TRUE(reopened.contains(poster(QStringLiteral("used"))));
    EXPECT_EQ(reopened.stats().files, 1);
}

TEST_F(ImageStoreTest, AWiderCopyServesASmallerDisplayAndANarrowerOneIsOnlyAFallback)
{
    ImageStore store(options(), clock);
    ImageSpec small = poster(QStringLiteral("x"));
    ImageSpec large = small;
    large.size = QSize(460, 690);
    ASSERT_TRUE(store.put(small, bytes));

    const std::optional<ImageStore::Found> forLarge = store.find(large);
    ASSERT_TRUE(forLarge);
    EXPECT_FALSE(forLarge->wideEnough);
    EXPECT_FALSE(store.contains(large));

    ASSERT_TRUE(store.put(large, bytes));
    const std::optional<ImageStore::Found> forSmall = store.find(small);
    ASSERT_TRUE(forSmall);
    EXPECT_TRUE(forSmall->wideEnough);
    EXPECT_EQ(forSmall->width, small.storedWidth()) << "the narrowest copy that is wide enough";
}

TEST_F(ImageStoreTest, ServerTextNeverReachesAPath)
{
    ImageStore store(options(), clock);
    const ImageSpec hostile{QStringLiteral("../../etc/passwd"), ImageType::Primary, QStringLiteral("/tmp/x"), QSize(10, 10)};
    ASSERT_TRUE(store.put(hostile, bytes));
    const std::optional<ImageStore::Found> found = store.find(hostile);
    ASSERT_TRUE(found);
    EXPECT_TRUE(QDir::cleanPath(found->path).startsWith(options().directory + QLatin1Char('/'))) << found->path.toStdString();
}

TEST_F(ImageStoreTest, ClearDeletesEveryFileAndSaysHowMany)
{
    ImageStore store(options(), clock);
    ASSERT_TRUE(store.put(poster(QStringLiteral("a")), bytes));
    ASSERT_TRUE(store.put(poster(QStringLiteral("b")), bytes));
    const Result<ImageStoreStats> cleared = store.clear();
    ASSERT_TRUE(cleared);
    EXPECT_EQ(cleared.value().files, 2);
    EXPECT_EQ(cleared.value().bytes, 2 * bytes.size());
    EXPECT_EQ(store.stats().files, 0);
    EXPECT_FALSE(QDir(options().directory).exists());
    EXPECT_TRUE(store.put(poster(QStringLiteral("c")), bytes)) << "usable again after a clear";
}

TEST(ImageDecoderTest, DecodesAtTheDisplayedSizeCroppedToCover)
{
    // A landscape image for a portrait poster: scaled to the poster's height, the middle kept.
    QImage wide(1000, 500, QImage::Format_RGB32);
    wide.fill(Qt::blue);
    for (int x = 400; x < 600; ++x) {
        for (int y = 0; y < 500; ++y)
            wide.setPixel(x, y, qRgb(255, 0, 0));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    wide.save(&buffer, "PNG");

    const Result<QImage> image = ImageDecoder::decode(bytes, QSize(100, 150));
    ASSERT_TRUE(image) << image.error().toString().toStdString();
    EXPECT_EQ(image.value().size(), QSize(100, 150));
    EXPECT_EQ(QColor(image.value().pixel(50, 75)), QColor(Qt::red)) << "the centre is kept";
    EXPECT_EQ(QColor(image.value().pixel(2, 75)), QColor(Qt::blue));
}

TEST(ImageDecoderTest, APngChunkLongerThanTheFileIsRefusedBeforeLibpngAllocatesIt)
{
    // Found by fuzz_images: after the pixels, a text chunk that declares 2 GB. libpng allocated and cleared all of
    // it (outside the reader's allocation limit) before finding the file short.
    QByteArray bytes = marquee::test::pngOf(Qt::green);
    const qsizetype iend = bytes.size() - 12;
    ASSERT_EQ(bytes.mid(iend + 4, 4), QByteArrayLiteral("IEND"));
    QByteArray hostile;
    hostile.append(QByteArray::fromHex("7c000025")).append("tEXtdate:modify").append(QByteArray(4, '\0'));
    bytes.insert(iend, hostile);

    const Result<QImage> image = ImageDecoder::decode(bytes, QSize(150, 225));
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().kind, ErrorKind::BadResponse);
    EXPECT_TRUE(image.error().message.contains(QStringLiteral("2080374821"))) << image.error().message.toStdString();
    EXPECT_TRUE(ImageDecoder::decode(marquee::test::pngOf(Qt::green), QSize(150, 225))) << "a whole PNG still decodes";
}

TEST(ImageDecoderTest, RefusesABombAndGarbageWithTypedErrors)
{
    const Result<QImage> bomb = ImageDecoder::decode(marquee::test::declaredHugePng(), QSize(150, 225));
    ASSERT_FALSE(bomb);
    EXPECT_EQ(bomb.error().kind, ErrorKind::TooLarge);
    EXPECT_TRUE(bomb.error().message.contains(QStringLiteral("100000"))) << bomb.error().message.toStdString();

    const Result<QImage> garbage = ImageDecoder::decode(QByteArrayLiteral("<html>gateway error</html>"), QSize(10, 10));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().kind, ErrorKind::BadResponse);

    QByteArray truncated = marquee::test::pngOf(Qt::green);
    truncated.truncate(truncated.size() / 3);
    EXPECT_FALSE(ImageDecoder::decode(truncated, QSize(150, 225)).ok());
}

TEST_F(ImageStoreTest, TwoServersKeepTheirOwnImageOfOneIdAndTagAndAnEarlierStoreIsStillRead)
{
    const QByteArray other = marquee::test::pngOf(Qt::darkRed);
    ImageStore store(options(), clock);
    ImageSpec unkeyed = poster(QStringLiteral("x")); // as a release before several servers stored it
    ASSERT_TRUE(store.put(unkeyed, bytes));

    ImageSpec home = unkeyed;
    home.serverId = QStringLiteral("home-server");
    const std::optional<ImageStore::Found> earlier = store.find(home);
    ASSERT_TRUE(earlier) << "the image stored before images were kept per server was lost";
    EXPECT_TRUE(store.contains(home));

    ImageSpec friends = unkeyed;
    friends.serverId = QStringLiteral("friends-server");
    ASSERT_TRUE(store.put(home, bytes));
    ASSERT_TRUE(store.put(friends, other));
    const std::optional<ImageStore::Found> homeFile = store.find(home);
    const std::optional<ImageStore::Found> friendsFile = store.find(friends);
    ASSERT_TRUE(homeFile && friendsFile);
    EXPECT_NE(homeFile->path, friendsFile->path);
    EXPECT_NE(homeFile->path, earlier->path) << "new files are written under the server's name";
    QFile read(friendsFile->path);
    ASSERT_TRUE(read.open(QIODevice::ReadOnly));
    EXPECT_EQ(read.readAll(), other) << "the friend's server's poster is its own";
}
