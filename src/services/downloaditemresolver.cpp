// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloaditemresolver.h"

#include "backend/backend.h"
#include "backend/resultpromise.h"
#include "services/databasewriter.h"
#include "storage/itemreader.h"

#include <QPointer>
#include <QSet>

namespace marquee {

namespace {

bool isPlayable(ItemType type)
{
    return type == ItemType::Movie || type == ItemType::Episode;
}

/// What the server answered for the ids the cache lacked, gathered until the last answer is in.
struct ServerLookup
{
    QList<QList<MediaItem>> found;
    int pending = 0;
    Error firstError;
    ResultPromise<QList<MediaItem>> promise;
};

QList<MediaItem> flattened(const QList<QList<MediaItem>> &groups)
{
    QList<MediaItem> items;
    QSet<QString> seen;
    for (const QList<MediaItem> &group : groups) {
        for (const MediaItem &item : group) {
            if (isPlayable(item.type) && !seen.contains(item.id)) {
                seen.insert(item.id);
                items.append(item);
            }
        }
    }
    return items;
}

} // namespace

DownloadItemResolver::DownloadItemResolver(DatabaseWriter &writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
}

DownloadItemResolver::CacheAnswer DownloadItemResolver::readCache(const QSqlDatabase &db, const QStringList &itemIds)
{
    ItemReader reader(db);
    CacheAnswer answer;
    for (const QString &id : itemIds) {
        QList<MediaItem> group;
        const std::optional<MediaItem> item = reader.item(id);
        if (!item) {
            answer.missing.append(id);
        } else if (isPlayable(item->type)) {
            group.append(*item);
        } else {
            // A series holds seasons, a season episodes.
            QList<MediaItem> pending{*item};
            while (!pending.isEmpty()) {
                const MediaItem folder = pending.takeFirst();
                for (const MediaItem &child : reader.children(folder.id)) {
                    if (isPlayable(child.type))
                        group.append(child);
                    else if (child.type == ItemType::Season)
                        pending.append(child);
                }
            }
            if (group.isEmpty())
                answer.missing.append(id);
        }
        answer.found.append(group);
    }
    return answer;
}

QFuture<Result<QList<MediaItem>>> DownloadItemResolver::resolve(const QStringList &itemIds, Backend *backend)
{
    auto lookup = std::make_shared<ServerLookup>();
    QFuture<Result<QList<MediaItem>>> future = lookup->promise.future();
    QPointer<Backend> server(backend);
    m_writer.run([itemIds](const QSqlDatabase &db) { return readCache(db, itemIds); })
        .then(this, [lookup, server](const CacheAnswer &cache) {
            lookup->found = cache.found;
            if (cache.missing.isEmpty() || !server) {
                lookup->promise.fulfil(flattened(lookup->found));
                return;
            }
            const auto settle = [lookup] {
                if (--lookup->pending > 0)
                    return;
                QList<MediaItem> items = flattened(lookup->found);
                if (items.isEmpty() && lookup->firstError.isError())
                    lookup->promise.fulfil(lookup->firstError);
                else
                    lookup->promise.fulfil(std::move(items));
            };
            const auto keep = [lookup](const Result<QList<MediaItem>> &answer) {
                if (answer)
                    lookup->found.append(answer.value());
                else if (!lookup->firstError.isError())
                    lookup->firstError = answer.error();
            };
            lookup->pending = int(cache.missing.size());
            for (const QString &id : cache.missing) {
                server->itemDetails(id).then(server.data(), [server, keep, settle](const Result<MediaItem> &item) {
                    if (!item || isPlayable(item.value().type) || !server) {
                        keep(item ? Result<QList<MediaItem>>(QList<MediaItem>{item.value()})
                                  : Result<QList<MediaItem>>(item.error()));
                        settle();
                        return;
                    }
                    const MediaItem &folder = item.value();
                    const bool season = folder.type == ItemType::Season;
                    server->episodes(season ? folder.seriesId : folder.id, season ? folder.id : QString())
                        .then(server.data(), [keep, settle](const Result<QList<MediaItem>> &episodes) {
                            keep(episodes);
                            settle();
                        });
                });
            }
        });
    return future;
}

} // namespace marquee
