// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/result.h"

#include <QFuture>
#include <functional>
#include <memory>

namespace marquee {

/**
 * @brief Collects the rows of the home page as their requests answer, in any order and on any thread: the first
 * failure decides, the last success completes the future.
 */
class HomeSectionsGatherer
{
public:
    using Sink = std::function<void(Result<QList<MediaItem>>)>;

    /// The latest rows come back in the order of @p libraryIds.
    explicit HomeSectionsGatherer(const QStringList &libraryIds);

    [[nodiscard]] QFuture<Result<HomeSections>> future() const;
    [[nodiscard]] Sink resume() const;
    [[nodiscard]] Sink nextUp() const;
    [[nodiscard]] Sink latest(int index) const;

private:
    struct State;
    [[nodiscard]] Sink part(std::function<void(HomeSections &, QList<MediaItem>)> store) const;

    std::shared_ptr<State> m_state;
};

} // namespace marquee
