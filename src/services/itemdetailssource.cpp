// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/itemdetailssource.h"

#include "services/itemdetailscache.h"
#include "services/messagebroker.h"
#include "services/refreshscope.h"
#include "storage/itemreader.h"

namespace marquee {

ItemDetailsSource::ItemDetailsSource(ItemReader &reader, ItemDetailsCache &cache, MessageBroker *broker,
                                     QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_cache(cache)
{
    if (broker)
        connect(broker, &MessageBroker::scopeUpdated, this, &ItemDetailsSource::onScopeUpdated);
}

std::optional<MediaItem> ItemDetailsSource::item(const QString &id)
{
    if (std::optional<MediaItem> cached = m_cache.get(id))
        return cached;
    std::optional<MediaItem> stored = m_reader.item(id);
    if (stored)
        m_cache.put(*stored);
    return stored;
}

void ItemDetailsSource::invalidateItems(const QStringList &ids)
{
    for (const QString &id : ids)
        m_cache.invalidate(id);
}

void ItemDetailsSource::onScopeUpdated(const QString &scope)
{
    const std::optional<RefreshScope> parsed = RefreshScope::parse(scope);
    if (parsed && parsed->kind == RefreshScope::Kind::Item)
        m_cache.invalidate(parsed->id);
    else
        m_cache.invalidateAll();
}

} // namespace marquee
