// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"
#include "core/downloadjob.h"
#include "core/playbackinfo.h"
#include "core/result.h"
#include "services/downloadsettings.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>

namespace marquee {

class Backend;
class Clock;
class DatabaseWriter;
class DownloadItemResolver;
class FileDownloader;
class MediaProbe;
struct FileTransferOutcome;
struct FileTransferProgress;
struct PlaybackSource;

/**
 * @brief The third lane, server → disk → player: the durable download queue and its transfers.
 *
 * Jobs live in the state database (DownloadRepository), written through the DatabaseWriter, and in memory here.
 * Each job: ask the server which version to fetch (PlaybackInfo: id, Size, ETag, pinned); restart from zero when
 * that changed; check free space and the quota; stream `/Items/{id}/Download` into `NAME.part` on the
 * FileDownloader's thread, resuming with Range + If-Range; then verify (bytes = Content-Length = Size, and the
 * MediaProbe opens the file and finds a duration) before the part file is renamed into place. A broken file is
 * never offered for playback.
 *
 * Waiting, by reason: offline (quietly, retried with back-off and at once on reconnect), signed out (until a
 * sign-in), disk full (the whole queue waits; deleting a download, a user's resume or enough free space lifts it),
 * location unavailable (the folder's drive is gone; checked again every RecheckIntervalMs), quota. A 401 or 403
 * stops the job with its reason: no other endpoint is ever tried. At most `concurrency` items at once, one request
 * per file. A crash, a SIGKILL or a reboot loses at most the bytes not yet on disk (after a reboot: not synced).
 *
 * Lives on the GUI thread; nothing here blocks on the network or the disk beyond a stat. The FileDownloader must be
 * stopped (destroyed) before this service, so that no transfer reports to it afterwards.
 */
class DownloadService : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 FirstBackoffMs = 5'000;
    static constexpr qint64 MaxBackoffMs = 300'000;
    /// Restarts from zero (changed version, broken file) before a job fails for good.
    static constexpr int MaxRestarts = 3;
    /// Free space kept beyond a file's size, so a download never fills a disk to the last byte.
    static constexpr qint64 SpaceMarginBytes = 16LL << 20;
    static constexpr int RecheckIntervalMs = 30'000;
    static constexpr int ProgressSaveIntervalMs = 2'000;

    struct Dependencies
    {
        DatabaseWriter &writer;
        FileDownloader &downloader;
        const MediaProbe &probe;
        const Clock &clock;
    };

    explicit DownloadService(Dependencies dependencies, QObject *parent = nullptr);
    /// Ends the transfers in flight; their part files and rows stay for the next run.
    ~DownloadService() override;

    /// The server to download from; null: none (jobs wait, signed out). Jobs of other servers wait too.
    void setBackend(Backend *backend);
    /// The server whose downloads play and run; set before start() (the stored server) and by setBackend().
    void setServerId(const QString &serverId);
    [[nodiscard]] const QString &serverId() const { return m_serverId; }
    void applySettings(const DownloadSettings &settings);
    [[nodiscard]] const DownloadSettings &settings() const { return m_settings; }

    /// Reads the queue and, with @p runQueue, puts back in line what a crash left transferring and starts what can
    /// start. Without it the queue is only shown and edited (marquee-cli downloads, while the app may be
    /// downloading): states are shown as last recorded and nothing is transferred.
    QFuture<void> start(bool runQueue = true);
    [[nodiscard]] bool isStarted() const { return m_started; }
    /// A ready download's poster or subtitles are still on their way (a program that leaves now loses them).
    [[nodiscard]] bool isFetchingExtras() const { return m_extrasInFlight > 0; }
    /// Ends every transfer now (Ctrl-C in marquee-cli): the jobs stay as they are, to resume on the next run.
    void stopTransfers();

    /// Queues the movies and episodes of @p itemIds (seasons and series expand to their episodes); items already
    /// queued keep their job. The jobs of all of them, in order.
    QFuture<Result<QList<DownloadJob>>> download(const QStringList &itemIds);
    void pause(qint64 id);
    void resume(qint64 id);
    /// Cancels or deletes: the files go first (freeing space, also on a full disk), then the row.
    void remove(qint64 id);
    void move(qint64 id, int steps);
    void pauseAll();
    void resumeAll();
    /// A newer version is on the server: fetch it (the old file stays until the new one is verified).
    void replaceWithServerVersion(qint64 id);
    /// A newer version or a gone item: keep the file as it is and stop saying so.
    void keepLocalCopy(qint64 id);
    /// Stores (keepUnwatched 0 and no removal: deletes) a series' rule, then applies the rules; finishes once what
    /// the rules want is queued.
    QFuture<Status> setRule(const DownloadRule &rule);
    /// The rules of the current server's series, or of one series.
    [[nodiscard]] QFuture<QList<DownloadRule>> rules() const;

