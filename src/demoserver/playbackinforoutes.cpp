// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/playbackinforoutes.h"

#include "demoserver/demoauth.h"
#include "demoserver/demoformat.h"
#include "demoserver/demomedia.h"
#include "demoserver/demoplaybackdecision.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

#include <QUrlQuery>
#include <QUuid>

namespace marquee {

namespace {

using Method = DemoPlaybackDecision::Method;

/// POST takes these in the body or the query; GET has only the item (and the user).
bool takesParameters(const DemoRequest &req)
{
    return req.method == "POST";
}

std::optional<qint64> number(const QJsonObject &body, const DemoRequest &req, QLatin1String name)
{
    const QJsonValue value = jsonProperty(body, name);
    if (value.isDouble())
        return qint64(value.toDouble());
    return takesParameters(req) ? req.query.int64Value(name) : std::nullopt;
}

std::optional<bool> flag(const QJsonObject &body, const DemoRequest &req, QLatin1String name)
{
    const QJsonValue value = jsonProperty(body, name);
    if (value.isBool())
        return value.toBool();
    return takesParameters(req) ? req.query.boolValue(name) : std::nullopt;
}

/// The TranscodingUrl the real server writes: relative, PascalCase parameters, the token as ApiKey.
QString transcodingUrl(const DemoItem &item, const DemoMedia::Version &version, const DemoPlaybackDecision &decision,
                       qint64 maxBitrate, const QString &playSessionId, const DemoRequest &req,
                       std::optional<qint64> subtitleIndex)
{
    const qint64 audioBitrate = 128'000;
    const bool remux = decision.method == Method::DirectStream;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("DeviceId"), req.session ? req.session->deviceId : QString());
    query.addQueryItem(QStringLiteral("MediaSourceId"), version.id);
    query.addQueryItem(QStringLiteral("VideoCodec"), remux ? version.videoCodec : QStringLiteral("h264"));
    query.addQueryItem(QStringLiteral("AudioCodec"), remux ? version.audioCodec : QStringLiteral("aac"));
    query.addQueryItem(QStringLiteral("AudioStreamIndex"), QStringLiteral("1"));
    if (!remux) {
        query.addQueryItem(QStringLiteral("VideoBitrate"),
                           QString::number(qMax<qint64>(64'000, qMin(version.bitrate, maxBitrate) - audioBitrate)));
        query.addQueryItem(QStringLiteral("AudioBitrate"), QString::number(audioBitrate));
    }
    query.addQueryItem(QStringLiteral("PlaySessionId"), playSessionId);
    query.addQueryItem(QStringLiteral("ApiKey"), req.session ? req.session->token : QString());
    query.addQueryItem(QStringLiteral("SegmentContainer"), QStringLiteral("ts"));
    query.addQueryItem(QStringLiteral("MinSegments"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("BreakOnNonKeyFrames"), QStringLiteral("True"));
    if (remux) {
        query.addQueryItem(QStringLiteral("AllowVideoStreamCopy"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("AllowAudioStreamCopy"), QStringLiteral("true"));
    }
    if (decision.burnInSubtitle && subtitleIndex) {
        query.addQueryItem(QStringLiteral("SubtitleStreamIndex"), QString::number(*subtitleIndex));
        query.addQueryItem(QStringLiteral("SubtitleMethod"), QStringLiteral("Encode"));
    }
    query.addQueryItem(QStringLiteral("TranscodeReasons"), decision.reasons.join(QLatin1Char(',')));
    return QStringLiteral("/videos/%1/master.m3u8?").arg(item.id) + query.toString(QUrl::FullyEncoded);
}

/// How each subtitle stream reaches this client: as its own file where the profile can show it, else burnt in.
QJsonArray deliverSubtitles(QJsonArray streams, const DemoDeviceProfile &profile)
{
    for (qsizetype i = 0; i < streams.size(); ++i) {
        QJsonObject stream = streams.at(i).toObject();
        if (stream.value(QStringLiteral("Type")).toString() != QLatin1String("Subtitle"))
            continue;
        const bool external = stream.value(QStringLiteral("IsExternal")).toBool();
        if (!DemoPlaybackDecision::canShowSubtitle(profile, stream.value(QStringLiteral("Codec")).toString(), external)) {
            stream.insert(QStringLiteral("DeliveryMethod"), QStringLiteral("Encode"));
            stream.remove(QStringLiteral("DeliveryUrl"));
        }
        streams.replace(i, stream);
    }
    return streams;
}

DemoReply playbackInfo(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item || !item->isPlayable())
        return DemoReply::notFound(QStringLiteral("Item not found"));
    const QJsonObject body = req.jsonBody();
    QJsonObject logged = body;
    logged.insert(QStringLiteral("ItemId"), item->id);
    s.transcodes.playbackInfoRequests.append(logged);

    const DemoDeviceProfile profile =
        DemoDeviceProfile::fromJson(jsonProperty(body, QLatin1String("DeviceProfile")).toObject());
    std::optional<qint64> maxBitrate = number(body, req, QLatin1String("MaxStreamingBitrate"));
    if (!maxBitrate)
        maxBitrate = profile.maxStreamingBitrate;
    const std::optional<qint64> subtitleIndex = number(body, req, QLatin1String("SubtitleStreamIndex"));
    QString wantedSource = jsonProperty(body, QLatin1String("MediaSourceId")).toString();
    if (wantedSource.isEmpty() && takesParameters(req))
        wantedSource = req.query.value(QLatin1String("mediaSourceId"));
    DemoPlaybackDecision::Switches switches;
    switches.directPlay = flag(body, req, QLatin1String("EnableDirectPlay")).value_or(true);
    switches.directStream = flag(body, req, QLatin1String("EnableDirectStream")).value_or(true);
    switches.transcoding = flag(body, req, QLatin1String("EnableTranscoding")).value_or(true);

    const QString playSessionId = QUuid::createUuid().toString(QUuid::Id128);
    QJsonArray sources;
    bool anyPlayable = false;
    const QJsonArray all = s.serializer.mediaSources(*item);
    for (const QJsonValue &value : all) {
        QJsonObject source = value.toObject();
        DemoMedia::Version version;
        if (!DemoMedia::version(*item, source.value(QStringLiteral("Id")).toString(), &version))
            continue;
        if (!wantedSource.isEmpty() && version.id != DemoFormat::normalizeId(wantedSource))
            continue;
        DemoMediaFacts facts{version.container, version.videoCodec, version.audioCodec, version.bitrate, {}, false};
        if (subtitleIndex && *subtitleIndex >= 0) {
            for (const DemoMedia::Subtitle &subtitle : DemoMedia::subtitles()) {
                if (subtitle.index == *subtitleIndex) {
                    facts.subtitleCodec = subtitle.codec;
                    facts.subtitleExternal = true;
                }
            }
        }
        const DemoPlaybackDecision decision = DemoPlaybackDecision::decide(facts, profile, maxBitrate, switches);
        source.insert(QStringLiteral("SupportsDirectPlay"), decision.method == Method::DirectPlay);
        source.insert(QStringLiteral("SupportsDirectStream"),
                      decision.method == Method::DirectPlay || decision.method == Method::DirectStream);
        source.insert(QStringLiteral("SupportsTranscoding"), switches.transcoding);
        source.insert(QStringLiteral("MediaStreams"),
                      deliverSubtitles(source.value(QStringLiteral("MediaStreams")).toArray(), profile));
        if (decision.method == Method::DirectStream || decision.method == Method::Transcode) {
            source.insert(QStringLiteral("TranscodingUrl"),
                          transcodingUrl(*item, version, decision, maxBitrate.value_or(version.bitrate), playSessionId,
                                         req, subtitleIndex));
            source.insert(QStringLiteral("TranscodingSubProtocol"), QStringLiteral("hls"));
            source.insert(QStringLiteral("TranscodingContainer"), QStringLiteral("ts"));
        }
        anyPlayable = anyPlayable || decision.method != Method::None;
        sources.append(source);
    }
    if (sources.isEmpty())
        return DemoReply::notFound(QStringLiteral("Media source not found"));
    QJsonObject answer{{QStringLiteral("MediaSources"), sources}, {QStringLiteral("PlaySessionId"), playSessionId}};
    if (!anyPlayable)
        answer.insert(QStringLiteral("ErrorCode"), QStringLiteral("NoCompatibleStream"));
    return DemoReply::json(answer);
}

} // namespace

void PlaybackInfoRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    const QStringList postParams{QStringLiteral("userId"),
                                 QStringLiteral("maxStreamingBitrate"),
                                 QStringLiteral("subtitleStreamIndex"),
                                 QStringLiteral("mediaSourceId"),
                                 QStringLiteral("enableDirectPlay"),
                                 QStringLiteral("enableDirectStream"),
                                 QStringLiteral("enableTranscoding")};
    router.add({"POST", QStringLiteral("/Items/{itemId}/PlaybackInfo"), true, postParams,
                [s](DemoRequest &req) { return playbackInfo(*s, req); }});
    router.add({"GET", QStringLiteral("/Items/{itemId}/PlaybackInfo"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) { return playbackInfo(*s, req); }});
    router.add({"DELETE", QStringLiteral("/Videos/ActiveEncodings"), true,
                {QStringLiteral("deviceId"), QStringLiteral("playSessionId")}, [s](DemoRequest &req) {
                    const QString session = req.query.value(QLatin1String("playSessionId"));
                    s->transcodes.stopped.append(session);
                    s->transcodes.active.remove(session);
                    return DemoReply::noContent();
                }});
}

} // namespace marquee
