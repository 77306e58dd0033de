// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoplaybackdecision.h"

#include "demoserver/demorouter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace marquee {

namespace {

/// Profile lists are comma-separated, case-insensitive; an empty list allows anything.
QStringList names(const QJsonValue &value)
{
    QStringList list;
    for (const QString &name : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(name.trimmed().toLower());
    return list;
}

bool allows(const QStringList &list, const QString &name)
{
    return list.isEmpty() || list.contains(name.toLower());
}

} // namespace

DemoDeviceProfile DemoDeviceProfile::fromJson(const QJsonObject &object)
{
    DemoDeviceProfile profile;
    profile.present = !object.isEmpty();
    for (const QJsonValue &entry : jsonProperty(object, QLatin1String("DirectPlayProfiles")).toArray()) {
        const QJsonObject direct = entry.toObject();
        if (jsonProperty(direct, QLatin1String("Type")).toString() != QLatin1String("Video"))
            continue;
        profile.containers += names(jsonProperty(direct, QLatin1String("Container")));
        profile.videoCodecs += names(jsonProperty(direct, QLatin1String("VideoCodec")));
        profile.audioCodecs += names(jsonProperty(direct, QLatin1String("AudioCodec")));
    }
    for (const QJsonValue &entry : jsonProperty(object, QLatin1String("TranscodingProfiles")).toArray())
        profile.canTranscode = profile.canTranscode
            || jsonProperty(entry.toObject(), QLatin1String("Type")).toString() == QLatin1String("Video");
    for (const QJsonValue &entry : jsonProperty(object, QLatin1String("SubtitleProfiles")).toArray()) {
        const QJsonObject subtitle = entry.toObject();
        const QString method = jsonProperty(subtitle, QLatin1String("Method")).toString();
        const QString format = jsonProperty(subtitle, QLatin1String("Format")).toString().toLower();
        if (method == QLatin1String("Embed"))
            profile.embeddedSubtitles.append(format);
        else if (method == QLatin1String("External"))
            profile.externalSubtitles.append(format);
    }
    const QJsonValue max = jsonProperty(object, QLatin1String("MaxStreamingBitrate"));
    if (max.isDouble() && max.toDouble() > 0)
        profile.maxStreamingBitrate = qint64(max.toDouble());
    return profile;
}

DemoDeviceProfile DemoDeviceProfile::fromPlexProfileExtra(const QString &extra)
{
    DemoDeviceProfile profile;
    static const QRegularExpression directive(QStringLiteral("([a-z-]+)\\(([^)]*)\\)"));
    for (const QRegularExpressionMatch &match : directive.globalMatch(extra)) {
        const QUrlQuery arguments(match.captured(2));
        if (arguments.queryItemValue(QStringLiteral("type")) != QLatin1String("videoProfile"))
            continue;
        const auto argument = [&arguments](const QString &name) {
            const QString value = arguments.queryItemValue(name, QUrl::FullyDecoded);
            return value == QLatin1String("*") ? QJsonValue(QString()) : QJsonValue(value);
        };
        const QString verb = match.captured(1);
        if (verb == QLatin1String("add-transcode-target")) {
            profile.present = true;
            profile.canTranscode = true;
        } else if (verb == QLatin1String("add-direct-play-profile")) {
            profile.present = true;
            profile.containers += names(argument(QStringLiteral("container")));
            profile.videoCodecs += names(argument(QStringLiteral("videoCodec")));
            profile.audioCodecs += names(argument(QStringLiteral("audioCodec")));
            const QStringList subtitles = names(argument(QStringLiteral("subtitleCodec")));
            profile.embeddedSubtitles += subtitles; // Plex names one list for both
            profile.externalSubtitles += subtitles;
        }
    }
    return profile;
}

bool DemoPlaybackDecision::canShowSubtitle(const DemoDeviceProfile &profile, const QString &codec, bool external)
{
    if (!profile.present)
        return true;
    const QStringList &formats = external ? profile.externalSubtitles : profile.embeddedSubtitles;
    return formats.contains(codec.toLower());
}

DemoPlaybackDecision DemoPlaybackDecision::decide(const DemoMediaFacts &media, const DemoDeviceProfile &profile,
                                                  std::optional<qint64> maxBitrate, Switches switches)
{
    const bool containerOk = !profile.present || allows(profile.containers, media.container);
    const bool videoOk = !profile.present || allows(profile.videoCodecs, media.videoCodec);
    const bool audioOk = !profile.present || allows(profile.audioCodecs, media.audioCodec);
    const bool bitrateOk = !maxBitrate || media.bitrate <= *maxBitrate;
    const bool subtitleOk =
        media.subtitleCodec.isEmpty() || canShowSubtitle(profile, media.subtitleCodec, media.subtitleExternal);

    DemoPlaybackDecision decision;
    if (switches.directPlay && containerOk && videoOk && audioOk && bitrateOk && subtitleOk) {
        decision.method = Method::DirectPlay;
        return decision;
    }
    if (!containerOk)
        decision.reasons.append(QStringLiteral("ContainerNotSupported"));
    if (!videoOk)
        decision.reasons.append(QStringLiteral("VideoCodecNotSupported"));
    if (!audioOk)
        decision.reasons.append(QStringLiteral("AudioCodecNotSupported"));
    if (!bitrateOk)
        decision.reasons.append(QStringLiteral("ContainerBitrateExceedsLimit"));
    if (!subtitleOk)
        decision.reasons.append(QStringLiteral("SubtitleCodecNotSupported"));
    if (decision.reasons.isEmpty())
        decision.reasons.append(QStringLiteral("DirectPlayError")); // direct play was switched off
    // A remux keeps the streams as they are: only the container may be foreign.
    if (switches.directStream && videoOk && audioOk && bitrateOk && subtitleOk) {
        decision.method = Method::DirectStream;
        return decision;
    }
    if (switches.transcoding && (profile.canTranscode || !profile.present)) {
        decision.method = Method::Transcode;
        decision.burnInSubtitle = !subtitleOk;
        return decision;
    }
    decision.reasons.clear();
    return decision;
}

} // namespace marquee
