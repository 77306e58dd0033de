// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
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
class CacheConfig
{
public:
    /// Returns a number in [0, 1); the default draws from QRandomGenerator::global().
    using UnitRandom = std::function<double()>;

    CacheConfig();

    [[nodiscard]] std::chrono::milliseconds ttl(ContentKind kind) const;
    void setTtl(ContentKind kind, std::chrono::milliseconds ttl);

    /// The jitter fraction applied on each write: the TTL is scaled by a factor in [1 - j, 1 + j].
    [[nodiscard]] double jitter() const { return m_jitter; }
    void setJitter(double fraction);
    void setRandomSource(UnitRandom random);

    /// When a row of this kind written at @p nowMs expires, jitter included.
    [[nodiscard]] qint64 expiresAt(ContentKind kind, qint64 nowMs) const;

    /// Settings keys ("ttl/movies" …), in seconds; unknown or invalid values keep the default.
    [[nodiscard]] static QString settingsKey(ContentKind kind);
    void applyOverrides(const QHash<QString, QString> &settings);

private:
    QHash<ContentKind, std::chrono::milliseconds> m_ttl;
    double m_jitter = 0.10;
    UnitRandom m_random;
};

} // namespace marquee
