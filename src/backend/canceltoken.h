// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <functional>
#include <memory>

namespace marquee {

/**
 * @brief A shared "stop" switch for in-flight requests; copies share one state.
 *
 * Cancel a refresh with the token, not with QFuture::cancel(): a cancelled QFuture drops its result,
 * and result() on it is not safe. A token makes the request finish with ErrorKind::Cancelled instead.
 * All members are thread-safe.
 */
class CancelToken
{
public:
    CancelToken();

    void cancel() const;
    [[nodiscard]] bool isCancelled() const;

    /// Runs @p callback once on cancel() (in the cancelling thread, under the token's lock: keep it short,
    /// e.g. post an event). Runs it at once if already cancelled. Returns an id for removeCallback().
    int addCallback(std::function<void()> callback) const;
    void removeCallback(int id) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::CancelToken)
