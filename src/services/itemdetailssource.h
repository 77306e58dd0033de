// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace marquee {

class ItemDetailsCache;
class ItemReader;
class MessageBroker;

/**
 * @brief Reads item details through an ItemDetailsCache: a hit costs no query, a miss reads the cache database
 * (ItemReader::item, one indexed row) and remembers the answer.
 *
 * Keeps the memory cache honest by listening to the broker: an "item:<id>" update drops that item; any other
 * scope update ("series:…", "library:…", "home", "libraries") drops everything, since working out which cached
 * items a batch touched would cost more than re-reading the few that are asked for again. Lives on the GUI
 * thread, with the GUI thread's ItemReader.
 */
class ItemDetailsSource : public QObject
{
    Q_OBJECT

public:
    ItemDetailsSource(ItemReader &reader, ItemDetailsCache &cache, MessageBroker *broker, QObject *parent = nullptr);

    [[nodiscard]] std::optional<MediaItem> item(const QString &id);
    [[nodiscard]] ItemDetailsCache &cache() { return m_cache; }

public Q_SLOTS:
    /// For changes the broker does not describe per item, e.g. user data pushed by the server.
    void invalidateItems(const QStringList &ids);

private:
    void onScopeUpdated(const QString &scope);

    ItemReader &m_reader;
    ItemDetailsCache &m_cache;
};

} // namespace marquee
