// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchlibrary.h"

#include "demoserver/demolibrary.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/librarygenerator.h"

#include <cmath>

namespace marquee::bench {

namespace {

struct ShowCounts
{
    int episodes = 0;
    int all = 0; ///< series, seasons and episodes
};

ShowCounts generatedShows(quint64 seed, int series)
{
    DemoLibrary library;
    DemoUserDataStore userData;
    LibraryGenerator::generate(DemoLibrarySpec{seed, 0, series}, library, userData);
    ShowCounts counts;
    for (const DemoItem &item : library.items()) {
        if (item.kind == DemoItemKind::Episode)
            ++counts.episodes;
        if (item.kind == DemoItemKind::Series || item.kind == DemoItemKind::Season || item.kind == DemoItemKind::Episode)
            ++counts.all;
    }
    return counts;
}

} // namespace

LibrarySize LibrarySize::forTotal(int total, double episodeShare, quint64 seed)
{
    // The generator gives 1-6 seasons of 6-24 episodes, about 52 episodes a series; two corrections from that guess
    // land within a few episodes of the share, because the counts are seeded and repeatable.
    const double wanted = std::max(1.0, total * episodeShare);
    int series = std::max(1, int(wanted / 52.5));
    ShowCounts shows = generatedShows(seed, series);
    for (int step = 0; step < 2 && shows.episodes > 0; ++step) {
        series = std::max(1, int(std::lround(series * wanted / shows.episodes)));
        shows = generatedShows(seed, series);
    }
    LibrarySize size;
    size.series = series;
    size.episodes = shows.episodes;
    size.movies = std::max(0, total - shows.all);
    size.total = size.movies + shows.all;
    return size;
}

DemoServerOptions LibrarySize::serverOptions(quint64 seed) const
{
    DemoServerOptions options;
    options.seed = seed;
    options.movies = movies;
    options.series = series;
    return options;
}

} // namespace marquee::bench
