// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbacksettings.h"

namespace marquee {

namespace {

bool flag(const QHash<QString, QString> &settings, const QString &key, bool fallback)
{
    const QString text = settings.value(key).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
        return false;
    return fallback;
}

} // namespace

std::optional<qint64> PlaybackSettings::parseQuality(const QString &text)
{
    bool ok = false;
    const qint64 cap = text.trimmed().toLongLong(&ok);
    return ok && cap > 0 ? std::optional<qint64>(cap) : std::nullopt;
}

QString PlaybackSettings::qualityText(std::optional<qint64> cap)
{
    return cap ? QString::number(*cap) : QStringLiteral("original");
}

PlaybackSettings PlaybackSettings::from(const QHash<QString, QString> &settings)
{
    PlaybackSettings values;
    values.localQuality = parseQuality(settings.value(QualityKey));
    values.remoteQuality = parseQuality(settings.value(RemoteQualityKey));
    values.upNext = flag(settings, UpNextKey, true);
    bool ok = false;
    const int seconds = settings.value(UpNextSecondsKey).toInt(&ok);
    values.upNextSeconds = ok && seconds >= 0 && seconds <= 120 ? seconds : DefaultUpNextSeconds;
    values.autoSkipIntro = flag(settings, AutoSkipKey, false);
    return values;
}

} // namespace marquee
