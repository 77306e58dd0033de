// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/medialocator.h"

#include "backend/backend.h"
#include "services/downloadservice.h"

namespace marquee {

MediaLocator::MediaLocator(const DownloadService &downloads)
    : m_downloads(downloads)
{
}

void MediaLocator::setBackend(Backend *backend)
{
    m_backend = backend;
}

MediaLocator::Location MediaLocator::locate(const QString &itemId, const QString &mediaSourceId) const
{
    const QString file = m_downloads.playableFile(itemId);
    // Another version than the one on disk was asked for: only the server has it.
    const std::optional<DownloadJob> job = m_downloads.jobForItem(itemId);
    if (!file.isEmpty() && (mediaSourceId.isEmpty() || (job && job->mediaSourceId == mediaSourceId)))
        return {StreamSource{QUrl::fromLocalFile(file), {}}, true};
    if (m_backend)
        return {m_backend->directStream(itemId, mediaSourceId), false};
    return {};
}

} // namespace marquee
