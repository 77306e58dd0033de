// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/mediaprobe.h"

namespace marquee {

/**
 * @brief MediaProbe on libmpv: a headless mpv handle (no video, no audio output, paused) opens the file and reads
 * its `duration`, so "ready" means what the player itself can open. One handle per call: thread-safe.
 */
class MpvMediaProbe final : public MediaProbe
{
public:
    /// Longer than any local file takes to open; a file that hangs the demuxer is not playable.
    static constexpr double TimeoutSeconds = 20.0;

    [[nodiscard]] Result<double> durationSeconds(const QString &path) const override;
};

} // namespace marquee
