// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/error.h"
#include "core/mediaitem.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <QStringList>

namespace marquee {

/// @brief Writes items into the cache. Callers wrap a batch in a WriteTransaction; the statements are prepared once.
///
/// The upsert is guarded by the server's etag: a row whose etag did not change is not rewritten, which makes an
/// unchanged refresh about 5× cheaper (perf-limits.md, 1b′). A summary listing never erases the people and studios
/// that a details fetch stored. Because unchanged rows are not touched, their fetched_at says when the content was
/// last written; how fresh a listing is belongs to its scope in sync_state. It writes and removes the items of one
/// server (@p scope): another server's item with the same id is a different row, never touched.
class ItemWriter
{
public:
    ItemWriter(QSqlDatabase db, const CacheConfig &config, ServerScope scope = ServerScope::active());

    /// Inserts or updates; returns how many rows actually changed, or -1 on failure (see lastError()).
    int upsert(const QList<MediaItem> &items, qint64 nowMs);
    /// Deletes by id; returns how many rows went.
    int remove(const QStringList &ids);
    /// Every id of a library, for finding what the server no longer has.
    [[nodiscard]] QStringList idsInLibrary(const QString &libraryId);
    /// Every season and episode of a series.
    [[nodiscard]] QStringList idsInSeries(const QString &seriesId);

    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    QStringList readIds(SqlStatement &statement);

    const CacheConfig &m_config;
    SqlStatement m_upsert;
    SqlStatement m_remove;
    SqlStatement m_ids;
    SqlStatement m_seriesIds;
    Error m_error;
};

} // namespace marquee
