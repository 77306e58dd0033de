// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "storage/serverscope.h"
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
    QString lastError;          ///< the technical line, for the log and a Details disclosure
    ErrorKind lastErrorKind = ErrorKind::None; ///< None also for a failure recorded before kinds were kept
    std::optional<int> totalCount;

    /// The last attempt failed (it came after the last success).
    [[nodiscard]] bool lastAttemptFailed() const;
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
    QString error; ///< the technical line
    ErrorKind errorKind = ErrorKind::None;
    QString note; ///< what went and why, beside the counts (a mass removal, a watermark set aside)

    friend bool operator==(const SyncRun &, const SyncRun &) = default;
};

/// @brief Per-scope refresh state and the history of runs of one server (the active one unless told otherwise).
class SyncStateRepository
{
public:
    explicit SyncStateRepository(QSqlDatabase db, ServerScope scope = ServerScope::active());

    [[nodiscard]] std::optional<SyncState> state(const QString &scope);
    bool recordSuccess(const QString &scope, qint64 atMs, qint64 expiresAtMs, const QString &watermark,
                       std::optional<int> totalCount);
    bool recordFailure(const QString &scope, qint64 atMs, const Error &error, qint64 nextRetryAtMs);

    qint64 startRun(const QString &scope, const QString &kind, qint64 atMs);
    bool finishRun(const SyncRun &run);
    [[nodiscard]] QList<SyncRun> recentRuns(int limit);

    [[nodiscard]] static QString libraryScope(const QString &libraryId);
    /// How a kind is stored ("offline", "server-error" …), and back; unknown text reads as ErrorKind::None.
    [[nodiscard]] static QString errorKindKey(ErrorKind kind);
    [[nodiscard]] static ErrorKind errorKindFromKey(const QString &key);

private:
    SqlStatement m_state;
    SqlStatement m_success;
    SqlStatement m_failure;
    SqlStatement m_startRun;
    SqlStatement m_finishRun;
    SqlStatement m_recentRuns;
};

} // namespace marquee
