// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/clock.h"
#include "core/library.h"
#include "core/mediaitem.h"
#include "storage/database.h"
#include "support/testdirectory.h"

#include <memory>

namespace marquee::test {

/// @brief A real cache and state database in a temporary folder, opened and migrated, with helpers that seed
/// Jellyfin-shaped libraries. Tests read it through the real repositories.
class CacheFixture
{
public:
    static inline const QString ServerId = QStringLiteral("0123456789abcdef0123456789abcdef");

    CacheFixture();
    ~CacheFixture();

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QSqlDatabase connection() const { return m_database->connection(); }
    [[nodiscard]] ManualClock &clock() { return m_clock; }
    [[nodiscard]] const CacheConfig &config() const { return m_config; }
    [[nodiscard]] const TestDirectory &directory() const { return m_directory; }

    Library addLibrary(const QString &id, const QString &name, const QString &collectionType, int sortIndex = 0);
    /// Movies named "Movie 00000" …, years 1950 + i % 70, created one minute apart.
    QList<MediaItem> addMovies(const QString &libraryId, int count, const QString &namePrefix = QStringLiteral("Movie"));
    /// One series with `seasons` seasons of `episodesPerSeason` episodes; returns the series.
    MediaItem addSeries(const QString &libraryId, const QString &name, int seasons, int episodesPerSeason);
    void write(const QList<MediaItem> &items);
    void setUserData(const UserData &data);

    [[nodiscard]] static MediaItem movie(const QString &libraryId, int index, const QString &namePrefix);

private:
    TestDirectory m_directory;
    ManualClock m_clock;
    CacheConfig m_config;
    std::unique_ptr<Database> m_database;
};

} // namespace marquee::test
