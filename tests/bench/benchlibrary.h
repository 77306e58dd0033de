// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoserver.h"

namespace marquee::bench {

/// @brief How a generated demo library of a given size is made: series enough for the episode share, movies for
/// the rest. The same size always gives the same library.
struct LibrarySize
{
    int movies = 0;
    int series = 0;
    int episodes = 0; ///< as generated
    int total = 0;    ///< movies, series, seasons and episodes

    /// About @p total items of which @p episodeShare are episodes (issue #7: 50,000 with 30,000 episodes).
    [[nodiscard]] static LibrarySize forTotal(int total, double episodeShare, quint64 seed);
    [[nodiscard]] DemoServerOptions serverOptions(quint64 seed) const;
};

} // namespace marquee::bench
