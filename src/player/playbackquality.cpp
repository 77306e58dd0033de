// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackquality.h"

#include "services/playbackplanner.h"

#include <QCoreApplication>
#include <QLocale>

namespace marquee {

namespace {

QString serverRequiresIt()
{
    return QCoreApplication::translate("PlaybackQuality", "the server requires it");
}

/// Why the server converts, in words, from its TranscodeReason names.
QString reasonText(const QString &reason, const PlaybackPlan &plan)
{
    const PlaybackStream *video = nullptr;
    const PlaybackStream *audio = nullptr;
    for (const PlaybackStream &stream : plan.source.streams) {
        if (stream.type == PlaybackStream::Type::Video && !video)
            video = &stream;
        if (stream.type == PlaybackStream::Type::Audio && !audio)
            audio = &stream;
    }
    if (reason == QLatin1String("ContainerBitrateExceedsLimit") || reason == QLatin1String("VideoBitrateNotSupported")
        || reason == QLatin1String("AudioBitrateNotSupported")) {
        return plan.maxBitrate ? QCoreApplication::translate("PlaybackQuality", "bitrate above the %1 cap").arg(bitrateText(*plan.maxBitrate))
                               : QCoreApplication::translate("PlaybackQuality", "bitrate above the server's limit");
    }
    if (reason == QLatin1String("ContainerNotSupported"))
        return QCoreApplication::translate("PlaybackQuality", "the container (%1) is not supported").arg(plan.source.container.toUpper());
    if (reason == QLatin1String("VideoCodecNotSupported"))
        return QCoreApplication::translate("PlaybackQuality", "the video codec (%1) is not supported").arg(video ? video->codec.toUpper() : QString());
    if (reason == QLatin1String("AudioCodecNotSupported"))
        return QCoreApplication::translate("PlaybackQuality", "the audio codec (%1) is not supported").arg(audio ? audio->codec.toUpper() : QString());
    if (reason == QLatin1String("SubtitleCodecNotSupported"))
        return QCoreApplication::translate("PlaybackQuality", "the subtitles are drawn into the picture");
    if (reason.startsWith(QLatin1String("Video")))
        return QCoreApplication::translate("PlaybackQuality", "the video's format is not supported");
    if (reason.startsWith(QLatin1String("Audio")))
        return QCoreApplication::translate("PlaybackQuality", "the sound's format is not supported");
    return serverRequiresIt();
}

} // namespace

QList<QualityChoice> qualityChoices()
{
    QList<QualityChoice> choices{{std::nullopt, QCoreApplication::translate("PlaybackQuality", "Original")}};
    for (const qint64 cap : {20'000'000LL, 8'000'000LL, 4'000'000LL, 1'500'000LL, 720'000LL})
        choices.append({cap, bitrateText(cap)});
    return choices;
}

QString bitrateText(qint64 bitsPerSecond)
{
    // In the user's language and number format: "1.5 Mbps", "1,5 Mbit/s".
    const QLocale locale;
    if (bitsPerSecond >= 1'000'000)
        return QCoreApplication::translate("PlaybackQuality", "%1 Mbps").arg(locale.toString(double(bitsPerSecond) / 1e6, 'g', 3));
    return QCoreApplication::translate("PlaybackQuality", "%1 kbps").arg(locale.toString(bitsPerSecond / 1000));
}

QString playbackStatusText(const PlaybackPlan &plan)
{
    switch (plan.method) {
    case PlayMethod::DirectPlay:
        return QCoreApplication::translate("PlaybackQuality", "Direct play");
    case PlayMethod::DirectStream:
        return QCoreApplication::translate("PlaybackQuality", "Direct stream: the container (%1) is repackaged, picture "
                                                              "and sound are not converted")
            .arg(plan.source.container.toUpper());
    case PlayMethod::Transcode:
        break;
    }
    QStringList reasons;
    for (const QString &reason : plan.source.transcodeReasons) {
        const QString text = reasonText(reason, plan);
        if (!reasons.contains(text))
            reasons.append(text);
    }
    if (reasons.isEmpty())
        reasons.append(serverRequiresIt());
    //: %1: why the server converts, one or more reasons separated by semicolons
    return QCoreApplication::translate("PlaybackQuality", "Transcoding: %1").arg(reasons.join(QStringLiteral("; ")));
}

} // namespace marquee
