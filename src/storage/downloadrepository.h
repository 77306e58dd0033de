// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"
#include "core/result.h"
#include "storage/sqlstatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace marquee {

/**
 * @brief The durable download queue (state database, table `downloads`) and the rules per series
 * (`download_rules`). Only the DownloadService writes jobs; pages and badges read them.
 *
 * Order: by priority, then id. A new job goes to the end; move() swaps it with its neighbour.
 */
class DownloadRepository
{
public:
    explicit DownloadRepository(QSqlDatabase db);

    /// Adds @p job at the end of the queue (its id and priority are set here); an item already in the table keeps
    /// its job, which is returned unchanged.
    Result<DownloadJob> add(DownloadJob job);
    /// Writes every column of @p job (matched by id).
    bool save(const DownloadJob &job);
    /// The frequent write of a transfer: how far it got and what of it is synced.
    bool saveProgress(qint64 id, qint64 bytesDone, qint64 syncedBytes, const QString &bootId);
    bool remove(qint64 id);
    /// Swaps the job with the one @p steps places before (negative) or after it; false at either end.
    bool move(qint64 id, int steps);
    /// After a crash or a reboot nothing is transferring or verifying: those go back in line.
    bool requeueInterrupted();

    [[nodiscard]] QList<DownloadJob> all();
    [[nodiscard]] std::optional<DownloadJob> job(qint64 id);
    [[nodiscard]] std::optional<DownloadJob> jobForItem(const QString &serverId, const QString &itemId);
    /// The state of each of @p itemIds that has a job (poster badges, the Downloaded filter).
    [[nodiscard]] QHash<QString, DownloadState> statesOf(const QString &serverId, const QStringList &itemIds);
    /// Ids of every item of @p serverId whose download is ready.
    [[nodiscard]] QStringList readyItemIds(const QString &serverId);

    bool saveRule(const DownloadRule &rule);
    bool removeRule(const QString &serverId, const QString &seriesId);
    [[nodiscard]] std::optional<DownloadRule> rule(const QString &serverId, const QString &seriesId);
    [[nodiscard]] QList<DownloadRule> rules(const QString &serverId);

    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    bool run(SqlStatement &statement);
    void bindJob(SqlStatement &statement, const DownloadJob &job);
    [[nodiscard]] QList<DownloadJob> readJobs(SqlStatement &statement);

    QSqlDatabase m_db;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_progress;
    SqlStatement m_remove;
    SqlStatement m_requeue;
    SqlStatement m_all;
    SqlStatement m_byId;
    SqlStatement m_byItem;
    SqlStatement m_lastPriority;
    SqlStatement m_neighbours;
    SqlStatement m_setPriority;
    SqlStatement m_states;
    SqlStatement m_ready;
    SqlStatement m_saveRule;
    SqlStatement m_removeRule;
    SqlStatement m_rule;
    SqlStatement m_rules;
    Error m_error;
};

} // namespace marquee
