// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QThreadPool>
#include <memory>
#include <type_traits>

namespace marquee {

class Database;

/**
 * @brief One thread with one long-lived connection for the heavy and the precious writes: the refresh lane's
 * batches, and this device's own changes (user data and the playback queue).
 *
 * SQLite has one writer. Two connections that take turns at it both lose: the loser sleeps in the busy handler
 * after the lock is free again, and each commit empties the other connection's page cache, so every batch reads
 * its index pages again. On one connection the batches run back to back with a warm cache. Nothing here runs on
 * the GUI thread, where a write could wait for a batch to commit.
 */
class DatabaseWriter
{
public:
    explicit DatabaseWriter(const Database &database);
    /// Finishes the work already queued, then closes the connection on its own thread.
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    /// Runs @p work(connection) on the writer thread, in the order asked; the future carries what it returns.
    /// Waiting on the future never runs the work on the waiting thread (QtConcurrent's futures would steal it).
    template <typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, const QSqlDatabase &>>
    {
        using Value = std::invoke_result_t<Work, const QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<Value>>();
        QFuture<Value> future = promise->future();
        promise->start();
        const Database *database = &m_database;
        m_pool.start([database, promise, work = std::move(work)]() mutable {
            if constexpr (std::is_void_v<Value>)
                work(connectionOf(*database));
            else
                promise->addResult(work(connectionOf(*database)));
            promise->finish();
        });
        return future;
    }

private:
    [[nodiscard]] static QSqlDatabase connectionOf(const Database &database);

    const Database &m_database;
    QThreadPool m_pool;
};

} // namespace marquee