    [[nodiscard]] const QList<DownloadJob> &jobs() const { return m_jobs; }
    [[nodiscard]] std::optional<DownloadJob> job(qint64 id) const;
    /// The job of @p itemId on the current server.
    [[nodiscard]] std::optional<DownloadJob> jobForItem(const QString &itemId) const;
    /// The verified file of @p itemId when it is ready and on disk; empty otherwise.
    [[nodiscard]] QString playableFile(const QString &itemId) const;
    /// What the downloads take on disk now (finished files and part files).
    [[nodiscard]] qint64 bytesOnDisk() const;
    /// Free space on the download folder's volume; -1 when the folder is unavailable.
    [[nodiscard]] qint64 freeBytes() const;

public Q_SLOTS:
    /// The server answers again (or stopped answering): waiting jobs go on at once.
    void setOnline(bool online);
    /// Applies every series rule of the current server (after a progress sync, on reconnect); finishes once what
    /// they want is queued and what they drop is deleted.
    QFuture<void> checkRules();
    /// Compares every ready download whose item changed or vanished in the cache with what the server has now.
    void checkServerCopies();

Q_SIGNALS:
    /// A job's state, reason or progress changed.
    void jobChanged(qint64 id);
    /// Jobs were added, removed or reordered.
    void jobsChanged();
    /// The set of ready downloads in the database changed (written): badges and the Downloaded filter re-read.
    void downloadedChanged();

private:
    struct Running
    {
        CancelToken cancel;
        qint64 lastSavedMs = 0;
    };

    DownloadJob *find(qint64 id);
    [[nodiscard]] const DownloadJob *find(qint64 id) const;
    void schedule();
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] bool canRun(const DownloadJob &job) const;
    void startJob(DownloadJob &job);
    /// The item's versions with their Size and ETag, from Backend::playbackInfo asked for the original file only.
    [[nodiscard]] QFuture<Result<QList<PlaybackSource>>> versionsOf(const QString &itemId, CancelToken cancel = {});
    void onPlaybackInfo(qint64 id, const Result<QList<PlaybackSource>> &sources);
    void transfer(DownloadJob &job);
    void onProgress(qint64 id, const FileTransferProgress &progress);
    void onTransferred(qint64 id, const FileTransferOutcome &outcome);
    void verify(DownloadJob &job, qint64 totalBytes);
    void onVerified(qint64 id, const Result<double> &duration);
    void restart(DownloadJob &job, const QString &why);
    void cancelTransfer(qint64 id);
    static void forgetVersion(DownloadJob &job);
    void handleFailure(DownloadJob &job, const Error &error);
    void wait(DownloadJob &job, DownloadReason reason, const QString &detail = {});
    void fail(DownloadJob &job, DownloadReason reason, const QString &detail);
    void goOffline();
    void releaseWaiting(DownloadReason reason);
    void recheck();
    [[nodiscard]] bool preflight(DownloadJob &job, qint64 alreadyOnDisk);
    [[nodiscard]] bool rootAvailable(const DownloadJob &job) const;
    void fetchPoster(const DownloadJob &job);
    void fetchSubtitles(const DownloadJob &job);
    void saveJob(const DownloadJob &job);
    /// Tells downloadedChanged() once the database says @p id is (or is no longer) ready.
    void noteStored(qint64 id, bool ready);
    void changed(const DownloadJob &job);
    void compareServerCopy(qint64 id, const Result<QList<PlaybackSource>> &sources);
    /// @p wanted, or with the item id in it when another job (here or in @p alsoTaken) or a stranger's file has it.
    [[nodiscard]] QString uniquePath(const DownloadJob &job, const QString &wanted,
                                     const QList<DownloadJob> &alsoTaken) const;
    [[nodiscard]] static QString currentBootId();

    DatabaseWriter &m_writer;
    FileDownloader &m_downloader;
    int m_extrasInFlight = 0;
    const MediaProbe &m_probe;
    const Clock &m_clock;
    DownloadItemResolver *m_resolver;
    QPointer<Backend> m_backend;
    QString m_serverId;
    DownloadSettings m_settings;
    QList<DownloadJob> m_jobs;
    QHash<qint64, Running> m_running;
    QHash<qint64, QString> m_serverEtags; ///< what the server had at the last comparison ("gone" when nothing)
    QSet<qint64> m_storedReady;           ///< ready in the database, as far as the writes that finished say
    QHash<qint64, bool> m_askedUncached;  ///< ready jobs whose item is not cached, asked about this session
    QHash<qint64, QList<PlaybackStream>> m_subtitles; ///< the pinned version's external subtitles, by job
    QTimer m_retry;
    QTimer m_recheck;
    QString m_bootId;
    qint64 m_backoffMs = FirstBackoffMs;
    bool m_started = false;
    bool m_runQueue = true;
    bool m_offline = false;
    bool m_diskFull = false;
};

} // namespace marquee
