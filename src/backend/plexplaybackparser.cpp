// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexplaybackparser.h"

#include "backend/jsonfields.h"
#include "backend/plexitemparser.h"
#include "core/ticks.h"

namespace marquee {

namespace {

using P = PlexItemParser;
using J = JsonFields;

/// The first entry of @p array flagged `selected` (a Media or Part the server chose), else the first; an empty
/// object when there is none.
QJsonObject selectedOrFirst(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        if (P::flag(value.toObject(), QLatin1String("selected")))
            return value.toObject();
    }
    return array.isEmpty() ? QJsonObject() : array.first().toObject();
}

/// The item of a `/library/metadata/{id}` answer (an empty object when it lists none).
Result<QJsonObject> firstMetadata(const QByteArray &body)
{
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return container.error();
    return selectedOrFirst(J::array(container.value(), QLatin1String("Metadata")));
}

/// Plex's ids are numbers; a stream without a file index (a subtitle file beside the media) is known by its id,
/// kept clear of the file's indexes.
constexpr int ExternalIndexBase = 1'000'000;

PlaybackStream parseStream(const QJsonObject &object, bool transcoded)
{
    using T = PlaybackStream::Type;
    using D = PlaybackStream::Delivery;
    PlaybackStream stream;
    switch (P::integer(object, QLatin1String("streamType")).value_or(0)) {
    case 1: stream.type = T::Video; break;
    case 2: stream.type = T::Audio; break;
    case 3: stream.type = T::Subtitle; break;
    default: stream.type = T::Other; break;
    }
    const QString deliveryUrl = J::string(object, QLatin1String("key"));
    stream.isExternal = stream.type == T::Subtitle && !deliveryUrl.isEmpty();
    const std::optional<qint64> index = P::integer(object, QLatin1String("index"));
    const std::optional<qint64> id = P::integer(object, QLatin1String("id"));
    if (index && *index >= 0 && *index < ExternalIndexBase)
        stream.index = int(*index);
    else if (stream.isExternal && id && *id >= 0 && *id < std::numeric_limits<int>::max() - ExternalIndexBase)
        stream.index = ExternalIndexBase + int(*id);
    stream.codec = J::string(object, QLatin1String("codec")).toLower();
    stream.language = J::string(object, QLatin1String("languageCode"));
    stream.title = J::string(object, QLatin1String("title"));
    stream.displayTitle = J::string(object, QLatin1String("displayTitle"));
    stream.channels = int(std::clamp<qint64>(P::integer(object, QLatin1String("channels")).value_or(0), 0, 64));
    stream.isDefault = P::flag(object, QLatin1String("default"));
    stream.isForced = P::flag(object, QLatin1String("forced"));
    if (stream.type == T::Subtitle) {
        const QString decision = J::string(object, QLatin1String("decision"));
        if (stream.isExternal) {
            stream.delivery = decision == QLatin1String("burn") ? D::Encode : D::External;
            if (stream.delivery == D::External)
                stream.deliveryUrl = deliveryUrl;
        } else if (!transcoded) {
            stream.delivery = D::Embed;
        } else if (decision == QLatin1String("burn")) {
            stream.delivery = D::Encode;
        } else if (decision == QLatin1String("ignore") || decision == QLatin1String("unavailable")) {
            stream.delivery = D::Drop;
        } else {
            stream.delivery = D::Hls;
        }
    }
    return stream;
}

std::optional<int> chosenIndex(const QList<PlaybackStream> &streams, PlaybackStream::Type type,
                               const QJsonArray &raw)
{
    std::optional<int> fallback;
    for (qsizetype i = 0; i < streams.size() && i < raw.size(); ++i) {
        if (streams.at(i).type != type || streams.at(i).index < 0)
            continue;
        if (P::flag(raw.at(i).toObject(), QLatin1String("selected")))
            return streams.at(i).index;
        if (!fallback && streams.at(i).isDefault)
            fallback = streams.at(i).index;
    }
    return type == PlaybackStream::Type::Audio ? fallback : std::nullopt;
}

} // namespace

