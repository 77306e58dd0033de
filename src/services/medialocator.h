// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace marquee {

class DownloadService;

/**
 * @brief The one place that answers "is there a copy on this computer?" for an item the player is asked to play:
 * its verified download, which plays with the server unreachable, with no sign-in and no request
 * (PlaybackRequest::localMedia). Without one the player asks the server how to play the item.
 * Lives on the GUI thread; answers at once from memory.
 */
class MediaLocator
{
public:
    explicit MediaLocator(const DownloadService &downloads);

    struct LocalCopy
    {
        QUrl file;
        QString mediaSourceId; ///< the version it holds
    };
    /// The download of @p itemId when it is ready and on disk, and holds @p mediaSourceId (empty: any version).
    [[nodiscard]] std::optional<LocalCopy> localCopy(const QString &itemId, const QString &mediaSourceId = {}) const;

private:
    const DownloadService &m_downloads;
};

} // namespace marquee
