// SPDX-License-Identifier: GPL-3.0-or-later
// A Plex part's preview thumbnails (BIF): the picture for a time and the player's manifest of one picture per tile;
// broken and hostile files are a BadResponse that says what is wrong, never a crash or an allocation the bytes do
// not back.
#include "backend/plexbif.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

QByteArray jpegOfColour(QColor colour, QSize size = {160, 90})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

void putWord(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

/// A BIF as Plex writes one: pictures numbered 0, 1, 2 … in units of @p unitMs.
QByteArray bifOf(const QList<QByteArray> &pictures, quint32 unitMs)
{
    QByteArray bytes(64 + 8 * (pictures.size() + 1), '\0');
    bytes.replace(0, 8, QByteArray("\x89" "BIF\r\n\x1a\n", 8));
    putWord(bytes, 12, quint32(pictures.size()));
    putWord(bytes, 16, unitMs);
    quint32 offset = quint32(bytes.size());
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        putWord(bytes, 64 + 8 * i, quint32(i));
        putWord(bytes, 64 + 8 * i + 4, offset);
        offset += quint32(pictures.at(i).size());
    }
    putWord(bytes, 64 + 8 * pictures.size(), 0xffffffffu);
    putWord(bytes, 64 + 8 * pictures.size() + 4, offset);
    for (const QByteArray &picture : pictures)
        bytes.append(picture);
    return bytes;
}

const QList<QColor> Colours{Qt::red, Qt::green, Qt::blue, Qt::yellow};

QColor colourOf(const QByteArray &jpeg)
{
    return QImage::fromData(jpeg).pixelColor(80, 45);
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40 && std::abs(a.blue() - b.blue()) < 40;
}

QString errorOf(const QByteArray &bytes)
{
    const Result<PlexBif> bif = PlexBif::parse(bytes);
    if (bif.ok())
        return QStringLiteral("parsed");
    EXPECT_EQ(bif.error().kind, ErrorKind::BadResponse);
    EXPECT_TRUE(bif.error().message.contains(QLatin1String("BIF"))) << bif.error().message.toStdString();
    return bif.error().message;
}

} // namespace

TEST(PlexBif, thePictureForATimeIsTheOneThatStartedLast)
{
    QList<QByteArray> pictures;
    for (const QColor &colour : Colours)
        pictures.append(jpegOfColour(colour));
    const Result<PlexBif> bif = PlexBif::parse(bifOf(pictures, 2000));
    ASSERT_TRUE(bif.ok()) << bif.error().toString().toStdString();
    EXPECT_EQ(bif.value().imageCount(), 4);
    EXPECT_EQ(bif.value().intervalMs(), 2000);
    EXPECT_TRUE(near(colourOf(bif.value().imageAt(0)), Qt::red));
    EXPECT_TRUE(near(colourOf(bif.value().imageAt(3'999)), Qt::green)) << "3.999 s: the picture of 2 s";
    EXPECT_TRUE(near(colourOf(bif.value().imageAt(6'000)), Qt::yellow));
    EXPECT_TRUE(near(colourOf(bif.value().imageAt(99'000)), Qt::yellow)) << "past the end: the last picture";

    // The player's manifest: one picture per tile, tile i at i intervals.
    const Result<TrickplayInfo> info = bif.value().trickplay(QStringLiteral("/library/parts/7/1/file.mkv"));
    ASSERT_TRUE(info.ok());
    EXPECT_TRUE(info.value().isValid());
    EXPECT_EQ(info.value().mediaSourceId, QStringLiteral("/library/parts/7/1/file.mkv"));
    EXPECT_EQ(QSize(info.value().width, info.value().height), QSize(160, 90));
    EXPECT_EQ(info.value().tileWidth * info.value().tileHeight, 1);
    EXPECT_EQ(info.value().thumbnailCount, 4);
    EXPECT_EQ(info.value().intervalMs, 2000);
}

TEST(PlexBif, aZeroUnitMeansASecond)
{
    const Result<PlexBif> bif = PlexBif::parse(bifOf({jpegOfColour(Qt::red), jpegOfColour(Qt::blue)}, 0));
    ASSERT_TRUE(bif.ok());
    EXPECT_EQ(bif.value().intervalMs(), 1000);
}

TEST(PlexBif, brokenAndHostileFilesSayWhatIsWrong)
{
    const QByteArray good = bifOf({jpegOfColour(Qt::red), jpegOfColour(Qt::blue)}, 1000);
    const auto changed = [&good](qsizetype at, quint32 value) {
        QByteArray bytes = good;
        putWord(bytes, at, value);
        return bytes;
    };
    EXPECT_NE(errorOf({}), QStringLiteral("parsed"));
    EXPECT_NE(errorOf(good.left(63)), QStringLiteral("parsed"));
    EXPECT_TRUE(errorOf(QByteArray(200, 'x')).contains(QLatin1String("not a BIF file")));
    EXPECT_TRUE(errorOf(changed(8, 1)).contains(QLatin1String("version")));
    EXPECT_TRUE(errorOf(changed(12, 0)).contains(QLatin1String("no pictures")));
    // A count the file cannot hold is refused from the header, before anything is set aside for it.
    EXPECT_TRUE(errorOf(changed(12, 0xffffffffu)).contains(QLatin1String("more than")));
    EXPECT_TRUE(errorOf(changed(12, 5000)).contains(QLatin1String("in a file of")));
    EXPECT_TRUE(errorOf(changed(16, 0x7fffffffu)).contains(QLatin1String("time unit")));
    EXPECT_TRUE(errorOf(changed(64 + 4, 8)).contains(QLatin1String("outside the file"))) << "inside the index";
    EXPECT_TRUE(errorOf(changed(64 + 12, 0x7fffffffu)).contains(QLatin1String("outside the file")));
    EXPECT_TRUE(errorOf(changed(64 + 12, quint32(good.size()) + 1)).contains(QLatin1String("outside the file")))
        << "an offset just past the end";
    EXPECT_TRUE(errorOf(changed(64 + 20, 0)).contains(QLatin1String("outside the file"))) << "the end before the start";
    EXPECT_TRUE(errorOf(changed(64 + 8, 0xffffffffu)).contains(QLatin1String("ends after 1")));
    EXPECT_TRUE(errorOf(changed(64, 9)).contains(QLatin1String("comes before"))) << "times that go back";
    EXPECT_TRUE(errorOf(changed(64 + 8, 0x7fffffffu)).contains(QLatin1String("apart")));

    // Pictures that are no pictures: the file is read, the manifest refused.
    const Result<PlexBif> garbage = PlexBif::parse(bifOf({QByteArray("not a jpeg"), QByteArray("neither")}, 1000));
    ASSERT_TRUE(garbage.ok());
    EXPECT_FALSE(garbage.value().trickplay(QStringLiteral("/library/parts/1/1/f")).ok());
    EXPECT_TRUE(garbage.value().image(-1).isEmpty());
    EXPECT_TRUE(garbage.value().image(2).isEmpty());
}
