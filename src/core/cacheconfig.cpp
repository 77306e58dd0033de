// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cacheconfig.h"

#include "core/settingscatalog.h"

#include <QRandomGenerator>
#include <cmath>

namespace marquee {

namespace {
constexpr ContentKind AllKinds[] = {ContentKind::Libraries,    ContentKind::Movies,   ContentKind::Shows,
                                    ContentKind::Seasons,      ContentKind::Episodes, ContentKind::FullMetadata,
                                    ContentKind::Images};
static_assert(std::size(AllKinds) == 7, "CacheConfig::m_ttlMs has one slot per kind");

/// The setting's valid stored value, else its default (the catalog's), as a number.
double effective(const QHash<QString, QString> &settings, const QString &key)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    Q_ASSERT(setting);
    const auto it = settings.constFind(key);
    if (it != settings.constEnd()) {
        const SettingsCatalog::Checked checked = SettingsCatalog::validate(*setting, *it);
        if (checked.ok())
            return checked.stored.toDouble();
    }
    return setting->defaultValue.toDouble();
}
} // namespace

CacheConfig::CacheConfig()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    applyOverrides({});
}

std::chrono::milliseconds CacheConfig::ttl(ContentKind kind) const
{
    return std::chrono::milliseconds(m_ttlMs[std::size_t(kind)].load(std::memory_order_relaxed));
}

void CacheConfig::setTtl(ContentKind kind, std::chrono::milliseconds ttl)
{
    m_ttlMs[std::size_t(kind)].store(std::max(ttl, std::chrono::milliseconds::zero()).count(),
                                     std::memory_order_relaxed);
}

void CacheConfig::setJitter(double fraction)
{
    m_jitter.store(std::clamp(fraction, 0.0, 0.5), std::memory_order_relaxed);
}

void CacheConfig::setRandomSource(UnitRandom random)
{
    m_random = std::move(random);
}

qint64 CacheConfig::expiresAt(ContentKind kind, qint64 nowMs) const
{
    const double base = double(ttl(kind).count());
    const double factor = 1.0 + jitter() * (2.0 * m_random() - 1.0);
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
    for (ContentKind kind : AllKinds)
        setTtl(kind, std::chrono::seconds(qint64(effective(settings, settingsKey(kind)))));
    setJitter(effective(settings, QString::fromLatin1(SettingsCatalog::JitterPercentKey)) / 100.0);
}

} // namespace marquee
