// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>

namespace marquee {

class Database;

/**
 * @brief One thread with one long-lived connection for this device's own changes (user data and the playback
 * queue): they run in the order they were asked for, and never on the GUI thread, where a write could wait for a
 * refresh job's batch to commit (SQLite has one writer).
 */
class StateWriter
{
public:
    explicit StateWriter(const Database &database);
    /// Finishes the work already queued, then closes the connection on its own thread.
    ~StateWriter();
    StateWriter(const StateWriter &) = delete;
    StateWriter &operator=(const StateWriter &) = delete;

    /// Runs @p work(connection) on the writer thread; the future carries what it returns.
    template <typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, const QSqlDatabase &>>
    {
        const Database *database = &m_database;
        return QtConcurrent::run(&m_pool, [database, work = std::move(work)] { return work(connectionOf(*database)); });
    }

private:
    [[nodiscard]] static QSqlDatabase connectionOf(const Database &database);

    const Database &m_database;
    QThreadPool m_pool;
};

} // namespace marquee
