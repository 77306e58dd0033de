// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexbif.h"

#include <QBuffer>
#include <QImageReader>
#include <QtEndian>

#include <algorithm>

namespace marquee {

namespace {

constexpr char Magic[] = {'\x89', 'B', 'I', 'F', '\r', '\n', '\x1a', '\n'};
constexpr quint32 Sentinel = 0xffffffffu;

quint32 word(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

Error broken(const QString &what)
{
    return Error{ErrorKind::BadResponse, QStringLiteral("the preview thumbnails (BIF) are broken: %1").arg(what), {}, 0};
}

} // namespace

Result<PlexBif> PlexBif::parse(const QByteArray &bytes)
{
    const qint64 size = bytes.size();
    if (size < HeaderBytes || !std::equal(std::begin(Magic), std::end(Magic), bytes.constData()))
        return broken(QStringLiteral("not a BIF file"));
    if (word(bytes, 8) != 0)
        return broken(QStringLiteral("version %1 is unknown").arg(word(bytes, 8)));
    const quint32 count = word(bytes, 12);
    if (count == 0)
        return broken(QStringLiteral("no pictures"));
    if (count > quint32(MaxImages))
        return broken(QStringLiteral("%1 pictures, more than %2").arg(count).arg(MaxImages));
    const quint32 unit = word(bytes, 16) == 0 ? 1000 : word(bytes, 16);
    if (unit > quint32(MaxUnitMs))
        return broken(QStringLiteral("a time unit of %1 ms").arg(unit));
    // The index (count + 1 entries) must lie within the file before any of it is read.
    const qint64 indexEnd = HeaderBytes + 8 * (qint64(count) + 1);
    if (indexEnd > size)
        return broken(QStringLiteral("%1 pictures in a file of %2 bytes").arg(count).arg(size));

    PlexBif bif;
    bif.m_bytes = bytes;
    bif.m_frames.reserve(count);
    qint64 previousTime = -1;
    for (quint32 i = 0; i < count; ++i) {
        const qint64 entry = HeaderBytes + 8 * qint64(i);
        const quint32 stamp = word(bytes, entry);
        const qint64 offset = word(bytes, entry + 4);
        const qint64 next = word(bytes, entry + 12);
        if (stamp == Sentinel)
            return broken(QStringLiteral("the index ends after %1 of %2 pictures").arg(i).arg(count));
        const qint64 timeMs = qint64(stamp) * unit;
        if (timeMs < previousTime)
            return broken(QStringLiteral("picture %1 comes before the one ahead of it").arg(i));
        if (offset < indexEnd || next <= offset || next > size)
            return broken(QStringLiteral("picture %1 lies outside the file (bytes %2 to %3 of %4)").arg(i).arg(offset).arg(next).arg(size));
        bif.m_frames.append({timeMs, offset, next - offset});
        previousTime = timeMs;
    }
    const qint64 stepMs = count >= 2 ? bif.m_frames.at(1).timeMs - bif.m_frames.at(0).timeMs : unit;
    if (stepMs <= 0 || stepMs > MaxUnitMs)
        return broken(QStringLiteral("pictures %1 ms apart").arg(stepMs));
    bif.m_intervalMs = int(stepMs);
    return bif;
}

QByteArray PlexBif::image(int index) const
{
    if (index < 0 || index >= m_frames.size())
        return {};
    const Frame &frame = m_frames.at(index);
    return m_bytes.mid(frame.offset, frame.length);
}

QByteArray PlexBif::imageAt(qint64 ms) const
{
    // The first frame that starts after ms, and the one before it.
    const auto after = std::upper_bound(m_frames.cbegin(), m_frames.cend(), ms,
                                        [](qint64 time, const Frame &frame) { return time < frame.timeMs; });
    return image(after == m_frames.cbegin() ? 0 : int(after - m_frames.cbegin()) - 1);
}

QSize PlexBif::thumbnailSize() const
{
    QByteArray first = image(0);
    QBuffer buffer(&first);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.size();
}

Result<TrickplayInfo> PlexBif::trickplay(const QString &partKey) const
{
    const QSize size = thumbnailSize();
    if (!size.isValid() || size.width() > 4096 || size.height() > 4096)
        return broken(QStringLiteral("the first picture is not a thumbnail"));
    TrickplayInfo info;
    info.mediaSourceId = partKey;
    info.width = size.width();
    info.height = size.height();
    info.tileWidth = 1;
    info.tileHeight = 1;
    info.thumbnailCount = imageCount();
    info.intervalMs = m_intervalMs;
    return info;
}

} // namespace marquee
