// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/filedownloader.h"

#include "backend/httpclient.h"

#include <QPromise>

namespace marquee {

FileDownloader::FileDownloader() = default;

FileDownloader::~FileDownloader()
{
    m_thread.shutdown();
}

QFuture<FileTransferOutcome> FileDownloader::fetch(FileTransferRequest request, FileTransfer::ProgressCallback progress)
{
    auto promise = std::make_shared<QPromise<FileTransferOutcome>>();
    QFuture<FileTransferOutcome> future = promise->future();
    promise->start();
    auto fulfil = [promise](const FileTransferOutcome &outcome) {
        promise->addResult(outcome);
        promise->finish();
    };
    BandwidthLimiter *limiter = &m_limiter;
    const bool posted = m_thread.post([request = std::move(request), progress = std::move(progress), fulfil,
                                       limiter](HttpClient &client) mutable {
        // A child of the client: if the thread stops first, deleting the client ends it with Cancelled.
        auto *transfer =
            new FileTransfer(client.network(), std::move(request), limiter, std::move(progress), fulfil, &client);
        QObject::connect(transfer, &FileTransfer::finished, transfer, &QObject::deleteLater);
        transfer->start();
    });
    if (!posted)
        fulfil(FileTransferOutcome{Error{ErrorKind::Cancelled, QStringLiteral("downloads stopped"), {}, 0}, {}, 0});
    return future;
}

} // namespace marquee
