// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/error.h"
#include "core/result.h"
#include "services/activeserver.h"
#include "services/refreshscope.h"

#include <QFuture>
#include <QObject>
#include <QRunnable>
#include <QSet>
#include <functional>
#include <optional>

namespace marquee {

class Backend;
class CacheConfig;
class Clock;
class Database;
class DatabaseWriter;
class ItemBatchWriter;
class ListingPlausibility;

/// What every refresh job needs; all of it outlives the jobs (the service waits for them on shutdown).
struct RefreshEnvironment
{
    Backend *backend = nullptr;
    const Database *database = nullptr;
    /// Where library batches are written, so that two jobs never take turns at SQLite's one write lock.
    DatabaseWriter *writer = nullptr;
    const CacheConfig *config = nullptr;
    const Clock *clock = nullptr;
    int batchSize = 500;
    /// Empty: the live session's server, read by each job. Set: this saved server, another than the one in use
    /// (its ServerLane); its rows and refresh state are the ones written, whichever server the window shows.
    QString serverId = {};
};

/// Lives on the service's thread; jobs emit from pool threads, so every connection is queued.
class RefreshJobEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void progressed(const QString &scope, int current, int total);
    void batchWritten(const QString &scope);
    void finished(const QString &scope, const marquee::Error &error);
    void notice(const QString &text);
};

/**
 * @brief One refresh of one scope, run on a QThreadPool thread with its own database connection.
 *
 * run() does the bookkeeping every job shares: a sync_runs row, the scope's sync_state (expiry on success,
 * backoff on failure), and the finished signal. Subclasses only fetch and write, batch by batch, each batch in
 * its own transaction, so a failure or a cancel leaves the cache as it was before the batch that failed.
 */
class RefreshJob : public QRunnable
{
public:
    RefreshJob(RefreshScope scope, const RefreshEnvironment &environment, RefreshJobEvents *events,
               CancelToken cancel, QString kind);
    void run() final;

    /// 5 s after the first failure, doubling up to 5 min.
    [[nodiscard]] static qint64 backoffMs(int previousFailures);

protected:
    struct Outcome
    {
        Error error;
        int fetched = 0;
        int written = 0;
        int deleted = 0;
        std::optional<int> totalCount;
        QString watermark;
        QString note;                       ///< what Sync activity shows beside the counts: what went and why
        std::optional<qint64> serverTimeMs; ///< the server's clock at its first answer in this run
    };
    /// A second, independent look at the server for a mass removal: what it saw (for the note) when it agrees
    /// that @p gone are gone, the run's error when it does not.
    using SecondLook = std::function<Result<QString>(const QStringList &gone)>;

    /// Decides what kind of run this is (setKind()) before the history records its start, on the job's own
    /// connection, so the history never shows one kind while running and another once done.
    virtual void prepare() {}
    virtual Outcome execute() = 0;

    /// Blocks this pool thread (never the GUI) until the network thread answers.
    template <typename T>
    Result<T> await(QFuture<Result<T>> future) const
    {
        future.waitForFinished();
        return future.result();
    }

    /// Deletes the cached ids that @p listing left out, when the listing holds together; a mass removal only when
    /// @p secondLook agrees. False, with the error set and nothing removed, otherwise.
    bool removeUnlisted(ItemBatchWriter &writer, const QStringList &cached, const ListingPlausibility &listing,
                        const SecondLook &secondLook, Outcome &outcome) const;
    void reportProgress(int current, int total) const;
    void reportBatchWritten() const;
    void reportNotice(const QString &text) const;
    [[nodiscard]] bool isCancelled() const { return m_cancel.isCancelled(); }
    /// The server this run works for, read once as it starts: every batch goes to that one server.
    [[nodiscard]] const ActiveServer &server() const { return m_server; }
    /// Where the run's refresh state is: the live session's server as it is now, or the lane's.
    [[nodiscard]] ServerScope syncScope() const;
    /// What the history calls this run ("full", "incremental" …); from prepare().
    void setKind(const QString &kind) { m_kind = kind; }
    /// The scope whose page must re-read when a batch lands, if not the job's own.
    void setAnnouncedScope(const QString &scope) { m_announcedScope = scope; }
    [[nodiscard]] static Error cancelledError();

    const RefreshScope m_scope;
    const RefreshEnvironment m_env;
    const CancelToken m_cancel;

private:
    RefreshJobEvents *m_events;
    ActiveServer m_server;
    QString m_kind;
    QString m_announcedScope;
};

} // namespace marquee
