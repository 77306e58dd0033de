// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace marquee::test {

/// @brief What the user could lose, in one comparable value: every row of items, user_data and playback_queue,
/// without the bookkeeping columns a refresh may touch (fetched_at, expires_at, last_used_at, server_updated_at,
/// row_id).
struct CacheDigest
{
    QByteArray sha256;
    int items = 0;
    int userData = 0;
    int queued = 0;

    /// Reads @p db (the cache with the state file attached as "state", as Database::connection() gives it).
    [[nodiscard]] static CacheDigest of(const QSqlDatabase &db);
    [[nodiscard]] QString describe() const;
    friend bool operator==(const CacheDigest &, const CacheDigest &) = default;
};

void PrintTo(const CacheDigest &digest, std::ostream *out);

} // namespace marquee::test
