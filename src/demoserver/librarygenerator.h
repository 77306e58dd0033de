// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QString>

namespace marquee {

class DemoLibrary;
class DemoUserDataStore;

/// @brief How big the generated library is, and the seed that makes it repeatable.
struct DemoLibrarySpec
{
    quint64 seed = 1;
    int movies = 300;
    int series = 40;
    int minSeasons = 1;
    int maxSeasons = 6;
    int minEpisodes = 6;
    int maxEpisodes = 24;
};

/**
 * @brief Builds the demo library from a seed: the same spec always gives the same ids, names,
 * dates and initial user data.
 *
 * Overviews and credits are not stored; overviewFor() and creditsFor() derive them from the
 * item's text seed whenever they are serialised.
 */
class LibraryGenerator
{
public:
    /// Fills @p library (cleared first) and the initial user data ("watched on another device").
    static void generate(const DemoLibrarySpec &spec, DemoLibrary &library, DemoUserDataStore &userData);

    /// A new movie or series for the add-item control; ids come from @p seed and @p serial.
    [[nodiscard]] static DemoItem makeItem(quint64 seed, quint64 serial, DemoItemKind kind, const QString &name,
                                           const QString &parentId, qint64 nowMs);

    [[nodiscard]] static QString overviewFor(const DemoItem &item);
    [[nodiscard]] static QList<DemoCredit> creditsFor(const DemoItem &item, int peopleCount);

    /// Fixed reference time of the generated library: 2023-01-01T00:00:00Z.
    static constexpr qint64 BaseTimeMs = 1'672'531'200'000;
};

} // namespace marquee
