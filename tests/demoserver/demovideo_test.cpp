// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's sample clip looped to an item's runtime: a well-formed MP4 whose tables say the runtime and point
// at the clip's own bytes, every loop of them, so that a player can start anywhere in it.
#include "core/ticks.h"
#include "demoserver/demovideo.h"

#include <QFile>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

QByteArray sampleClip()
{
    QFile file(QStringLiteral(":/demoserver/sample.mp4"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

quint32 u32(const QByteArray &data, qint64 at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

/// The payloads of every box of @p type below the top of @p data, in file order.
QList<QByteArray> boxes(const QByteArray &data, const QByteArray &type, qint64 begin = 0, qint64 end = -1)
{
    if (end < 0)
        end = data.size();
    static const QList<QByteArray> containers{"moov", "trak", "mdia", "minf", "stbl", "edts"};
    QList<QByteArray> found;
    for (qint64 at = begin; at + 8 <= end;) {
        const qint64 size = u32(data, at);
        const QByteArray kind = data.mid(at + 4, 4);
        if (size < 8 || at + size > end)
            break;
        if (kind == type)
            found << data.mid(at + 8, size - 8);
        if (containers.contains(kind))
            found << boxes(data, type, at + 8, at + size);
        at += size;
    }
    return found;
}

QByteArray findBox(const QByteArray &data, const QByteArray &type)
{
    const QList<QByteArray> found = boxes(data, type);
    return found.isEmpty() ? QByteArray() : found.first();
}

constexpr qint64 Hour = 3600LL * TicksPerSecond;

TEST(DemoVideo, TheSampleIsATenSecondClip)
{
    const DemoVideo video(sampleClip());
    ASSERT_TRUE(video.isValid());
    EXPECT_EQ(video.clipDurationMs(), 10'000);
    EXPECT_EQ(video.loopsFor(Hour), 360);
    EXPECT_EQ(video.loopsFor(Hour + TicksPerSecond), 361) << "a stream is never shorter than its item";
    EXPECT_EQ(video.loopsFor(0), 1);
    EXPECT_EQ(video.durationMs(2 * Hour + 16 * 60 * TicksPerSecond + 40 * TicksPerSecond), 8'200'000);
}

TEST(DemoVideo, ALoopedStreamSaysItsRuntimeAndPointsAtTheClipsBytesInEveryLoop)
{
    const QByteArray clip = sampleClip();
    const DemoVideo video(clip);
    const auto stream = video.stream(Hour);
    ASSERT_NE(stream, nullptr);
    EXPECT_EQ(stream->size(), video.streamSize(Hour)) << "the size listings report is the size served";
    EXPECT_EQ(video.streamSize(2 * Hour), video.stream(2 * Hour)->size());
    const QByteArray file = stream->read(0, stream->size());
    ASSERT_EQ(file.size(), stream->size());

    const QByteArray mvhd = findBox(file, "mvhd");
    ASSERT_FALSE(mvhd.isEmpty());
    EXPECT_EQ(u32(mvhd, 16) / u32(mvhd, 12), 3600u) << "the movie lasts the item's runtime";

    // Video track: 240 frames a clip, 360 clips; each frame's chunk holds the clip's frame at the same place.
    const QByteArray stsz = findBox(file, "stsz");
    const QByteArray stco = findBox(file, "stco");
    const QByteArray clipStsz = findBox(clip, "stsz");
    const QByteArray clipStco = findBox(clip, "stco");
    ASSERT_FALSE(stsz.isEmpty());
    ASSERT_FALSE(stco.isEmpty());
    const quint32 clipFrames = u32(clipStsz, 8);
    EXPECT_EQ(u32(stsz, 8), clipFrames * 360);
    ASSERT_EQ(u32(stco, 4), u32(clipStco, 4) * 360);
    for (const quint32 loop : {0u, 1u, 200u, 359u}) {
        for (const quint32 frame : {0u, clipFrames / 2, clipFrames - 1}) {
            const quint32 at = u32(stco, 8 + 4 * (loop * clipFrames + frame));
            const quint32 size = u32(stsz, 12 + 4 * (loop * clipFrames + frame));
            const quint32 clipAt = u32(clipStco, 8 + 4 * frame);
            ASSERT_LE(qint64(at) + size, file.size());
            EXPECT_EQ(file.mid(at, size), clip.mid(clipAt, size)) << "loop " << loop << " frame " << frame;
        }
    }
    // The sound lasts as long as the picture: it leaves out its encoder priming after the first loop.
    const QList<QByteArray> mdhd = boxes(file, "mdhd");
    const QList<QByteArray> elst = boxes(file, "elst");
    ASSERT_EQ(mdhd.size(), 2);
    ASSERT_EQ(elst.size(), 2);
    const quint32 soundRate = u32(mdhd.at(1), 12);
    const quint32 skipped = u32(elst.at(1), 12); // media time of the one edit
    EXPECT_EQ(u32(mdhd.at(1), 16) - skipped, 3600u * soundRate) << "the sound outlasts the movie";
    EXPECT_EQ(u32(mdhd.at(0), 16) / u32(mdhd.at(0), 12), 3600u);

    // A keyframe starts every loop, so that a player can start in any of them.
    const QByteArray stss = findBox(file, "stss");
    ASSERT_EQ(u32(stss, 4), 360u);
    EXPECT_EQ(u32(stss, 8 + 4 * 359), 359 * clipFrames + 1);
}

TEST(DemoVideo, ReadsAnyRangeAcrossTheHeadAndTheLoops)
{
    const DemoVideo video(sampleClip());
    const auto stream = video.stream(Hour / 2);
    const QByteArray whole = stream->read(0, stream->size());
    for (const qint64 offset : {qint64(0), qint64(100), stream->size() / 3, stream->size() - 10}) {
        EXPECT_EQ(stream->read(offset, 70'000), whole.mid(offset, 70'000)) << offset;
    }
    EXPECT_TRUE(stream->read(stream->size(), 10).isEmpty());
}

TEST(DemoVideo, SomethingThatIsNotAnMp4IsRefused)
{
    EXPECT_FALSE(DemoVideo(QByteArrayLiteral("not a video at all")).isValid());
    EXPECT_EQ(DemoVideo(QByteArray()).stream(Hour), nullptr);
    QByteArray truncated = sampleClip().left(3000);
    EXPECT_FALSE(DemoVideo(truncated).isValid());
}

} // namespace
