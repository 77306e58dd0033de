// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// How one refresh scope ("library:<id>", "home" …) stands.
struct SyncState
{
    QString scope;
    std::optional<qint64> lastSuccessAtMs;
    std::optional<qint64> lastAttemptAtMs;
    std::optional<qint64> expiresAtMs;
    QString watermark;
    int failureCount = 0;
    std::optional<qint64> nextRetryAtMs;
    QString lastError;
    std::optional<int> totalCount;
};

/// One refresh, as the Sync activity dialog lists it.
struct SyncRun
{
    qint64 id = 0;
    QString scope;
    QString kind;
    qint64 startedAtMs = 0;
    std::optional<qint64> finishedAtMs;
    QString status; ///< running, succeeded, failed, cancelled
    int fetched = 0;
    int written = 0;
    int deleted = 0;
    QString error;

    friend bool operator==(const SyncRun &, const SyncRun &) = default;
};

/// @brief Per-scope refresh state and the history of runs.
class SyncStateRepository
{
public:
    explicit SyncStateRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<SyncState> state(const QString &scope);
    bool recordSuccess(const QString &scope, qint64 atMs, qint64 expiresAtMs, const QString &watermark,
                       std::optional<int> totalCount);
    bool recordFailure(const QString &scope, qint64 atMs, const QString &error, qint64 nextRetryAtMs);

    qint64 startRun(const QString &scope, const QString &kind, qint64 atMs);
    bool finishRun(const SyncRun &run);
    [[nodiscard]] QList<SyncRun> recentRuns(int limit);

    [[nodiscard]] static QString libraryScope(const QString &libraryId);

private:
    SqlStatement m_state;
    SqlStatement m_success;
    SqlStatement m_failure;
    SqlStatement m_startRun;
    SqlStatement m_finishRun;
    SqlStatement m_recentRuns;
};

} // namespace marquee
