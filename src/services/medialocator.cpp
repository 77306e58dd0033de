// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/medialocator.h"

#include "services/downloadservice.h"

namespace marquee {

MediaLocator::MediaLocator(const DownloadService &downloads)
    : m_downloads(downloads)
{
}

std::optional<MediaLocator::LocalCopy> MediaLocator::localCopy(const QString &itemId,
                                                               const QString &mediaSourceId) const
{
    const QString file = m_downloads.playableFile(itemId);
    const std::optional<DownloadJob> job = m_downloads.jobForItem(itemId);
    // Another version than the one on disk was asked for: only the server has it.
    if (file.isEmpty() || !job || (!mediaSourceId.isEmpty() && job->mediaSourceId != mediaSourceId))
        return std::nullopt;
    return LocalCopy{QUrl::fromLocalFile(file), job->mediaSourceId};
}

} // namespace marquee
