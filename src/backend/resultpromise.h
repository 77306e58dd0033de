// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QPromise>

namespace marquee {

/**
 * @brief A QPromise<Result<T>> that is always fulfilled exactly once.
 *
 * If it is destroyed unfulfilled (a task dropped on shutdown), it reports ErrorKind::Cancelled, so that
 * `future.result()` never meets a finished future without a result. Hold it in a shared_ptr inside the
 * task that will fulfil it.
 */
template <typename T>
class ResultPromise
{
public:
    ResultPromise() { m_promise.start(); }
    ~ResultPromise()
    {
        if (!m_fulfilled)
            fulfil(Error{ErrorKind::Cancelled, QStringLiteral("request dropped on shutdown"), {}, 0});
    }
    ResultPromise(const ResultPromise &) = delete;
    ResultPromise &operator=(const ResultPromise &) = delete;

    [[nodiscard]] QFuture<Result<T>> future() { return m_promise.future(); }

    void fulfil(Result<T> result)
    {
        if (m_fulfilled)
            return;
        m_fulfilled = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<Result<T>> m_promise;
    bool m_fulfilled = false;
};

/// A future that is already finished, for calls that fail before reaching the network.
template <typename T>
[[nodiscard]] QFuture<Result<T>> finishedFuture(Result<T> result)
{
    ResultPromise<T> promise;
    QFuture<Result<T>> future = promise.future();
    promise.fulfil(std::move(result));
    return future;
}

} // namespace marquee
