// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cacheconfig.h"

#include <QRandomGenerator>
#include <cmath>

namespace marquee {

using namespace std::chrono_literals;

namespace {
constexpr ContentKind AllKinds[] = {ContentKind::Libraries,    ContentKind::Movies,   ContentKind::Shows,
                                    ContentKind::Seasons,      ContentKind::Episodes, ContentKind::FullMetadata,
                                    ContentKind::Images};
}

CacheConfig::CacheConfig()
    : m_ttl{{ContentKind::Libraries, 1h},     {ContentKind::Movies, 4h},   {ContentKind::Shows, 4h},
            {ContentKind::Seasons, 4h},       {ContentKind::Episodes, 12h}, {ContentKind::FullMetadata, 24h},
            {ContentKind::Images, 24h * 30}}
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::chrono::milliseconds CacheConfig::ttl(ContentKind kind) const
{
    return m_ttl.value(kind);
}

void CacheConfig::setTtl(ContentKind kind, std::chrono::milliseconds ttl)
{
    m_ttl.insert(kind, std::max(ttl, std::chrono::milliseconds::zero()));
}

void CacheConfig::setJitter(double fraction)
{
    m_jitter = std::clamp(fraction, 0.0, 0.5);
}

void CacheConfig::setRandomSource(UnitRandom random)
{
    m_random = std::move(random);
}

qint64 CacheConfig::expiresAt(ContentKind kind, qint64 nowMs) const
{
    const double base = double(ttl(kind).count());
    const double factor = 1.0 + m_jitter * (2.0 * m_random() - 1.0);
    return nowMs + qint64(std::llround(base * factor));
}

QString CacheConfig::settingsKey(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Libraries: return QStringLiteral("ttl/libraries");
    case ContentKind::Movies: return QStringLiteral("ttl/movies");
    case ContentKind::Shows: return QStringLiteral("ttl/shows");
    case ContentKind::Seasons: return QStringLiteral("ttl/seasons");
    case ContentKind::Episodes: return QStringLiteral("ttl/episodes");
    case ContentKind::FullMetadata: return QStringLiteral("ttl/full-metadata");
    case ContentKind::Images: return QStringLiteral("ttl/images");
    }
    return {};
}

void CacheConfig::applyOverrides(const QHash<QString, QString> &settings)
{
    for (ContentKind kind : AllKinds) {
        const auto it = settings.constFind(settingsKey(kind));
        if (it == settings.constEnd())
            continue;
        bool ok = false;
        const qint64 seconds = it->toLongLong(&ok);
        if (ok && seconds >= 0)
            setTtl(kind, std::chrono::seconds(seconds));
    }
    const auto jitter = settings.constFind(QStringLiteral("ttl/jitter-percent"));
    if (jitter != settings.constEnd()) {
        bool ok = false;
        const double percent = jitter->toDouble(&ok);
        if (ok)
            setJitter(percent / 100.0);
    }
}

} // namespace marquee
