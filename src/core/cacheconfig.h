// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <array>
#include <atomic>
#include <chrono>
#include <functional>

namespace marquee {

/// What a cached row holds; each kind has its own time to live.
enum class ContentKind {
    Libraries,
    Movies,
    Shows,
    Seasons,
    Episodes,
    FullMetadata,
    Images,
};

/// @brief Time-to-live per content kind, with jitter so that rows written together do not expire together.
///
/// Read by refresh jobs on pool threads while the preferences dialog may change it on the GUI thread, so the
/// TTLs and the jitter are atomics; the random source is set once, before any job runs (tests only).
class CacheConfig
{
public:
    /// Returns a number in [0, 1); the default draws from QRandomGenerator::global().
    using UnitRandom = std::function<double()>;

    CacheConfig();

    [[nodiscard]] std::chrono::milliseconds ttl(ContentKind kind) const;
    void setTtl(ContentKind kind, std::chrono::milliseconds ttl);

    /// The jitter fraction applied on each write: the TTL is scaled by a factor in [1 - j, 1 + j].
    [[nodiscard]] double jitter() const { return m_jitter.load(std::memory_order_relaxed); }
    void setJitter(double fraction);
    void setRandomSource(UnitRandom random);

    /// When a row of this kind written at @p nowMs expires, jitter included.
    [[nodiscard]] qint64 expiresAt(ContentKind kind, qint64 nowMs) const;

    /// Settings keys ("ttl/movies" …), in seconds.
    [[nodiscard]] static QString settingsKey(ContentKind kind);
    /// Takes the TTLs and the jitter from the `settings` rows; a missing or invalid value (SettingsCatalog's
    /// ranges) means the default, so applying the rows again after a change or a reset always gives the whole truth.
    void applyOverrides(const QHash<QString, QString> &settings);

private:
    std::array<std::atomic<qint64>, 7> m_ttlMs{};
    std::atomic<double> m_jitter = 0.10;
    UnitRandom m_random;
};

} // namespace marquee
