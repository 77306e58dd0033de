// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace marquee {

/**
 * @brief Opens a media file the way the player will, to prove it plays before it is offered: a download is ready
 * only when this finds a duration in it.
 *
 * durationSeconds() blocks for as long as the file takes to open (tens of milliseconds): call it on a worker
 * thread, never on the GUI thread. Implementations must be safe to call from several threads at once.
 */
class MediaProbe
{
public:
    virtual ~MediaProbe() = default;
    /// The file's duration in seconds; an Error (kind BadResponse) when it cannot be opened or has none.
    [[nodiscard]] virtual Result<double> durationSeconds(const QString &path) const = 0;
};

} // namespace marquee