QStringList PlexPlaybackParser::transcodeReasons(const QString &decisionText)
{
    const QString text = decisionText.toLower();
    QStringList reasons;
    if (text.contains(QLatin1String("bitrate")) || text.contains(QLatin1String("bandwidth")))
        reasons.append(QStringLiteral("ContainerBitrateExceedsLimit"));
    if (text.contains(QLatin1String("container")))
        reasons.append(QStringLiteral("ContainerNotSupported"));
    if (text.contains(QLatin1String("video codec")) || text.contains(QLatin1String("video stream codec")))
        reasons.append(QStringLiteral("VideoCodecNotSupported"));
    if (text.contains(QLatin1String("audio codec")) || text.contains(QLatin1String("audio stream codec")))
        reasons.append(QStringLiteral("AudioCodecNotSupported"));
    if (text.contains(QLatin1String("subtitle")))
        reasons.append(QStringLiteral("SubtitleCodecNotSupported"));
    if (reasons.isEmpty() && text.contains(QLatin1String("disabled")))
        reasons.append(QStringLiteral("DirectPlayError"));
    return reasons;
}

QStringList PlexPlaybackParser::transcodeReasons(qint64 directPlayCode, const QString &directPlayText,
                                                 const QString &transcodeText)
{
    if (directPlayCode == NotEnoughBandwidth)
        return {QStringLiteral("ContainerBitrateExceedsLimit")};
    QStringList reasons = transcodeReasons(directPlayText);
    if (reasons.isEmpty())
        reasons = transcodeReasons(transcodeText);
    return reasons;
}

Result<PlaybackInfo> PlexPlaybackParser::parseDecision(const QByteArray &body, const QString &playSessionId,
                                                       const QString &startUrl, PlexPartStreams *ids)
{
    const Result<QJsonObject> container = P::container(body);
    if (!container)
        return container.error();
    const QJsonObject &root = container.value();
    PlaybackInfo info;
    info.playSessionId = playSessionId;
    const qint64 general = P::integer(root, QLatin1String("generalDecisionCode")).value_or(0);
    if (general >= 2000) {
        info.errorCode = QStringLiteral("NoCompatibleStream");
        return info;
    }
    const QJsonObject metadata = selectedOrFirst(J::array(root, QLatin1String("Metadata")));
    const QJsonObject media = selectedOrFirst(J::array(metadata, QLatin1String("Media")));
    const QJsonObject part = selectedOrFirst(J::array(media, QLatin1String("Part")));
    if (part.isEmpty())
        return J::badResponse(QStringLiteral("a playback decision without a media part"));

    QJsonObject chosenMedia = media;
    chosenMedia.insert(QStringLiteral("Part"), QJsonArray{part});
    const MediaSource original = P::parseMedia(chosenMedia);
    PlaybackSource source;
    source.id = J::string(part, QLatin1String("key"));
    source.name = original.name;
    source.container = original.container;
    source.sizeBytes = original.sizeBytes;
    source.bitrate = original.bitrate;
    source.runTimeTicks = original.runTimeTicks;

    QString decision = J::string(part, QLatin1String("decision"));
    if (decision.isEmpty()) {
        const qint64 directPlayCode = P::integer(root, QLatin1String("directPlayDecisionCode")).value_or(0);
        decision = directPlayCode == DirectPlayOk ? QStringLiteral("directplay")
                                                  : (general == ConversionOk ? QStringLiteral("transcode") : QString());
    }
    const bool directPlay = decision == QLatin1String("directplay");
    const bool transcoded = decision == QLatin1String("transcode");
    if (!directPlay && !transcoded) {
        info.errorCode = QStringLiteral("NoCompatibleStream");
        return info;
    }
    const QJsonArray rawStreams = J::array(part, QLatin1String("Stream"));
    bool videoCopied = true;
    for (const QJsonValue &value : rawStreams) {
        const QJsonObject object = value.toObject();
        const PlaybackStream stream = parseStream(object, transcoded);
        if (stream.type == PlaybackStream::Type::Video && J::string(object, QLatin1String("decision")) == QLatin1String("transcode"))
            videoCopied = false;
        if (ids && stream.index >= 0)
            ids->streamIds.insert(stream.index, P::text(object, QLatin1String("id")));
        source.streams.append(stream);
    }
    if (ids)
        ids->partId = P::text(part, QLatin1String("id"));
    source.defaultAudioStreamIndex = chosenIndex(source.streams, PlaybackStream::Type::Audio, rawStreams);
    source.defaultSubtitleStreamIndex = chosenIndex(source.streams, PlaybackStream::Type::Subtitle, rawStreams);
    source.supportsDirectPlay = directPlay;
    source.supportsDirectStream = directPlay || videoCopied;
    source.supportsTranscoding = transcoded;
    if (transcoded) {
        if (P::integer(root, QLatin1String("transcodeDecisionCode")).value_or(0) >= 4000) {
            info.errorCode = QStringLiteral("NoCompatibleStream"); // a conversion the server itself says fails
            return info;
        }
        source.transcodingUrl = startUrl;
        source.transcodingSubProtocol = QStringLiteral("hls");
        source.transcodeReasons = transcodeReasons(P::integer(root, QLatin1String("directPlayDecisionCode")).value_or(0),
                                                   J::string(root, QLatin1String("directPlayDecisionText")),
                                                   J::string(root, QLatin1String("transcodeDecisionText")));
    }
    info.sources.append(source);
    return info;
}

