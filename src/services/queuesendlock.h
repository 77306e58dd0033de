// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>

namespace marquee {

/**
 * @brief The lock file that lets one process at a time send a data folder's playback queue (the app and
 * marquee-cli share the folder), shared by the process's own workers, one per server.
 *
 * The file is held while any of them sends; a crashed holder loses it with its process. Lives on the GUI thread.
 */
class QueueSendLock
{
public:
    explicit QueueSendLock(const QString &path);
    ~QueueSendLock();
    QueueSendLock(const QueueSendLock &) = delete;
    QueueSendLock &operator=(const QueueSendLock &) = delete;

    /// True when this process holds the file now (once more, if one of its workers already did).
    [[nodiscard]] bool tryAcquire();
    /// One holder less; the file goes when none is left.
    void release();

private:
    QLockFile m_file;
    int m_holders = 0;
};

} // namespace marquee
