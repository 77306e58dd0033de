// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/canceltoken.h"
#include "core/error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace marquee {

class BandwidthLimiter;

/// What one file transfer asks for: one GET, streamed into a part file.
struct FileTransferRequest
{
    StreamSource source;   ///< address and headers (the credential travels in them)
    QString partPath;      ///< the file the bytes go to; created when missing
    qint64 resumeFrom = 0; ///< bytes of partPath to keep: asks for the rest with Range (and If-Range when set)
    QByteArray ifRange;    ///< the validator the kept bytes came with (the response's Last-Modified)
    qint64 syncedBefore = 0; ///< of the kept bytes, those already known to be on stable storage
    QByteArray trustedCertificateSha256; ///< as HttpRequest: the one self-signed certificate accepted
    int stallTimeoutMs = 30'000;          ///< no byte for this long ends the transfer with Timeout
    /// After this many bytes a background fdatasync starts, so a power cut loses little; the transfer never waits
    /// for it (curl syncs nothing and sets the pace). The end of a transfer is always synced before it reports.
    qint64 syncEveryBytes = 64LL << 20;
    CancelToken cancel;
};

/// Where a transfer stands; reported while it runs and with its end.
struct FileTransferProgress
{
    qint64 bytesOnDisk = 0;  ///< the part file's length
    qint64 totalBytes = 0;   ///< the whole file, from Content-Range or Content-Length; 0 while unknown
    qint64 syncedBytes = 0;  ///< how much of it is known to be on stable storage
    QByteArray lastModified; ///< the response's validator, for the next If-Range
    bool restartedFromZero = false; ///< a range was asked but the server sent the whole (changed) file
};

struct FileTransferOutcome
{
    Error error; ///< None: the whole file is in the part file, synced
    FileTransferProgress progress;
    int status = 0;
};

/**
 * @brief One GET streamed to disk, never held in memory: the body goes to the part file as it arrives, through
 * a small read buffer (so a slow disk or the bandwidth cap slows the socket down instead of filling memory).
 *
 * Resumes with `Range: bytes=N-` plus `If-Range`: a 206 must start exactly at N; a 200 means the server's file is
 * not the one the kept bytes came from, so the part file starts again from zero. No byte is ever appended to a
 * different version. Ends on: the whole body (Content-Length bytes) written and synced; an HTTP error (401 →
 * Unauthorized, 403/404/416 → ClientError with the status, 5xx → ServerError; nothing of the body is written);
 * a write failure (a full disk is StorageFull); a connection lost or a stall (Offline, Timeout); cancel.
 * What reached the part file stays there in every case, for the next attempt to resume.
 *
 * Lives on a network thread, created there; the callbacks run there.
 */
class FileTransfer : public QObject
{
    Q_OBJECT

public:
    using ProgressCallback = std::function<void(const FileTransferProgress &)>;
    using DoneCallback = std::function<void(const FileTransferOutcome &)>;

    /// Progress comes at most every ProgressIntervalMs, and once when the response headers are in.
    static constexpr int ProgressIntervalMs = 250;

    FileTransfer(QNetworkAccessManager *network, FileTransferRequest request, BandwidthLimiter *limiter,
                 ProgressCallback progress, DoneCallback done, QObject *parent = nullptr);
    /// An unfinished transfer ends with Cancelled.
    ~FileTransfer() override;

    void start();

Q_SIGNALS:
    /// The done callback has run.
    void finished();

private:
    void onMetaDataChanged();
    void drain();
    void onFinished();
    /// Everything the server sent is on disk: checks the length, syncs, ends.
    void complete();
    void onSslErrors();
    bool acceptHeaders();
    bool openPartFile(qint64 keep);
    bool write(const char *data, qint64 length);
    /// Now, on this thread: at the end, and before reporting a failure.
    void syncToDisk();
    /// On a helper thread, through a duplicate descriptor; at most one at a time.
    void syncInBackground();
    void reportProgress(bool force);
    void fail(ErrorKind kind, const QString &message, int status = 0);
    void finish(Error error);

    QNetworkAccessManager *m_network;
    FileTransferRequest m_request;
    BandwidthLimiter *m_limiter;
    ProgressCallback m_progressCallback;
    DoneCallback m_done;
    QPointer<QNetworkReply> m_reply; ///< QPointer: on shutdown the manager may delete it before this object
    QFile m_file;
    QByteArray m_buffer;
    QTimer m_stall;
    QTimer m_pace;
    FileTransferProgress m_progress;
    qint64 m_unsyncedBytes = 0;
    /// What the last finished background sync made durable, and whether one runs; shared with the helper thread.
    std::shared_ptr<std::atomic<qint64>> m_backgroundSynced = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<bool>> m_syncRunning = std::make_shared<std::atomic<bool>>(false);
    qint64 m_lastProgressMs = -1;
    QElapsedTimer m_clock;
    int m_status = 0;
    bool m_headersAccepted = false;
    bool m_replyDone = false; ///< QNAM has the whole answer; the rest is draining its buffer
    bool m_finished = false;
    int m_cancelCallbackId = 0;
    Error m_error;
    QString m_label; ///< "GET <redacted url>" for errors and logs
};

} // namespace marquee
