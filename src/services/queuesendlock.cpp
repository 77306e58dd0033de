// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/queuesendlock.h"

namespace marquee {

QueueSendLock::QueueSendLock(const QString &path)
    : m_file(path)
{
    // Only a dead holder's lock is stale, however long a live one holds it (a slow server, a long queue).
    m_file.setStaleLockTime(0);
}

QueueSendLock::~QueueSendLock()
{
    if (m_file.isLocked())
        m_file.unlock();
}

bool QueueSendLock::tryAcquire()
{
    if (m_holders == 0 && !m_file.tryLock(0))
        return false;
    ++m_holders;
    return true;
}

void QueueSendLock::release()
{
    if (m_holders > 0 && --m_holders == 0)
        m_file.unlock();
}

} // namespace marquee
