// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <memory>

namespace marquee {

/**
 * @brief The demo's one short sample clip, played as long as each item runs: the clip looped, as an ordinary
 * (non-fragmented) MP4 whose sample tables repeat the clip's, so that a player seeks anywhere in it, and "Resume
 * from 1:42:10" on a 1:53:20 movie plays from 1:42:10.
 *
 * The looped file is never held whole: its head (ftyp, the rewritten moov, the mdat header) is built per loop count
 * and cached, and the media bytes are the clip's own, read modulo its length. A stream's size is known without
 * building it (the head grows by the same bytes per loop), so listings that report sizes stay cheap. Each loop of
 * every track lasts exactly the clip: later loops leave out the sound's encoder priming, which the edit list hides
 * at the start, so the sound ends with the picture, an hour or three later.
 *
 * The clip must be a faststart MP4 with its media in one mdat (make-sample-video.sh makes one). Not thread-safe:
 * it lives with the demo state on the server's thread.
 */
class DemoVideo
{
public:
    /// The clip a stream is looped at most this often (a day of a 10 s clip): far below 4 GB, so 32-bit chunk
    /// offsets always do.
    static constexpr int MaxLoops = 8640;

    /// One item's stream.
    class Stream
    {
    public:
        [[nodiscard]] qint64 size() const { return m_head.size() + qint64(m_loops) * m_payload.size(); }
        [[nodiscard]] int loops() const { return m_loops; }
        /// Up to @p length bytes from @p offset (fewer at the end).
        [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const;

    private:
        friend class DemoVideo;
        QByteArray m_head;
        QByteArray m_payload; ///< the clip's media bytes, shared with the clip
        int m_loops = 0;
    };

    explicit DemoVideo(QByteArray clip);

    [[nodiscard]] bool isValid() const { return m_valid; }
    /// The clip's own length.
    [[nodiscard]] qint64 clipDurationMs() const { return m_clipMs; }
    /// How many loops cover @p runtimeTicks (at least one, at most MaxLoops).
    [[nodiscard]] int loopsFor(qint64 runtimeTicks) const;
    [[nodiscard]] qint64 durationMs(qint64 runtimeTicks) const { return loopsFor(runtimeTicks) * m_clipMs; }
    /// The stream for an item of @p runtimeTicks; null when the clip could not be read.
    [[nodiscard]] std::shared_ptr<const Stream> stream(qint64 runtimeTicks) const;
    /// stream(runtimeTicks)->size(), without building it.
    [[nodiscard]] qint64 streamSize(qint64 runtimeTicks) const;

private:
    [[nodiscard]] QByteArray head(int loops) const;

    QByteArray m_clip;
    QByteArray m_ftyp;
    QByteArray m_moov;    ///< the clip's moov box, whole
    qint64 m_payloadStart = 0; ///< where the clip's media bytes start in it
    QByteArray m_payload;
    qint64 m_clipMs = 0;
    qint64 m_headOneLoop = 0;  ///< head size at one loop,
    qint64 m_headTwoLoops = 0; ///< at two,
    qint64 m_headPerLoop = 0;  ///< and what each loop after that adds
    bool m_valid = false;
    mutable QHash<int, std::shared_ptr<const Stream>> m_streams;
};

} // namespace marquee
