// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QCache>
#include <QString>
#include <optional>

namespace marquee {

class Clock;

/**
 * @brief A small in-memory LRU of item details in front of SQLite, for pages that read the same items again
 * (back and forth between a show and its episodes). GUI thread only; not thread-safe.
 *
 * Built on QCache rather than a hand-written QHash + std::list: QCache already is that structure (a hash with
 * an intrusive recency list, object() moves an entry to the front, insert evicts from the back), it is tested,
 * and every entry costs 1, so maxCost is simply the entry limit. What QCache lacks is an age limit; that is a
 * timestamp per entry checked on read: an expired entry is dropped and counts as a miss. Expired entries that
 * are never read again take a slot until the LRU order pushes them out, which bounds memory all the same.
 */
class ItemDetailsCache
{
public:
    static constexpr int DefaultCapacity = 1000;
    static constexpr qint64 DefaultMaxAgeMs = 3600'000;

    explicit ItemDetailsCache(const Clock &clock, int capacity = DefaultCapacity, qint64 maxAgeMs = DefaultMaxAgeMs);

    /// The item if it was put less than maxAge ago; counts a hit or a miss.
    [[nodiscard]] std::optional<MediaItem> get(const QString &id);
    void put(const MediaItem &item);
    void invalidate(const QString &id);
    void invalidateAll();

    void setCapacity(int capacity);
    void setMaxAgeMs(qint64 maxAgeMs) { m_maxAgeMs = maxAgeMs; }
    [[nodiscard]] int capacity() const { return int(m_entries.maxCost()); }
    [[nodiscard]] qint64 maxAgeMs() const { return m_maxAgeMs; }
    [[nodiscard]] int size() const { return int(m_entries.size()); }
    [[nodiscard]] bool contains(const QString &id) const { return m_entries.contains(id); }

    [[nodiscard]] qint64 hits() const { return m_hits; }
    [[nodiscard]] qint64 misses() const { return m_misses; }
    void resetCounters();

private:
    struct Entry
    {
        MediaItem item;
        qint64 storedAtMs = 0;
    };

    const Clock &m_clock;
    QCache<QString, Entry> m_entries;
    qint64 m_maxAgeMs;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace marquee
