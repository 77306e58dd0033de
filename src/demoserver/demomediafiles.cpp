// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demomediafiles.h"

#include "demoserver/demoformat.h"
#include "demoserver/demoitem.h"

#include <QtEndian>

#include <cstring>
#include <random>

namespace marquee {

namespace {
constexpr qint64 PatternBytes = 64 * 1024;
constexpr qint64 MaxFileSize = 64LL << 30;
constexpr qint64 FreeBoxHeaderBytes = 16; ///< the largest: 64-bit size
} // namespace

DemoMediaFiles::DemoMediaFiles(QByteArray clip, qint64 baseTimeMs)
    : m_video(std::move(clip)), m_baseTimeMs(baseTimeMs)
{
}

qint64 DemoMediaFiles::minimumPaddedSize() const
{
    return m_video.streamSize(0) + FreeBoxHeaderBytes;
}

DemoMediaFile DemoMediaFiles::file(const DemoItem &item) const
{
    if (const auto it = m_replaced.constFind(item.id); it != m_replaced.cend())
        return *it;
    return DemoMediaFile{m_video.streamSize(item.runTimeTicks), 0, m_baseTimeMs, item.runTimeTicks};
}

bool DemoMediaFiles::replace(const DemoItem &item, qint64 size, qint64 nowMs)
{
    if (size < minimumPaddedSize() || size > MaxFileSize)
        return false;
    const DemoMediaFile old = file(item);
    // HTTP dates have whole seconds: a replacement in the same second as the old file must still change them.
    const qint64 modified = std::max(nowMs, old.modifiedMs + 1000);
    const bool wholeRuntimeFits = m_video.streamSize(item.runTimeTicks) + FreeBoxHeaderBytes <= size;
    m_replaced.insert(item.id, DemoMediaFile{size, old.version + 1, modified, wholeRuntimeFits ? item.runTimeTicks : 0});
    return true;
}

QString DemoMediaFiles::etag(const DemoItem &item) const
{
    const DemoMediaFile f = file(item);
    return DemoFormat::md5Hex(item.id.toLatin1() + ':' + QByteArray::number(f.version) + ':'
                              + QByteArray::number(f.size));
}

QByteArray DemoMediaFiles::boxHeader(qint64 boxSize)
{
    // ISO BMFF box: 32-bit size + type, or size 1 + type + 64-bit size when the box passes 4 GiB.
    QByteArray header;
    if (boxSize <= 0xffffffffLL) {
        header.resize(8);
        qToBigEndian<quint32>(quint32(boxSize), header.data());
        std::memcpy(header.data() + 4, "free", 4);
    } else {
        header.resize(16);
        qToBigEndian<quint32>(1, header.data());
        std::memcpy(header.data() + 4, "free", 4);
        qToBigEndian<quint64>(quint64(boxSize), header.data() + 8);
    }
    return header;
}

QByteArray DemoMediaFiles::paddingPattern(const QString &itemId, quint32 version)
{
    std::mt19937_64 rng(qHash(itemId, 0x5eed) ^ (quint64(version) << 32));
    QByteArray pattern(PatternBytes, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint64 *>(pattern.data());
    for (qint64 i = 0; i < PatternBytes / 8; ++i)
        words[i] = rng();
    return pattern;
}

DemoMediaFiles::Reader DemoMediaFiles::reader(const DemoItem &item) const
{
    const DemoMediaFile f = file(item);
    std::shared_ptr<const DemoVideo::Stream> video = m_video.stream(f.loopTicks);
    if (!video)
        return {};
    if (f.version == 0)
        return [video](qint64 offset, qint64 length) { return video->read(offset, length); };
    // A replaced file: the looped clip, then a `free` box of the padding pattern up to the file's size.
    const qint64 videoSize = video->size();
    const QByteArray header = boxHeader(f.size - videoSize);
    const QByteArray pattern = paddingPattern(item.id, f.version);
    const qint64 fileSize = f.size;
    return [video, videoSize, header, pattern, fileSize](qint64 offset, qint64 length) {
        const qint64 end = std::min(fileSize, offset + std::max<qint64>(0, length));
        if (offset < 0 || offset >= end)
            return QByteArray();
        QByteArray out = offset < videoSize ? video->read(offset, std::min(end, videoSize) - offset) : QByteArray();
        out.reserve(end - offset);
        qint64 at = offset + out.size();
        const qint64 headerEnd = videoSize + header.size();
        if (at < end && at < headerEnd) {
            const qint64 n = std::min(end, headerEnd) - at;
            out.append(header.constData() + (at - videoSize), n);
            at += n;
        }
        while (at < end) {
            const qint64 inPattern = (at - headerEnd) % PatternBytes;
            const qint64 n = std::min(end - at, PatternBytes - inPattern);
            out.append(pattern.constData() + inPattern, n);
            at += n;
        }
        return out;
    };
}

} // namespace marquee
