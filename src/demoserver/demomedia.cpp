// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demomedia.h"

#include "core/ticks.h"
#include "demoserver/demoformat.h"

#include <QCryptographicHash>

namespace marquee {

namespace {

constexpr int CueCount = 4;

QString derivedId(const QString &itemId, QLatin1String salt)
{
    const QByteArray digest = QCryptographicHash::hash((itemId + salt).toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(digest);
}

QJsonObject flags(QJsonObject stream, bool isDefault, bool isForced, bool isExternal)
{
    stream.insert(QStringLiteral("IsDefault"), isDefault);
    stream.insert(QStringLiteral("IsForced"), isForced);
    stream.insert(QStringLiteral("IsHearingImpaired"), false);
    stream.insert(QStringLiteral("IsInterlaced"), false);
    stream.insert(QStringLiteral("IsExternal"), isExternal);
    return stream;
}

QString timestamp(qint64 ms, QChar fractionSeparator)
{
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(fractionSeparator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

qint64 DemoMedia::streamTicks(const DemoItem &item)
{
    return item.runTimeTicks > 0 ? qMin(item.runTimeTicks, SampleTicks) : SampleTicks;
}

QList<DemoMedia::Version> DemoMedia::versions(const DemoItem &item)
{
    if (!item.isPlayable())
        return {};
    // The original as most libraries hold it: 1080p H.264 at a typical Blu-ray rip's bitrate.
    QList<Version> list{{item.id, QStringLiteral("1080p"), QStringLiteral("mp4"), QStringLiteral("h264"),
                         QStringLiteral("aac"), 9'800'000, 1920, 1080}};
    // Every fourth movie also has a 4K HEVC version in Matroska: a choice between versions.
    if (item.kind == DemoItemKind::Movie && item.id.at(item.id.size() - 1).digitValue() % 4 == 0)
        list.append({derivedId(item.id, QLatin1String("2160p")), QStringLiteral("2160p HDR"), QStringLiteral("mkv"),
                     QStringLiteral("hevc"), QStringLiteral("eac3"), 42'000'000, 3840, 2160});
    return list;
}

const DemoMedia::Version *DemoMedia::version(const DemoItem &item, const QString &mediaSourceId, Version *storage)
{
    const QList<Version> all = versions(item);
    for (const Version &candidate : all) {
        if (mediaSourceId.isEmpty() || candidate.id == DemoFormat::normalizeId(mediaSourceId)) {
            *storage = candidate;
            return storage;
        }
    }
    return nullptr;
}

QList<DemoMedia::Subtitle> DemoMedia::subtitles()
{
    return {{2, QStringLiteral("eng"), QStringLiteral("English"), QStringLiteral("srt"), false},
            {3, QStringLiteral("fre"), QStringLiteral("Français"), QStringLiteral("srt"), false}};
}

QJsonArray DemoMedia::streams(const DemoItem &item, const Version &version)
{
    const QString resolution = version.height >= 2160 ? QStringLiteral("4K") : QStringLiteral("1080p");
    QJsonArray list{
        flags(QJsonObject{{QStringLiteral("Codec"), version.videoCodec},
                          {QStringLiteral("Type"), QStringLiteral("Video")},
                          {QStringLiteral("Index"), 0},
                          {QStringLiteral("Width"), version.width},
                          {QStringLiteral("Height"), version.height},
                          {QStringLiteral("BitRate"), double(version.bitrate - 640'000)},
                          {QStringLiteral("IsTextSubtitleStream"), false},
                          {QStringLiteral("SupportsExternalStream"), false},
                          {QStringLiteral("DisplayTitle"),
                           QStringLiteral("%1 %2 SDR").arg(resolution, version.videoCodec.toUpper())},
                          {QStringLiteral("VideoRange"), QStringLiteral("SDR")},
                          {QStringLiteral("VideoRangeType"), QStringLiteral("SDR")}},
              true, false, false),
        flags(QJsonObject{{QStringLiteral("Codec"), version.audioCodec},
                          {QStringLiteral("Type"), QStringLiteral("Audio")},
                          {QStringLiteral("Index"), 1},
                          {QStringLiteral("Channels"), 1},
                          {QStringLiteral("SampleRate"), 44100},
                          {QStringLiteral("BitRate"), 640'000},
                          {QStringLiteral("Language"), QStringLiteral("eng")},
                          {QStringLiteral("IsTextSubtitleStream"), false},
                          {QStringLiteral("SupportsExternalStream"), false},
                          {QStringLiteral("DisplayTitle"),
                           QStringLiteral("English - %1 - Mono").arg(version.audioCodec.toUpper())}},
              true, false, false),
    };
    for (const Subtitle &subtitle : subtitles()) {
        list.append(flags(
            QJsonObject{{QStringLiteral("Codec"), subtitle.codec},
                        {QStringLiteral("Type"), QStringLiteral("Subtitle")},
                        {QStringLiteral("Index"), subtitle.index},
                        {QStringLiteral("Language"), subtitle.language},
                        {QStringLiteral("Title"), subtitle.title},
                        {QStringLiteral("DisplayTitle"), QStringLiteral("%1 - SRT - External").arg(subtitle.title)},
                        {QStringLiteral("IsTextSubtitleStream"), true},
                        {QStringLiteral("SupportsExternalStream"), true},
                        {QStringLiteral("Path"), QStringLiteral("/media/demo/%1.%2.srt").arg(item.id, subtitle.language)},
                        {QStringLiteral("DeliveryMethod"), QStringLiteral("External")},
                        {QStringLiteral("DeliveryUrl"), QStringLiteral("/Videos/%1/%2/Subtitles/%3/Stream.srt")
                                                            .arg(item.id, version.id)
                                                            .arg(subtitle.index)},
                        {QStringLiteral("IsExternalUrl"), false}},
            false, subtitle.isForced, true));
    }
    return list;
}

QJsonArray DemoMedia::segments(const DemoItem &item)
{
    if (!item.isPlayable())
        return {};
    const qint64 length = streamTicks(item);
    const auto segment = [&item](QLatin1String type, qint64 start, qint64 end) {
        return QJsonObject{{QStringLiteral("Id"), derivedId(item.id, type)},
                           {QStringLiteral("ItemId"), item.id},
                           {QStringLiteral("Type"), type},
                           {QStringLiteral("StartTicks"), double(start)},
                           {QStringLiteral("EndTicks"), double(end)}};
    };
    QJsonArray list;
    if (item.kind == DemoItemKind::Episode)
        list.append(segment(QLatin1String("Intro"), length / 10, length * 4 / 10));
    list.append(segment(QLatin1String("Outro"), length * 8 / 10, length));
    return list;
}

QJsonArray DemoMedia::chapters(const DemoItem &item)
{
    static const QStringList names{QStringLiteral("Opening"), QStringLiteral("The harbour"),
                                   QStringLiteral("Night crossing"), QStringLiteral("Homecoming")};
    QJsonArray list;
    const qint64 length = streamTicks(item);
    for (int i = 0; i < names.size(); ++i) {
        list.append(QJsonObject{{QStringLiteral("StartPositionTicks"), double(length * i / names.size())},
                                {QStringLiteral("Name"), names.at(i)},
                                {QStringLiteral("ImageDateModified"), QStringLiteral("0001-01-01T00:00:00.0000000Z")}});
    }
    return list;
}

int DemoMedia::trickplayThumbnails(const DemoItem &item)
{
    return int(ticksToMs(streamTicks(item)) / TrickplayIntervalMs);
}

QJsonObject DemoMedia::trickplay(const DemoItem &item)
{
    const QList<Version> all = versions(item);
    if (all.isEmpty())
        return {};
    const int count = trickplayThumbnails(item);
    const QJsonObject info{{QStringLiteral("Width"), TrickplayWidth},
                           {QStringLiteral("Height"), TrickplayHeight},
                           {QStringLiteral("TileWidth"), TrickplayTileColumns},
                           {QStringLiteral("TileHeight"), TrickplayTileRows},
                           {QStringLiteral("ThumbnailCount"), count},
                           {QStringLiteral("Interval"), TrickplayIntervalMs},
                           {QStringLiteral("Bandwidth"), 20'000}};
    return QJsonObject{{all.first().id, QJsonObject{{QString::number(TrickplayWidth), info}}}};
}

QString DemoMedia::subtitleCue(int index, qint64 ticks)
{
    const QString language = index == 3 ? QStringLiteral("Sous-titre") : QStringLiteral("Subtitle");
    const int cue = int(std::clamp<qint64>(ticks * CueCount / SampleTicks, 0, CueCount - 1));
    return QStringLiteral("%1 %2 of %3").arg(language).arg(cue + 1).arg(CueCount);
}

QByteArray DemoMedia::subtitleContentType(const QString &format)
{
    return format.compare(QLatin1String("vtt"), Qt::CaseInsensitive) == 0 ? QByteArray("text/vtt; charset=utf-8")
                                                                          : QByteArray("text/x-subrip; charset=utf-8");
}

QByteArray DemoMedia::subtitleText(const DemoItem &item, int index, const QString &format)
{
    bool known = false;
    for (const Subtitle &subtitle : subtitles())
        known = known || subtitle.index == index;
    const bool vtt = format.compare(QLatin1String("vtt"), Qt::CaseInsensitive) == 0;
    if (!known || !item.isPlayable() || (!vtt && format.compare(QLatin1String("srt"), Qt::CaseInsensitive) != 0))
        return {};
    QString text = vtt ? QStringLiteral("WEBVTT\n\n") : QString();
    const qint64 cueMs = ticksToMs(SampleTicks) / CueCount;
    const QChar separator = vtt ? QLatin1Char('.') : QLatin1Char(',');
    for (int cue = 0; cue < CueCount; ++cue) {
        if (!vtt)
            text += QString::number(cue + 1) + QLatin1Char('\n');
        text += timestamp(cue * cueMs, separator) + QStringLiteral(" --> ") + timestamp((cue + 1) * cueMs - 1, separator)
            + QLatin1Char('\n') + subtitleCue(index, msToTicks(cue * cueMs)) + QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

} // namespace marquee
