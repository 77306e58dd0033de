// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/downloadstatustext.h"

#include <QLocale>

namespace marquee {

QString DownloadStatusText::reasonLabel(DownloadReason reason)
{
    switch (reason) {
    case DownloadReason::None: return {};
    case DownloadReason::Offline: return tr("offline");
    case DownloadReason::SignedOut: return tr("signed out");
    case DownloadReason::DiskFull: return tr("disk full");
    case DownloadReason::Quota: return tr("over the size limit");
    case DownloadReason::LocationUnavailable: return tr("location unavailable");
    case DownloadReason::Forbidden: return tr("not allowed");
    case DownloadReason::NotFound: return tr("not on the server");
    case DownloadReason::Verification: return tr("file not playable");
    case DownloadReason::Storage: return tr("cannot write the file");
    case DownloadReason::ServerError: return tr("server error");
    }
    return {};
}

QString DownloadStatusText::label(const DownloadJob &job)
{
    switch (job.state) {
    case DownloadState::Queued: return tr("Queued");
    case DownloadState::Transferring: return tr("%1 %").arg(QLocale().toString(job.percent()));
    case DownloadState::Verifying: return tr("Checking");
    case DownloadState::Paused: return tr("Paused");
    case DownloadState::Waiting: return tr("Waiting: %1").arg(reasonLabel(job.reason));
    case DownloadState::Ready: return tr("Downloaded");
    case DownloadState::Failed: return tr("Failed: %1").arg(reasonLabel(job.reason));
    }
    return {};
}

QString DownloadStatusText::explanation(const DownloadJob &job)
{
    if (job.state == DownloadState::Ready)
        return serverCopyText(job.serverCopy);
    if (job.state == DownloadState::Paused)
        return tr("Paused. Resume it to go on from where it stopped.");
    switch (job.reason) {
    case DownloadReason::None: return {};
    case DownloadReason::Offline: return tr("The server does not answer. The download goes on by itself when it does.");
    case DownloadReason::SignedOut:
        return tr("The server no longer accepts your sign-in. Sign in again and the download goes on.");
    case DownloadReason::DiskFull:
        return tr("The disk is full, so the downloads are paused. Free some space or delete downloads; "
                  "they go on by themselves.");
    case DownloadReason::Quota:
        return tr("The downloads would take more space than you allowed them. Delete some, or raise the "
                  "limit in Edit → Preferences.");
    case DownloadReason::LocationUnavailable:
        return tr("The download folder is not available. Plug in its drive, or choose another folder in "
                  "Edit → Preferences.");
    case DownloadReason::Forbidden:
        return tr("The server does not allow you to download this. Ask its administrator for the "
                  "download permission.");
    case DownloadReason::NotFound: return tr("The server no longer has this item.");
    case DownloadReason::Verification:
        return tr("The file that came could not be played, so it was not kept. Try again later.");
    case DownloadReason::Storage:
        return tr("The file could not be written. Check that the download folder can be written to.");
    case DownloadReason::ServerError: return tr("The server kept failing. Try again later.");
    }
    return {};
}

QString DownloadStatusText::serverCopyText(ServerCopy copy)
{
    switch (copy) {
    case ServerCopy::Current: return {};
    case ServerCopy::Newer: return tr("A newer version is on the server. Keep this one, or replace it.");
    case ServerCopy::Gone: return tr("The server no longer has this item. Keep the file, or delete it.");
    }
    return {};
}

UserMessage DownloadStatusText::whyNothingQueued(const Error &error)
{
    if (error.kind == ErrorKind::ClientError && error.httpStatus == 0)
        return {error.message, {}};
    return UserMessage::from(error);
}

} // namespace marquee
