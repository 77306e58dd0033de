// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <optional>

namespace marquee {

/// Where a download stands. Waiting and Failed say why in DownloadJob::reason.
enum class DownloadState {
    Queued,       ///< in line for a slot
    Transferring, ///< bytes are coming (also while the server is asked which version to fetch)
    Verifying,    ///< all bytes are in: sizes are compared and the player opens the file
    Paused,       ///< by the user
    Waiting,      ///< it will go on by itself once the reason is gone
    Ready,        ///< verified and in place: plays offline
    Failed,       ///< it will not go on by itself
};

/// Why a download waits or failed.
enum class DownloadReason {
    None,
    Offline,             ///< the server does not answer (waits quietly, resumes when it does)
    SignedOut,           ///< the server refused the sign-in
    DiskFull,            ///< not enough free space for the file (pauses the whole queue)
    Quota,               ///< the downloads would pass the size the user allows them
    LocationUnavailable, ///< the download folder is gone (a removable drive not plugged in)
    Forbidden,           ///< the server does not let this user download (403)
    NotFound,            ///< the server no longer has the item
    Verification,        ///< the file came complete but is not playable, or not the announced size
    Storage,             ///< the file could not be written for another reason
    ServerError,         ///< the server kept failing
};

/// What the server holds compared with a finished download.
enum class ServerCopy {
    Current, ///< the version on disk
    Newer,   ///< another version (size or ETag) is on the server: the user chooses to keep or replace
    Gone,    ///< the server no longer has the item: the user chooses to keep or delete
};

[[nodiscard]] QString downloadStateName(DownloadState state);
[[nodiscard]] std::optional<DownloadState> downloadStateFrom(const QString &name);
[[nodiscard]] QString downloadReasonName(DownloadReason reason);
[[nodiscard]] DownloadReason downloadReasonFrom(const QString &name);
[[nodiscard]] QString serverCopyName(ServerCopy copy);
[[nodiscard]] ServerCopy serverCopyFrom(const QString &name);

/// One row of the download queue: an item's file, its pinned version, and where it stands.
struct DownloadJob
{
    qint64 id = 0;
    QString serverId;
    QString itemId;
    ItemType itemType = ItemType::Other;
    QString seriesId;
    QString seriesName;
    QString title;
    QString mediaSourceId;
    qint64 sizeBytes = 0; ///< MediaSource.Size of the pinned version; 0 until the server was asked
    QString etag;         ///< MediaSource.ETag of the pinned version
    QString itemEtag;     ///< the item's Etag when the version was pinned
    QByteArray lastModified;
    QString rootPath;     ///< the download folder
    QString relativePath; ///< the file inside it
    DownloadState state = DownloadState::Queued;
    DownloadReason reason = DownloadReason::None;
    qint64 bytesDone = 0;
    qint64 syncedBytes = 0;
    QString bootId;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError; ///< technical detail, never the main message
    int priority = 0;
    ServerCopy serverCopy = ServerCopy::Current;
    QString keptEtag;
    qint64 addedAtMs = 0;
    std::optional<qint64> completedAtMs;

    [[nodiscard]] QString filePath() const;
    /// Where the bytes go until the file is verified.
    [[nodiscard]] QString partPath() const { return filePath() + QStringLiteral(".part"); }
    [[nodiscard]] bool isActive() const
    {
        return state == DownloadState::Transferring || state == DownloadState::Verifying;
    }
    /// 0..100 of the pinned size; 0 while the size is unknown.
    [[nodiscard]] int percent() const;

    friend bool operator==(const DownloadJob &, const DownloadJob &) = default;
};

/// A series' rules for its episodes.
struct DownloadRule
{
    QString serverId;
    QString seriesId;
    int keepUnwatched = 0;                          ///< keep the next N unwatched episodes downloaded; 0: no rule
    std::optional<int> removeWatchedAfterDays;      ///< delete a watched episode this many days after; unset: never

    friend bool operator==(const DownloadRule &, const DownloadRule &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::DownloadJob)
