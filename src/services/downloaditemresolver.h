// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

namespace marquee {

class Backend;
class DatabaseWriter;

/**
 * @brief Turns what the user picked (movies, episodes, seasons, whole series) into the movies and episodes to
 * download, in order: read from the cache (so it works offline), and asked of the server only for what the cache
 * lacks (an id it does not hold, a season whose episodes it never listed). Lives on the GUI thread.
 */
class DownloadItemResolver : public QObject
{
    Q_OBJECT

public:
    explicit DownloadItemResolver(DatabaseWriter &writer, QObject *parent = nullptr);

    /// Movies and episodes of @p itemIds, each once; @p backend may be null (cache only). Fails only when nothing
    /// at all could be read; ids that name nothing are left out.
    QFuture<Result<QList<MediaItem>>> resolve(const QStringList &itemIds, Backend *backend);

private:
    struct CacheAnswer
    {
        QList<QList<MediaItem>> found; ///< per requested id, in order
        QStringList missing;           ///< ids to ask the server about
    };
    [[nodiscard]] static CacheAnswer readCache(const QSqlDatabase &db, const QStringList &itemIds);

    DatabaseWriter &m_writer;
};

} // namespace marquee
