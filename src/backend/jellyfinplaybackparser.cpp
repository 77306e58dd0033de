// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinplaybackparser.h"

#include "backend/jellyfinitemparser.h"
#include "backend/jsonfields.h"

#include <QUrl>
#include <QUrlQuery>

namespace marquee {

namespace {

using J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

/// The enumerator named @p name (case-insensitively, as the server's enums bind), else @p fallback.
template <typename Enum>
Enum fromName(const QString &name, std::initializer_list<std::pair<const char *, Enum>> names, Enum fallback)
{
    for (const auto &[text, value] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return fallback;
}

PlaybackStream::Type streamType(const QString &name)
{
    using T = PlaybackStream::Type;
    return fromName(name, {{"Video", T::Video}, {"Audio", T::Audio}, {"Subtitle", T::Subtitle}}, T::Other);
}

PlaybackStream::Delivery delivery(const QString &name)
{
    using D = PlaybackStream::Delivery;
    return fromName(name,
                    {{"Embed", D::Embed}, {"External", D::External}, {"Encode", D::Encode}, {"Hls", D::Hls},
                     {"Drop", D::Drop}},
                    D::None);
}

PlaybackStream parseStream(const QJsonObject &object)
{
    PlaybackStream stream;
    stream.type = streamType(J::string(object, key("Type")));
    stream.index = J::optInt(object, key("Index")).value_or(-1);
    stream.codec = J::string(object, key("Codec")).toLower();
    stream.language = J::string(object, key("Language"));
    stream.title = J::string(object, key("Title"));
    stream.displayTitle = J::string(object, key("DisplayTitle"));
    stream.channels = J::optInt(object, key("Channels")).value_or(0);
    stream.isDefault = J::boolean(object, key("IsDefault"));
    stream.isForced = J::boolean(object, key("IsForced"));
    stream.isExternal = J::boolean(object, key("IsExternal"));
    stream.delivery = delivery(J::string(object, key("DeliveryMethod")));
    stream.deliveryUrl = J::string(object, key("DeliveryUrl"));
    return stream;
}

PlaybackSource parseSource(const QJsonObject &object)
{
    PlaybackSource source;
    source.id = JellyfinItemParser::normalizeId(J::string(object, key("Id")));
    source.name = J::string(object, key("Name"));
    source.container = J::string(object, key("Container")).toLower();
    source.sizeBytes = qMax<qint64>(0, J::optInt64(object, key("Size")).value_or(0));
    source.eTag = J::string(object, key("ETag"));
    source.bitrate = qMax<qint64>(0, J::optInt64(object, key("Bitrate")).value_or(0));
    source.runTimeTicks = qMax<qint64>(0, J::optInt64(object, key("RunTimeTicks")).value_or(0));
    source.supportsDirectPlay = J::boolean(object, key("SupportsDirectPlay"));
    source.supportsDirectStream = J::boolean(object, key("SupportsDirectStream"));
    source.supportsTranscoding = J::boolean(object, key("SupportsTranscoding"));
    source.transcodingUrl = J::string(object, key("TranscodingUrl"));
    source.transcodingSubProtocol = J::string(object, key("TranscodingSubProtocol")).toLower();
    source.transcodeReasons = JellyfinPlaybackParser::transcodeReasons(source.transcodingUrl);
    source.defaultAudioStreamIndex = J::optInt(object, key("DefaultAudioStreamIndex"));
    source.defaultSubtitleStreamIndex = J::optInt(object, key("DefaultSubtitleStreamIndex"));
    for (const QJsonValue &value : J::array(object, key("MediaStreams"))) {
        if (value.isObject())
            source.streams.append(parseStream(value.toObject()));
    }
    return source;
}

MediaSegment::Type segmentType(const QString &name)
{
    using T = MediaSegment::Type;
    return fromName(name,
                    {{"Intro", T::Intro}, {"Outro", T::Outro}, {"Recap", T::Recap}, {"Preview", T::Preview},
                     {"Commercial", T::Commercial}},
                    T::Unknown);
}

} // namespace

QStringList JellyfinPlaybackParser::transcodeReasons(const QString &transcodingUrl)
{
    if (transcodingUrl.isEmpty())
        return {};
    const QUrlQuery query(QUrl(transcodingUrl).query());
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.compare(QLatin1String("TranscodeReasons"), Qt::CaseInsensitive) == 0)
            return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return {};
}

Result<PlaybackInfo> JellyfinPlaybackParser::parsePlaybackInfo(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    Result<QJsonArray> sources = J::optionalArray(root.value(), key("MediaSources"));
    if (!sources)
        return sources.error();
    PlaybackInfo info;
    info.playSessionId = J::string(root.value(), key("PlaySessionId"));
    info.errorCode = J::string(root.value(), key("ErrorCode"));
    for (const QJsonValue &value : sources.value()) {
        if (!value.isObject())
            continue;
        PlaybackSource source = parseSource(value.toObject());
        if (!source.id.isEmpty())
            info.sources.append(std::move(source));
    }
    if (info.sources.isEmpty() && info.errorCode.isEmpty())
        return J::badResponse(QStringLiteral("playback info without a media source"));
    return info;
}

Result<QList<MediaSegment>> JellyfinPlaybackParser::parseMediaSegments(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    Result<QJsonArray> items = J::optionalArray(root.value(), key("Items"));
    if (!items)
        return items.error();
    QList<MediaSegment> segments;
    for (const QJsonValue &value : items.value()) {
        const QJsonObject object = value.toObject();
        const std::optional<qint64> start = J::optInt64(object, key("StartTicks"));
        const std::optional<qint64> end = J::optInt64(object, key("EndTicks"));
        if (!start || !end || *start < 0 || *end <= *start)
            continue; // a segment that ends before it starts cannot be skipped
        segments.append({segmentType(J::string(object, key("Type"))), *start, *end});
    }
    std::sort(segments.begin(), segments.end(),
              [](const MediaSegment &a, const MediaSegment &b) { return a.startTicks < b.startTicks; });
    return segments;
}

Result<PlaybackExtras> JellyfinPlaybackParser::parsePlaybackExtras(const QByteArray &body)
{
    Result<QJsonObject> root = J::parseObject(body);
    if (!root)
        return root.error();
    PlaybackExtras extras;
    for (const QJsonValue &value : J::array(root.value(), key("Chapters"))) {
        const QJsonObject object = value.toObject();
        const std::optional<qint64> start = J::optInt64(object, key("StartPositionTicks"));
        if (start && *start >= 0)
            extras.chapters.append({*start, J::string(object, key("Name"))});
    }
    std::sort(extras.chapters.begin(), extras.chapters.end(),
              [](const Chapter &a, const Chapter &b) { return a.startTicks < b.startTicks; });
    // {"<media source id>": {"<width>": TrickplayInfoDto}}
    const QJsonObject manifest = J::object(root.value(), key("Trickplay"));
    for (auto source = manifest.begin(); source != manifest.end(); ++source) {
        const QJsonObject widths = source.value().toObject();
        for (auto width = widths.begin(); width != widths.end(); ++width) {
            const QJsonObject dto = width.value().toObject();
            TrickplayInfo info;
            info.mediaSourceId = JellyfinItemParser::normalizeId(source.key());
            info.width = J::optInt(dto, key("Width")).value_or(0);
            info.height = J::optInt(dto, key("Height")).value_or(0);
            info.tileWidth = J::optInt(dto, key("TileWidth")).value_or(0);
            info.tileHeight = J::optInt(dto, key("TileHeight")).value_or(0);
            info.thumbnailCount = J::optInt(dto, key("ThumbnailCount")).value_or(0);
            info.intervalMs = J::optInt(dto, key("Interval")).value_or(0);
            // A hostile manifest must not make us ask for absurd tiles.
            if (info.isValid() && info.width <= 1920 && info.tileWidth * info.tileHeight <= 1024)
                extras.trickplay.append(info);
        }
    }
    return extras;
}

} // namespace marquee
