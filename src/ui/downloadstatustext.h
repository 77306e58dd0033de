// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"
#include "core/usermessage.h"

#include <QCoreApplication>
#include <QString>

namespace marquee {

/// @brief How a download's state reads, in words: a short label (buttons, tables, badges) and a sentence that says
/// what happened and what to do. No codes, no addresses: the technical detail is DownloadJob::lastError.
class DownloadStatusText
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStatusText)

public:
    /// "Queued", "42 %", "Checking", "Paused", "Waiting: offline", "Downloaded", "Failed: not allowed".
    [[nodiscard]] static QString label(const DownloadJob &job);
    /// The short why: "offline", "disk full", "drive missing", "not allowed" …
    [[nodiscard]] static QString reasonLabel(DownloadReason reason);
    /// A full sentence for the job's state, empty when there is nothing to say.
    [[nodiscard]] static QString explanation(const DownloadJob &job);
    /// "Newer version on the server" / "Removed from the server", empty when current.
    [[nodiscard]] static QString serverCopyText(ServerCopy copy);
    /// Why DownloadService::download() queued nothing: its own refusals (the server's CanDownload, nothing playable)
    /// come in words already; anything else is said as every other failure is.
    [[nodiscard]] static UserMessage whyNothingQueued(const Error &error);
};

} // namespace marquee
