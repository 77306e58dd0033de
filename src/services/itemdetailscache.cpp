// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/itemdetailscache.h"

#include "core/clock.h"

namespace marquee {

ItemDetailsCache::ItemDetailsCache(const Clock &clock, int capacity, qint64 maxAgeMs)
    : m_clock(clock)
    , m_entries(std::max(1, capacity))
    , m_maxAgeMs(maxAgeMs)
{
}

std::optional<MediaItem> ItemDetailsCache::get(const QString &id)
{
    const Entry *entry = m_entries.object(id); // also makes it the most recently used
    if (entry && m_clock.nowMs() - entry->storedAtMs < m_maxAgeMs) {
        ++m_hits;
        return entry->item;
    }
    if (entry)
        m_entries.remove(id);
    ++m_misses;
    return std::nullopt;
}

void ItemDetailsCache::put(const MediaItem &item)
{
    if (item.id.isEmpty())
        return;
    m_entries.insert(item.id, new Entry{item, m_clock.nowMs()}, 1);
}

void ItemDetailsCache::invalidate(const QString &id)
{
    m_entries.remove(id);
}

void ItemDetailsCache::invalidateAll()
{
    m_entries.clear();
}

void ItemDetailsCache::setCapacity(int capacity)
{
    m_entries.setMaxCost(std::max(1, capacity));
}

void ItemDetailsCache::resetCounters()
{
    m_hits = 0;
    m_misses = 0;
}

} // namespace marquee
