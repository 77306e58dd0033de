// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"

#include <QPointer>

namespace marquee {

class Backend;
class DownloadService;

/**
 * @brief The one place that answers "local file or stream?" for an item: its verified download when one is on
 * disk (plays with the server unreachable, with no sign-in and no request), otherwise the server's direct stream.
 * Lives on the GUI thread; answers at once from memory.
 */
class MediaLocator
{
public:
    explicit MediaLocator(const DownloadService &downloads);

    void setBackend(Backend *backend);

    struct Location
    {
        StreamSource source; ///< empty when neither a download nor a server has it
        bool local = false;
    };
    [[nodiscard]] Location locate(const QString &itemId, const QString &mediaSourceId = {}) const;

private:
    const DownloadService &m_downloads;
    QPointer<Backend> m_backend;
};

} // namespace marquee
