// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/filetransfer.h"
#include "backend/networkthread.h"
#include "core/bandwidthlimiter.h"

#include <QFuture>

namespace marquee {

/**
 * @brief Streams files to disk (FileTransfer) on a network thread of its own, under one bandwidth cap.
 *
 * Its own thread and connection pool, because a media file is written as it arrives: a slow disk or a capped
 * transfer must never hold up the metadata requests and posters of the app's network thread. Thread-safe; the
 * progress callback runs on the download thread, so keep it short (post to your own thread).
 */
class FileDownloader
{
public:
    FileDownloader();
    /// Ends every transfer in flight with Cancelled (their part files keep what arrived).
    ~FileDownloader();
    FileDownloader(const FileDownloader &) = delete;
    FileDownloader &operator=(const FileDownloader &) = delete;

    /// Bytes per second for all transfers together; 0: no cap. Applies to transfers under way too.
    void setBandwidthLimit(qint64 bytesPerSecond) { m_limiter.setRate(bytesPerSecond); }
    [[nodiscard]] qint64 bandwidthLimit() const { return m_limiter.rate(); }

    /// Starts @p request; the future always finishes, with the outcome (Cancelled after shutdown).
    QFuture<FileTransferOutcome> fetch(FileTransferRequest request, FileTransfer::ProgressCallback progress = {});

private:
    BandwidthLimiter m_limiter;
    NetworkThread m_thread; ///< last: it stops (and ends the transfers) before the limiter goes
};

} // namespace marquee
