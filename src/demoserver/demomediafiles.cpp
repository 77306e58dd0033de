// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demomediafiles.h"

#include "demoserver/demoformat.h"

#include <QtEndian>

#include <cstring>
#include <random>

namespace marquee {

namespace {
constexpr qint64 PatternBytes = 64 * 1024;
constexpr qint64 MaxFileSize = 64LL << 30;
constexpr int MaxCachedPatterns = 64;
} // namespace

DemoMediaFiles::DemoMediaFiles(QByteArray video, qint64 defaultSize, qint64 baseTimeMs)
    : m_video(std::move(video))
    , m_defaultSize(defaultSize >= m_video.size() + 16 ? defaultSize : m_video.size())
    , m_baseTimeMs(baseTimeMs)
{
}

DemoMediaFile DemoMediaFiles::defaultFile() const
{
    return DemoMediaFile{m_defaultSize, 0, m_baseTimeMs};
}

DemoMediaFile DemoMediaFiles::file(const QString &itemId) const
{
    return m_files.value(itemId, defaultFile());
}

bool DemoMediaFiles::replace(const QString &itemId, qint64 size, qint64 nowMs)
{
    if (size < minimumPaddedSize() || size > MaxFileSize)
        return false;
    const DemoMediaFile old = file(itemId);
    // HTTP dates have whole seconds: a replacement in the same second as the old file must still change them.
    const qint64 modified = std::max(nowMs, old.modifiedMs + 1000);
    m_files.insert(itemId, DemoMediaFile{size, old.version + 1, modified});
    return true;
}

QString DemoMediaFiles::etag(const QString &itemId) const
{
    const DemoMediaFile f = file(itemId);
    return DemoFormat::md5Hex(itemId.toLatin1() + ':' + QByteArray::number(f.version) + ':' + QByteArray::number(f.size));
}

QByteArray DemoMediaFiles::boxHeader(qint64 fileSize) const
{
    // ISO BMFF box: 32-bit size + type, or size 1 + type + 64-bit size when the box passes 4 GiB.
    const qint64 boxSize = fileSize - m_video.size();
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

void DemoMediaFiles::read(const QString &itemId, const DemoMediaFile &f, qint64 offset, char *out, qint64 length) const
{
    Q_ASSERT(offset >= 0 && length >= 0 && offset + length <= f.size);
    const qint64 videoSize = m_video.size();
    if (offset < videoSize) {
        const qint64 n = std::min(length, videoSize - offset);
        std::memcpy(out, m_video.constData() + offset, size_t(n));
        out += n;
        offset += n;
        length -= n;
    }
    if (length <= 0)
        return;
    const QByteArray header = boxHeader(f.size);
    const qint64 headerEnd = videoSize + header.size();
    if (offset < headerEnd) {
        const qint64 n = std::min(length, headerEnd - offset);
        std::memcpy(out, header.constData() + (offset - videoSize), size_t(n));
        out += n;
        offset += n;
        length -= n;
    }
    if (length <= 0)
        return;
    const QString key = itemId + QLatin1Char('/') + QString::number(f.version);
    auto it = m_patterns.find(key);
    if (it == m_patterns.end()) {
        if (m_patterns.size() >= MaxCachedPatterns)
            m_patterns.clear();
        it = m_patterns.insert(key, paddingPattern(itemId, f.version));
    }
    const char *pattern = it->constData();
    qint64 at = (offset - headerEnd) % PatternBytes;
    while (length > 0) {
        const qint64 n = std::min(length, PatternBytes - at);
        std::memcpy(out, pattern + at, size_t(n));
        out += n;
        length -= n;
        at = 0;
    }
}

QByteArray DemoMediaFiles::read(const QString &itemId, qint64 offset, qint64 length) const
{
    QByteArray bytes(length, Qt::Uninitialized);
    read(itemId, file(itemId), offset, bytes.data(), length);
    return bytes;
}

} // namespace marquee
