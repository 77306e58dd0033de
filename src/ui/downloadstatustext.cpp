// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/downloadstatustext.h"

namespace marquee {

QString DownloadStatusText::reasonLabel(DownloadReason reason)
{
    switch (reason) {
    case DownloadReason::None: return {};
    case DownloadReason::Offline: return QStringLiteral("offline");
    case DownloadReason::SignedOut: return QStringLiteral("signed out");
    case DownloadReason::DiskFull: return QStringLiteral("disk full");
    case DownloadReason::Quota: return QStringLiteral("over the size limit");
    case DownloadReason::LocationUnavailable: return QStringLiteral("location unavailable");
    case DownloadReason::Forbidden: return QStringLiteral("not allowed");
    case DownloadReason::NotFound: return QStringLiteral("not on the server");
    case DownloadReason::Verification: return QStringLiteral("file not playable");
    case DownloadReason::Storage: return QStringLiteral("cannot write the file");
    case DownloadReason::ServerError: return QStringLiteral("server error");
    }
    return {};
}

QString DownloadStatusText::label(const DownloadJob &job)
{
    switch (job.state) {
    case DownloadState::Queued: return QStringLiteral("Queued");
    case DownloadState::Transferring: return QStringLiteral("%1 %").arg(job.percent());
    case DownloadState::Verifying: return QStringLiteral("Checking");
    case DownloadState::Paused: return QStringLiteral("Paused");
    case DownloadState::Waiting: return QStringLiteral("Waiting: ") + reasonLabel(job.reason);
    case DownloadState::Ready: return QStringLiteral("Downloaded");
    case DownloadState::Failed: return QStringLiteral("Failed: ") + reasonLabel(job.reason);
    }
    return {};
}

QString DownloadStatusText::explanation(const DownloadJob &job)
{
    if (job.state == DownloadState::Ready)
        return serverCopyText(job.serverCopy);
    if (job.state == DownloadState::Paused)
        return QStringLiteral("Paused. Resume it to go on from where it stopped.");
    switch (job.reason) {
    case DownloadReason::None: return {};
    case DownloadReason::Offline:
        return QStringLiteral("The server does not answer. The download goes on by itself when it does.");
    case DownloadReason::SignedOut:
        return QStringLiteral("The server no longer accepts your sign-in. Sign in again and the download goes on.");
    case DownloadReason::DiskFull:
        return QStringLiteral("The disk is full, so the downloads are paused. Free some space or delete downloads; "
                              "they go on by themselves.");
    case DownloadReason::Quota:
        return QStringLiteral("The downloads would take more space than you allowed them. Delete some, or raise the "
                              "limit in Edit → Preferences.");
    case DownloadReason::LocationUnavailable:
        return QStringLiteral("The download folder is not available. Plug in its drive, or choose another folder in "
                              "Edit → Preferences.");
    case DownloadReason::Forbidden:
        return QStringLiteral("The server does not allow you to download this. Ask its administrator for the "
                              "download permission.");
    case DownloadReason::NotFound: return QStringLiteral("The server no longer has this item.");
    case DownloadReason::Verification:
        return QStringLiteral("The file that came could not be played, so it was not kept. Try again later.");
    case DownloadReason::Storage:
        return QStringLiteral("The file could not be written. Check that the download folder can be written to.");
    case DownloadReason::ServerError: return QStringLiteral("The server kept failing. Try again later.");
    }
    return {};
}

QString DownloadStatusText::serverCopyText(ServerCopy copy)
{
    switch (copy) {
    case ServerCopy::Current: return {};
    case ServerCopy::Newer: return QStringLiteral("A newer version is on the server. Keep this one, or replace it.");
    case ServerCopy::Gone: return QStringLiteral("The server no longer has this item. Keep the file, or delete it.");
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