PlaybackInfo PlexPlaybackParser::withVersions(PlaybackInfo decided, const QList<MediaSource> &versions, int mediaIndex)
{
    if (!decided.errorCode.isEmpty() || decided.sources.size() != 1 || mediaIndex < 0 || mediaIndex >= versions.size())
        return decided;
    const PlaybackSource chosen = decided.sources.takeFirst();
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (i == mediaIndex) {
            decided.sources.append(chosen);
            continue;
        }
        const MediaSource &version = versions.at(i);
        PlaybackSource other;
        other.id = version.id;
        other.name = version.name;
        other.container = version.container;
        other.sizeBytes = version.sizeBytes;
        other.bitrate = version.bitrate;
        other.runTimeTicks = version.runTimeTicks;
        decided.sources.append(other);
    }
    return decided;
}

Result<QList<MediaSegment>> PlexPlaybackParser::parseMarkers(const QByteArray &body)
{
    const Result<QJsonObject> metadata = firstMetadata(body);
    if (!metadata)
        return metadata.error();
    QList<MediaSegment> segments;
    for (const QJsonValue &value : J::array(metadata.value(), QLatin1String("Marker"))) {
        const QJsonObject marker = value.toObject();
        const QString type = J::string(marker, QLatin1String("type")).toLower();
        MediaSegment segment;
        if (type == QLatin1String("intro"))
            segment.type = MediaSegment::Type::Intro;
        else if (type == QLatin1String("credits") || type == QLatin1String("credit"))
            segment.type = MediaSegment::Type::Outro;
        else if (type == QLatin1String("commercial"))
            segment.type = MediaSegment::Type::Commercial;
        else
            continue;
        const std::optional<qint64> start = P::integer(marker, QLatin1String("startTimeOffset"));
        const std::optional<qint64> end = P::integer(marker, QLatin1String("endTimeOffset"));
        constexpr qint64 maxMs = 1LL << 40;
        if (!start || !end || *start < 0 || *end <= *start || *end > maxMs)
            continue;
        segment.startTicks = msToTicks(*start);
        segment.endTicks = msToTicks(*end);
        segments.append(segment);
    }
    return segments;
}

Result<PlaybackExtras> PlexPlaybackParser::parseChapters(const QByteArray &body, QStringList *indexedParts)
{
    PlaybackExtras extras;
    const Result<QJsonObject> metadata = firstMetadata(body);
    if (!metadata)
        return metadata.error();
    const QJsonArray versions = J::array(metadata.value(), QLatin1String("Media"));
    for (qsizetype i = 0; indexedParts && i < versions.size() && i < 16; ++i) {
        const QJsonArray parts = J::array(versions.at(i).toObject(), QLatin1String("Part"));
        const QJsonObject part = parts.isEmpty() ? QJsonObject() : parts.first().toObject();
        const QString key = J::string(part, QLatin1String("key"));
        const QStringList indexes = J::string(part, QLatin1String("indexes")).split(QLatin1Char(','));
        if (key.startsWith(QLatin1String("/library/parts/")) && indexes.contains(QLatin1String("sd")))
            indexedParts->append(key);
    }
    for (const QJsonValue &value : J::array(metadata.value(), QLatin1String("Chapter"))) {
        const QJsonObject chapter = value.toObject();
        const std::optional<qint64> startMs = P::integer(chapter, QLatin1String("startTimeOffset"));
        if (startMs && *startMs >= 0 && *startMs <= (1LL << 40))
            extras.chapters.append({msToTicks(*startMs), J::string(chapter, QLatin1String("tag")).left(200)});
    }
    std::stable_sort(extras.chapters.begin(), extras.chapters.end(), [](const Chapter &a, const Chapter &b) {
        return a.startTicks < b.startTicks; // a server's order is not to be trusted
    });
    return extras;
}

} // namespace marquee
