// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSize>

namespace marquee {

/**
 * @brief A part's preview thumbnails as Plex serves them (`/library/parts/{partId}/indexes/sd`): one BIF file, Roku's
 * "Base Index Frames" format.
 *
 * Layout (all numbers little-endian uint32): the magic `89 42 49 46 0d 0a 1a 0a`, the version (0), the number of
 * images N, the time unit in ms (0 means 1000), reserved bytes up to offset 64; then N + 1 index entries of
 * (timestamp in units, absolute offset), the last a sentinel (timestamp 0xffffffff) whose offset ends the last image;
 * then the images (JPEG), image i from entry i's offset to entry i + 1's.
 *
 * The file comes from the server: every count, offset and time is checked against the bytes that are there before
 * anything is allocated for it, and anything that does not add up is a BadResponse that says what. Nothing is copied
 * but the picture asked for.
 */
class PlexBif
{
public:
    /// More than a three-hour film at one picture a second has; a larger count is not an index we want.
    static constexpr int MaxImages = 20'000;
    /// The longest time unit taken (an hour): more is not a seek-bar preview.
    static constexpr int MaxUnitMs = 3'600'000;
    static constexpr int HeaderBytes = 64;

    [[nodiscard]] static Result<PlexBif> parse(const QByteArray &bytes);

    [[nodiscard]] int imageCount() const { return int(m_frames.size()); }
    /// The time between pictures: the unit times the step between the first two entries (Plex numbers them 0, 1, 2 …).
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }
    /// Picture @p index's JPEG bytes; empty out of range.
    [[nodiscard]] QByteArray image(int index) const;
    /// The picture shown at @p ms: the last one that starts at or before it (the first before any).
    [[nodiscard]] QByteArray imageAt(qint64 ms) const;
    /// The size of the first picture, read from its header (not decoded); an invalid size when it is no image.
    [[nodiscard]] QSize thumbnailSize() const;
    /// The thumbnails as the player takes them, one picture per tile (tiles of 1 × 1: tile i is the picture at
    /// i × intervalMs(), imageAt()), for the version whose first part is @p partKey; BadResponse when the first
    /// picture is no image.
    [[nodiscard]] Result<TrickplayInfo> trickplay(const QString &partKey) const;

private:
    struct Frame
    {
        qint64 timeMs = 0;
        qint64 offset = 0;
        qint64 length = 0;
    };

    QByteArray m_bytes;
    QList<Frame> m_frames;
    int m_intervalMs = 0;
};

} // namespace marquee
