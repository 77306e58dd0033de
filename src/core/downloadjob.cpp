// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/downloadjob.h"

#include <QDir>

#include <algorithm>
#include <array>
#include <utility>

namespace marquee {

namespace {

constexpr std::array<std::pair<DownloadState, const char *>, 7> StateNames{{
    {DownloadState::Queued, "queued"},
    {DownloadState::Transferring, "transferring"},
    {DownloadState::Verifying, "verifying"},
    {DownloadState::Paused, "paused"},
    {DownloadState::Waiting, "waiting"},
    {DownloadState::Ready, "ready"},
    {DownloadState::Failed, "failed"},
}};

constexpr std::array<std::pair<DownloadReason, const char *>, 11> ReasonNames{{
    {DownloadReason::None, ""},
    {DownloadReason::Offline, "offline"},
    {DownloadReason::SignedOut, "signed-out"},
    {DownloadReason::DiskFull, "disk-full"},
    {DownloadReason::Quota, "quota"},
    {DownloadReason::LocationUnavailable, "location-unavailable"},
    {DownloadReason::Forbidden, "forbidden"},
    {DownloadReason::NotFound, "not-found"},
    {DownloadReason::Verification, "verification"},
    {DownloadReason::Storage, "storage"},
    {DownloadReason::ServerError, "server-error"},
}};

constexpr std::array<std::pair<ServerCopy, const char *>, 3> CopyNames{{
    {ServerCopy::Current, "current"},
    {ServerCopy::Newer, "newer"},
    {ServerCopy::Gone, "gone"},
}};

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString downloadStateName(DownloadState state) { return nameOf(StateNames, state); }
std::optional<DownloadState> downloadStateFrom(const QString &name) { return valueOf(StateNames, name); }
QString downloadReasonName(DownloadReason reason) { return nameOf(ReasonNames, reason); }
DownloadReason downloadReasonFrom(const QString &name)
{
    return valueOf(ReasonNames, name).value_or(DownloadReason::None);
}
QString serverCopyName(ServerCopy copy) { return nameOf(CopyNames, copy); }
ServerCopy serverCopyFrom(const QString &name) { return valueOf(CopyNames, name).value_or(ServerCopy::Current); }

QString DownloadJob::filePath() const
{
    return QDir(rootPath).filePath(relativePath);
}

int DownloadJob::percent() const
{
    if (sizeBytes <= 0)
        return 0;
    return int(std::clamp<qint64>(bytesDone * 100 / sizeBytes, 0, 100));
}

} // namespace marquee
