// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/canceltoken.h"

#include <QHash>
#include <QMutex>

namespace marquee {

struct CancelToken::State
{
    QMutex mutex;
    bool cancelled = false;
    int nextId = 1;
    QHash<int, std::function<void()>> callbacks;
};

CancelToken::CancelToken()
    : m_state(std::make_shared<State>())
{
}

void CancelToken::cancel() const
{
    // Callbacks run under the lock so that removeCallback() from a destructor waits for a running one:
    // an object never sees its callback after it has removed it.
    QMutexLocker locker(&m_state->mutex);
    if (m_state->cancelled)
        return;
    m_state->cancelled = true;
    const auto callbacks = std::exchange(m_state->callbacks, {});
    for (const auto &callback : callbacks)
        callback();
}

bool CancelToken::isCancelled() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->cancelled;
}

int CancelToken::addCallback(std::function<void()> callback) const
{
    QMutexLocker locker(&m_state->mutex);
    if (m_state->cancelled) {
        callback();
        return 0;
    }
    const int id = m_state->nextId++;
    m_state->callbacks.insert(id, std::move(callback));
    return id;
}

void CancelToken::removeCallback(int id) const
{
    QMutexLocker locker(&m_state->mutex);
    m_state->callbacks.remove(id);
}

} // namespace marquee
