// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demovideo.h"

#include <QtEndian>
#include <algorithm>
#include <numeric>
#include <optional>

namespace marquee {

namespace {

constexpr qint64 HeaderSize = 8;
constexpr qint64 MaxFileBytes = (qint64(1) << 32) - (qint64(64) << 20); // 32-bit chunk offsets, with room

quint32 read32(const QByteArray &data, qint64 at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

quint64 read64(const QByteArray &data, qint64 at)
{
    return qFromBigEndian<quint64>(data.constData() + at);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void write32(QByteArray &data, qint64 at, quint32 value)
{
    qToBigEndian(value, data.data() + at);
}

void write64(QByteArray &data, qint64 at, quint64 value)
{
    qToBigEndian(value, data.data() + at);
}

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(payload.size() + HeaderSize);
    append32(out, quint32(payload.size() + HeaderSize));
    out.append(type, 4);
    out.append(payload);
    return out;
}

/// One box inside [begin, end) of the clip.
struct Box
{
    QByteArray type;
    qint64 start = 0;   ///< of its header
    qint64 payload = 0; ///< of its payload
    qint64 end = 0;
};

/// The boxes directly inside [begin, end); empty (and @p ok false) when a size is impossible.
QList<Box> children(const QByteArray &data, qint64 begin, qint64 end, bool *ok)
{
    QList<Box> boxes;
    qint64 at = begin;
    while (at + HeaderSize <= end) {
        Box b;
        b.start = at;
        b.type = data.mid(at + 4, 4);
        qint64 size = read32(data, at);
        b.payload = at + HeaderSize;
        if (size == 1 && at + 16 <= end) {
            size = qint64(read64(data, at + 8));
            b.payload = at + 16;
        } else if (size == 0) {
            size = end - at;
        }
        if (size < b.payload - at || at + size > end) {
            *ok = false;
            return {};
        }
        b.end = at + size;
        boxes.append(b);
        at = b.end;
    }
    return boxes;
}

/// A full box's version (the first byte of its payload).
int versionOf(const QByteArray &payload)
{
    return payload.isEmpty() ? 0 : quint8(payload.at(0));
}

/// Where the looped file's media bytes go, and how often the clip repeats.
struct Loop
{
    int loops = 1;
    qint64 oldPayloadStart = 0;
    qint64 newPayloadStart = 0;
    qint64 payloadSize = 0;
};

/// The child of @p b of @p type, at any depth through the containers on the way; nullopt when there is none.
std::optional<Box> find(const QByteArray &data, const Box &b, const QList<QByteArray> &path, bool *ok)
{
    Box at = b;
    for (const QByteArray &type : path) {
        const QList<Box> inner = children(data, at.payload, at.end, ok);
        const auto found = std::find_if(inner.cbegin(), inner.cend(), [&](const Box &c) { return c.type == type; });
        if (found == inner.cend())
            return std::nullopt;
        at = *found;
    }
    return at;
}

/**
 * One track's sample tables, expanded to one entry per sample and per chunk, and written back for the looped file.
 *
 * The first loop is the clip as it is. Later loops leave out the leading chunks that the track's edit list skips
 * (an AAC encoder's priming frame, which the edit list hides at the start of the file): repeated, they would make
 * each loop of the sound longer than the picture's, and the sound would outlast the movie by seconds an hour.
 */
class TrackTables
{
public:
    TrackTables(const QByteArray &data, const Box &stbl, qint64 editSkip, bool *ok)
    {
        for (const Box &child : children(data, stbl.payload, stbl.end, ok)) {
            const QByteArray p = data.mid(child.payload, child.end - child.payload);
            if (p.size() < 8) {
                *ok = false;
                return;
            }
            const quint32 count = read32(p, 4);
            if (child.type == "stts" && p.size() >= 8 + qint64(count) * 8) {
                for (quint32 i = 0; i < count; ++i)
                    m_durations.insert(m_durations.size(), read32(p, 8 + 8 * i), read32(p, 12 + 8 * i));
            } else if (child.type == "ctts" && p.size() >= 8 + qint64(count) * 8) {
                m_cttsHeader = p.left(4);
                for (quint32 i = 0; i < count; ++i)
                    m_offsets.insert(m_offsets.size(), read32(p, 8 + 8 * i), read32(p, 12 + 8 * i));
            } else if (child.type == "stss" && p.size() >= 8 + qint64(count) * 4) {
                m_hasSync = true;
                for (quint32 i = 0; i < count; ++i)
                    m_syncNumbers.append(read32(p, 8 + 4 * i));
            } else if (child.type == "stsz" && p.size() >= 12) {
                m_constantSize = read32(p, 4);
                const quint32 samples = read32(p, 8);
                if (m_constantSize == 0 && p.size() < 12 + qint64(samples) * 4) {
                    *ok = false;
                    return;
                }
                for (quint32 i = 0; i < samples; ++i)
                    m_sizes.append(m_constantSize ? m_constantSize : read32(p, 12 + 4 * i));
            } else if (child.type == "stsc" && p.size() >= 8 + qint64(count) * 12) {
                for (quint32 i = 0; i < count; ++i)
                    m_stsc.append({read32(p, 8 + 12 * i), read32(p, 12 + 12 * i), read32(p, 16 + 12 * i)});
            } else if ((child.type == "stco" || child.type == "co64")
                       && p.size() >= 8 + qint64(count) * (child.type == "co64" ? 8 : 4)) {
                m_wide = child.type == "co64";
                for (quint32 i = 0; i < count; ++i)
                    m_chunkOffsets.append(m_wide ? qint64(read64(p, 8 + 8 * i)) : qint64(read32(p, 8 + 4 * i)));
            } else if (child.type == "stz2") {
                *ok = false; // compact sample sizes: not worth supporting for one sample clip
                return;
            }
        }
        expandChunks(ok);
        if (*ok)
            findTrim(editSkip);
    }

    /// The media duration of @p loops loops, in the track's timescale.
    [[nodiscard]] quint64 duration(int loops) const
    {
        quint64 total = 0;
        for (int k = 0; k < loops; ++k) {
            for (int s = firstSample(k); s < m_durations.size(); ++s)
                total += m_durations.at(s);
        }
        return total;
    }

    /// The stbl box for @p loop: stsd as it was, every table rebuilt.
    [[nodiscard]] QByteArray write(const QByteArray &data, const Box &stbl, const Loop &loop, bool *ok) const
    {
        QList<quint32> durations, sizes, offsets, syncNumbers, chunkSamples, chunkDescriptions;
        QList<qint64> chunkOffsets;
        quint32 number = 0;
        for (int k = 0; k < loop.loops; ++k) {
            for (int s = firstSample(k); s < m_sizes.size(); ++s) {
                ++number;
                durations.append(m_durations.value(s));
                sizes.append(m_sizes.at(s));
                if (!m_offsets.isEmpty())
                    offsets.append(m_offsets.value(s));
                if (m_hasSync && m_syncNumbers.contains(quint32(s + 1)))
                    syncNumbers.append(number);
            }
            for (int c = k == 0 ? 0 : m_trimChunks; c < m_chunkSamples.size(); ++c) {
                chunkSamples.append(m_chunkSamples.at(c));
                chunkDescriptions.append(m_chunkDescriptions.at(c));
                chunkOffsets.append(m_chunkOffsets.at(c) - loop.oldPayloadStart + loop.newPayloadStart
                                    + qint64(k) * loop.payloadSize);
            }
        }
        QByteArray out;
        for (const Box &child : children(data, stbl.payload, stbl.end, ok)) {
            if (child.type == "stsd")
                out.append(data.mid(child.start, child.end - child.start));
            else if (child.type == "stts")
                out.append(box("stts", runs(QByteArray(4, '\0'), durations)));
            else if (child.type == "ctts" && !offsets.isEmpty())
                out.append(box("ctts", runs(m_cttsHeader, offsets)));
            else if (child.type == "stss" && m_hasSync)
                out.append(box("stss", list(QByteArray(4, '\0'), syncNumbers)));
            else if (child.type == "stsc")
                out.append(box("stsc", chunkRuns(chunkSamples, chunkDescriptions)));
            else if (child.type == "stsz")
                out.append(box("stsz", sampleSizes(sizes)));
            else if (child.type == "stco" || child.type == "co64")
                out.append(box(m_wide ? "co64" : "stco", chunkOffsetTable(chunkOffsets)));
            // Anything else in a sample table (sample groups, dependencies) counts samples of the clip: left out.
        }
        return box("stbl", out);
    }

private:
    struct ChunkRun
    {
        quint32 firstChunk;
        quint32 samplesPerChunk;
        quint32 description;
    };

    /// stsc to one entry per chunk; checks that chunks and samples agree.
    void expandChunks(bool *ok)
    {
        for (qsizetype i = 0; i < m_stsc.size(); ++i) {
            const quint32 last = i + 1 < m_stsc.size() ? m_stsc.at(i + 1).firstChunk - 1 : quint32(m_chunkOffsets.size());
            for (quint32 c = m_stsc.at(i).firstChunk; c <= last && c >= 1; ++c) {
                m_chunkSamples.append(m_stsc.at(i).samplesPerChunk);
                m_chunkDescriptions.append(m_stsc.at(i).description);
            }
        }
        const quint64 samples = std::accumulate(m_chunkSamples.cbegin(), m_chunkSamples.cend(), quint64(0));
        if (m_chunkSamples.size() != m_chunkOffsets.size() || samples != quint64(m_sizes.size())
            || m_durations.size() != m_sizes.size() || (!m_offsets.isEmpty() && m_offsets.size() != m_sizes.size()))
            *ok = false;
    }

    /// The leading chunks whose samples last exactly @p editSkip, if they start with a sync sample after them.
    void findTrim(qint64 editSkip)
    {
        if (editSkip <= 0)
            return;
        qint64 skipped = 0;
        int sample = 0;
        for (int c = 0; c < m_chunkSamples.size() && skipped < editSkip; ++c) {
            for (quint32 i = 0; i < m_chunkSamples.at(c); ++i)
                skipped += m_durations.at(sample++);
            const bool startsCleanly = !m_hasSync || m_syncNumbers.contains(quint32(sample + 1));
            if (skipped == editSkip && startsCleanly && sample < m_sizes.size()) {
                m_trimChunks = c + 1;
                m_trimSamples = sample;
            }
        }
    }

    [[nodiscard]] int firstSample(int loop) const { return loop == 0 ? 0 : m_trimSamples; }

    /// (count, value) runs after @p header, as stts and ctts store them.
    static QByteArray runs(const QByteArray &header, const QList<quint32> &values)
    {
        QByteArray entries;
        quint32 count = 0;
        for (qsizetype i = 0; i < values.size();) {
            qsizetype j = i;
            while (j < values.size() && values.at(j) == values.at(i))
                ++j;
            append32(entries, quint32(j - i));
            append32(entries, values.at(i));
            ++count;
            i = j;
        }
        QByteArray out = header;
        append32(out, count);
        return out + entries;
    }

    static QByteArray list(const QByteArray &header, const QList<quint32> &values)
    {
        QByteArray out = header;
        append32(out, quint32(values.size()));
        out.reserve(out.size() + values.size() * 4);
        for (const quint32 value : values)
            append32(out, value);
        return out;
    }

    static QByteArray chunkRuns(const QList<quint32> &samples, const QList<quint32> &descriptions)
    {
        QByteArray entries;
        quint32 count = 0;
        for (qsizetype c = 0; c < samples.size(); ++c) {
            if (c > 0 && samples.at(c) == samples.at(c - 1) && descriptions.at(c) == descriptions.at(c - 1))
                continue;
            append32(entries, quint32(c + 1));
            append32(entries, samples.at(c));
            append32(entries, descriptions.at(c));
            ++count;
        }
        QByteArray out(4, '\0');
        append32(out, count);
        return out + entries;
    }

    [[nodiscard]] QByteArray sampleSizes(const QList<quint32> &sizes) const
    {
        QByteArray out(4, '\0');
        append32(out, m_constantSize);
        if (m_constantSize != 0) {
            append32(out, quint32(sizes.size()));
            return out;
        }
        return out + list({}, sizes);
    }

    [[nodiscard]] QByteArray chunkOffsetTable(const QList<qint64> &offsets) const
    {
        QByteArray out(4, '\0');
        append32(out, quint32(offsets.size()));
        out.reserve(out.size() + offsets.size() * (m_wide ? 8 : 4));
        for (const qint64 offset : offsets) {
            if (m_wide) {
                char bytes[8];
                qToBigEndian(quint64(offset), bytes);
                out.append(bytes, 8);
            } else {
                append32(out, quint32(offset));
            }
        }
        return out;
    }

    QList<quint32> m_durations;
    QList<quint32> m_offsets;
    QByteArray m_cttsHeader;
    QList<quint32> m_sizes;
    quint32 m_constantSize = 0;
    QList<quint32> m_syncNumbers;
    bool m_hasSync = false;
    QList<ChunkRun> m_stsc;
    QList<quint32> m_chunkSamples;
    QList<quint32> m_chunkDescriptions;
    QList<qint64> m_chunkOffsets;
    bool m_wide = false;
    int m_trimChunks = 0;
    int m_trimSamples = 0;
};

/// Multiplies the duration field at @p v0 (version 0, 32-bit) or @p v1 (version 1, 64-bit) by @p loops.
QByteArray scaleDuration(QByteArray payload, qint64 v0, qint64 v1, int loops)
{
    if (versionOf(payload) == 1 && payload.size() >= v1 + 8)
        write64(payload, v1, read64(payload, v1) * quint64(loops));
    else if (payload.size() >= v0 + 4)
        write32(payload, v0, read32(payload, v0) * quint32(loops));
    return payload;
}

/// Sets the duration field at @p v0 or @p v1 as scaleDuration() reads it.
QByteArray setDuration(QByteArray payload, qint64 v0, qint64 v1, quint64 duration)
{
    if (versionOf(payload) == 1 && payload.size() >= v1 + 8)
        write64(payload, v1, duration);
    else if (payload.size() >= v0 + 4)
        write32(payload, v0, quint32(duration));
    return payload;
}

/// Calls @p each(offset, wide) for every entry of an elst payload @p p, until it returns false.
template <typename Each>
void forEachEdit(const QByteArray &p, Each each)
{
    const bool wide = versionOf(p) == 1;
    const qint64 entrySize = wide ? 20 : 12;
    const quint32 count = p.size() >= 8 ? read32(p, 4) : 0;
    for (quint32 i = 0; i < count; ++i) {
        const qint64 at = 8 + qint64(i) * entrySize;
        if (at + entrySize > p.size() || !each(at, wide))
            return;
    }
}

/// An edit's media time: where in the media it starts, -1 for an empty edit.
qint64 mediaTimeOf(const QByteArray &p, qint64 at, bool wide)
{
    return wide ? qint64(read64(p, at + 8)) : qint64(qint32(read32(p, at + 4)));
}

/// The media time the track's edit list starts at (what it skips of the media); 0 without one.
qint64 editSkipOf(const QByteArray &data, const Box &trak, bool *ok)
{
    const std::optional<Box> elst = find(data, trak, {"edts", "elst"}, ok);
    if (!elst)
        return 0;
    const QByteArray p = data.mid(elst->payload, elst->end - elst->payload);
    qint64 skip = 0;
    forEachEdit(p, [&](qint64 at, bool wide) {
        skip = mediaTimeOf(p, at, wide);
        return skip < 0;
    });
    return std::max<qint64>(skip, 0);
}

/// The edit list with its playing edit @p loops times as long (empty edits keep their length).
QByteArray loopEdits(QByteArray p, int loops)
{
    forEachEdit(p, [&](qint64 at, bool wide) {
        if (mediaTimeOf(p, at, wide) == -1)
            return true;
        if (wide)
            write64(p, at, read64(p, at) * quint64(loops));
        else
            write32(p, at, read32(p, at) * quint32(loops));
        return true;
    });
    return p;
}

bool isContainer(const QByteArray &type)
{
    return type == "moov" || type == "trak" || type == "mdia" || type == "minf" || type == "edts" || type == "dinf";
}

/// Boxes the looped file leaves out: metadata and padding.
bool isDropped(const QByteArray &type)
{
    return type == "udta" || type == "meta" || type == "free" || type == "skip";
}

/// The box at @p b rewritten for @p loop; @p tables are those of the track it belongs to, if any.
QByteArray rewrite(const QByteArray &data, const Box &b, const Loop &loop, const TrackTables *tables, bool *ok)
{
    const QByteArray payload = data.mid(b.payload, b.end - b.payload);
    if (b.type == "mvhd")
        return box("mvhd", scaleDuration(payload, 16, 24, loop.loops));
    if (b.type == "tkhd")
        return box("tkhd", scaleDuration(payload, 20, 28, loop.loops));
    if (b.type == "mdhd" && tables)
        return box("mdhd", setDuration(payload, 16, 24, tables->duration(loop.loops)));
    if (b.type == "elst")
        return box("elst", loopEdits(payload, loop.loops));
    if (b.type == "stbl" && tables)
        return tables->write(data, b, loop, ok);
    if (!isContainer(b.type))
        return data.mid(b.start, b.end - b.start);
    std::optional<TrackTables> own;
    if (b.type == "trak") {
        const std::optional<Box> stbl = find(data, b, {"mdia", "minf", "stbl"}, ok);
        if (!stbl) {
            *ok = false;
            return {};
        }
        own.emplace(data, *stbl, editSkipOf(data, b, ok), ok);
        tables = &*own;
    }
    QByteArray out;
    for (const Box &child : children(data, b.payload, b.end, ok)) {
        if (!isDropped(child.type))
            out.append(rewrite(data, child, loop, tables, ok));
    }
    return box(b.type.constData(), out);
}

} // namespace

DemoVideo::DemoVideo(QByteArray clip)
    : m_clip(std::move(clip))
{
    bool ok = true;
    const QList<Box> top = children(m_clip, 0, m_clip.size(), &ok);
    const Box *moov = nullptr;
    const Box *mdat = nullptr;
    for (const Box &b : top) {
        if (b.type == "ftyp")
            m_ftyp = m_clip.mid(b.start, b.end - b.start);
        else if (b.type == "moov")
            moov = &b;
        else if (b.type == "mdat" && !mdat)
            mdat = &b;
    }
    if (!ok || !moov || !mdat || m_ftyp.isEmpty())
        return;
    m_moov = m_clip.mid(moov->start, moov->end - moov->start);
    m_payloadStart = mdat->payload;
    m_payload = m_clip.mid(mdat->payload, mdat->end - mdat->payload);
    for (const Box &b : children(m_clip, moov->payload, moov->end, &ok)) {
        if (b.type != "mvhd" || b.end - b.payload < 32)
            continue;
        const bool v1 = versionOf(m_clip.mid(b.payload, 1)) == 1;
        const quint32 timescale = read32(m_clip, b.payload + (v1 ? 20 : 12));
        const quint64 duration = v1 ? read64(m_clip, b.payload + 24) : read32(m_clip, b.payload + 16);
        m_clipMs = timescale > 0 ? qint64(duration * 1000 / timescale) : 0;
    }
    if (!ok || m_clipMs <= 0 || m_payload.isEmpty())
        return;
    m_valid = true;
    // The first loop is the clip as it is; every later one adds the same tables (see TrackTables).
    m_headOneLoop = head(1).size();
    m_headTwoLoops = head(2).size();
    m_headPerLoop = head(3).size() - m_headTwoLoops;
    m_valid = m_headOneLoop > 0 && m_headTwoLoops > m_headOneLoop && m_headPerLoop > 0;
}

int DemoVideo::loopsFor(qint64 runtimeTicks) const
{
    if (m_clipMs <= 0)
        return 1;
    const qint64 runtimeMs = runtimeTicks / 10'000;
    const qint64 loops = (runtimeMs + m_clipMs - 1) / m_clipMs;
    const qint64 fitting = m_payload.isEmpty() ? MaxLoops : MaxFileBytes / m_payload.size();
    return int(std::clamp<qint64>(loops, 1, std::min<qint64>(MaxLoops, fitting)));
}

QByteArray DemoVideo::head(int loops) const
{
    Loop loop;
    loop.loops = loops;
    loop.oldPayloadStart = m_payloadStart;
    loop.payloadSize = m_payload.size();
    bool ok = true;
    Box moov{QByteArrayLiteral("moov"), 0, HeaderSize, m_moov.size()};
    // The media starts after the head, whose size the offsets do not change: measure, then write for real.
    const qint64 moovSize = rewrite(m_moov, moov, loop, nullptr, &ok).size();
    loop.newPayloadStart = m_ftyp.size() + moovSize + HeaderSize;
    QByteArray out = m_ftyp + rewrite(m_moov, moov, loop, nullptr, &ok);
    append32(out, quint32(HeaderSize + qint64(loops) * m_payload.size()));
    out.append("mdat", 4);
    return ok ? out : QByteArray();
}

std::shared_ptr<const DemoVideo::Stream> DemoVideo::stream(qint64 runtimeTicks) const
{
    if (!m_valid)
        return nullptr;
    const int loops = loopsFor(runtimeTicks);
    if (const auto cached = m_streams.value(loops))
        return cached;
    if (m_streams.size() >= 8)
        m_streams.clear(); // a player streams one item at a time; a few heads of a few MB are plenty
    auto made = std::make_shared<Stream>();
    made->m_head = head(loops);
    made->m_payload = m_payload;
    made->m_loops = loops;
    m_streams.insert(loops, made);
    return made;
}

qint64 DemoVideo::streamSize(qint64 runtimeTicks) const
{
    if (!m_valid)
        return m_clip.size();
    const int loops = loopsFor(runtimeTicks);
    const qint64 head = loops == 1 ? m_headOneLoop : m_headTwoLoops + qint64(loops - 2) * m_headPerLoop;
    return head + qint64(loops) * m_payload.size();
}

QByteArray DemoVideo::Stream::read(qint64 offset, qint64 length) const
{
    QByteArray out;
    const qint64 end = std::min(size(), offset + std::max<qint64>(0, length));
    if (offset >= end || offset < 0)
        return out;
    out.reserve(end - offset);
    qint64 at = offset;
    if (at < m_head.size()) {
        const qint64 n = std::min<qint64>(end, m_head.size()) - at;
        out.append(m_head.constData() + at, n);
        at += n;
    }
    while (at < end) {
        const qint64 inPayload = (at - m_head.size()) % m_payload.size();
        const qint64 n = std::min(end - at, m_payload.size() - inPayload);
        out.append(m_payload.constData() + inPayload, n);
        at += n;
    }
    return out;
}

} // namespace marquee
