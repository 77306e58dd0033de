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

QList<SettingDescriptor> PlaybackSettings::descriptors()
{
    return {
        {QualityKey, QStringLiteral("original"),
         QStringLiteral("Streaming quality on the local network: original (the file as it is) or a bitrate cap in "
                        "bits per second (20000000, 8000000, 4000000, 1500000, 720000); above the cap the server "
                        "converts the video")},
        {RemoteQualityKey, QStringLiteral("original"),
         QStringLiteral("Streaming quality when the server is not on the local network, as playback/quality")},
        {UpNextKey, QStringLiteral("true"),
         QStringLiteral("Near the end of an episode, offer the next one and play it after a countdown")},
        {UpNextSecondsKey, QString::number(DefaultUpNextSeconds),
         QStringLiteral("Seconds the Up next countdown lasts")},
        {AutoSkipKey, QStringLiteral("false"),
         QStringLiteral("Skip intros and recaps without asking, where the server knows them")},
    };
}

} // namespace marquee
