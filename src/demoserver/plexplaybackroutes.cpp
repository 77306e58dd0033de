// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demomedia.h"
#include "demoserver/demoplaybackdecision.h"
#include "demoserver/demostate.h"
#include "demoserver/hlsroutes.h"
#include "demoserver/plexroutes.h"
#include "demoserver/plexserializer.h"

#include <QUrl>

namespace marquee {

namespace {

using Method = DemoPlaybackDecision::Method;

const QString MetadataPrefix = QStringLiteral("/library/metadata/");

/// The item the transcoder's `path` names (`/library/metadata/{ratingKey}`); nullptr if none that plays.
const DemoItem *playableAt(const DemoState &s, const QString &path)
{
    if (!path.startsWith(MetadataPrefix))
        return nullptr;
    const DemoItem *item = PlexRoutes::itemByKey(s, QStringView(path).mid(MetadataPrefix.size()));
    return item && item->isPlayable() ? item : nullptr;
}

/// The profile augmentation, from the query or the header (url-encoded in both, official §Profile Augmentations).
DemoDeviceProfile profileOf(const DemoRequest &req)
{
    QString extra = req.query.value(QLatin1String("X-Plex-Client-Profile-Extra"));
    if (extra.isEmpty())
        extra = QUrl::fromPercentEncoding(req.header("X-Plex-Client-Profile-Extra"));
    return DemoDeviceProfile::fromPlexProfileExtra(extra);
}

/// Why direct play is not possible, in the words of Plex's decision texts.
QString directPlayText(const DemoPlaybackDecision &decision, const DemoMedia::Version &version,
                       std::optional<qint64> maxBitrate)
{
    if (decision.method == Method::DirectPlay)
        return QStringLiteral("Direct play OK.");
    QStringList reasons;
    for (const QString &reason : decision.reasons) {
        if (reason == QLatin1String("ContainerBitrateExceedsLimit"))
            reasons.append(QStringLiteral("Bitrate (%1 kbps) is higher than the maximum bitrate (%2 kbps).")
                               .arg(version.bitrate / 1000)
                               .arg(maxBitrate.value_or(0) / 1000));
        else if (reason == QLatin1String("ContainerNotSupported"))
            reasons.append(QStringLiteral("Container %1 is not supported.").arg(version.container));
        else if (reason == QLatin1String("VideoCodecNotSupported"))
            reasons.append(QStringLiteral("Video codec %1 is not supported.").arg(version.videoCodec));
        else if (reason == QLatin1String("AudioCodecNotSupported"))
            reasons.append(QStringLiteral("Audio codec %1 is not supported.").arg(version.audioCodec));
        else if (reason == QLatin1String("SubtitleCodecNotSupported"))
            reasons.append(QStringLiteral("Subtitle codec is not supported."));
        else
            reasons.append(QStringLiteral("Direct play is disabled."));
    }
    return QStringLiteral("App cannot direct play this item. ") + reasons.join(QLatin1Char(' '));
}

PlexSerializer::Decision plexDecision(const DemoPlaybackDecision &decision, const DemoMedia::Version &version,
                                      std::optional<qint64> maxBitrate)
{
    PlexSerializer::Decision answer;
    answer.directPlayText = directPlayText(decision, version, maxBitrate);
    switch (decision.method) {
    case Method::DirectPlay:
        answer.generalCode = answer.directPlayCode = 1000;
        answer.generalText = answer.directPlayText;
        answer.part = QStringLiteral("directplay");
        break;
    case Method::DirectStream:
    case Method::Transcode: {
        const bool remux = decision.method == Method::DirectStream;
        answer.generalCode = 1001;
        answer.generalText = QStringLiteral("Direct play not available; Conversion OK.");
        // Only the cap in the way: the code and text of the official example for bandwidth; else 3000 and the causes.
        const bool bandwidthOnly = decision.reasons == QStringList{QStringLiteral("ContainerBitrateExceedsLimit")};
        answer.directPlayCode = bandwidthOnly ? 3001 : 3000;
        if (bandwidthOnly)
            answer.directPlayText = QStringLiteral("Not enough bandwidth for direct play of this item.");
        answer.transcodeCode = 1001;
        answer.transcodeText = answer.generalText;
        answer.part = QStringLiteral("transcode");
        answer.video = remux ? QStringLiteral("copy") : QStringLiteral("transcode");
        answer.audio = remux ? QStringLiteral("copy") : QStringLiteral("transcode");
        break;
    }
    case Method::None:
        answer.generalCode = 2000;
        answer.generalText = QStringLiteral("Neither direct play nor conversion is available.");
        answer.directPlayCode = 3000;
        answer.part = QStringLiteral("none");
        break;
    }
    return answer;
}

/// The subtitle (DemoMedia::subtitles() index) chosen on the part @p partId, if any.
std::optional<int> chosenSubtitle(const DemoState &s, qint64 partId)
{
    qint64 subtitlePart = 0;
    int index = 0;
    const qint64 streamId = s.transcodes.plexSubtitleChoices.value(QString::number(partId)).toLongLong();
    if (!PlexSerializer::subtitleOfStream(streamId, &subtitlePart, &index) || subtitlePart != partId)
        return std::nullopt;
    return index;
}

/// `PUT /library/parts/{partId}`: the streams this user plays; 400 for a stream of another part.
DemoReply chooseStreams(DemoState &s, DemoRequest &req)
{
    int version = 0;
    const DemoItem *item = PlexRoutes::itemOfPart(s, req.args.value(0), &version);
    if (!item)
        return PlexRoutes::htmlError(404);
    const qint64 partId = PlexSerializer::partId(*item, version);
    const QString audio = req.query.value(QLatin1String("audioStreamID"));
    if (!audio.isEmpty() && audio.toLongLong() != partId * 10 + 2)
        return PlexRoutes::htmlError(400);
    if (!req.query.has(QLatin1String("subtitleStreamID")))
        return PlexRoutes::emptyOk();
    const QString subtitle = req.query.value(QLatin1String("subtitleStreamID"));
    qint64 subtitlePart = 0;
    int index = 0;
    if (subtitle != QLatin1String("0")
        && (!PlexSerializer::subtitleOfStream(subtitle.toLongLong(), &subtitlePart, &index) || subtitlePart != partId))
        return PlexRoutes::htmlError(400);
    s.transcodes.plexSubtitleChoices.insert(QString::number(partId), subtitle);
    return PlexRoutes::emptyOk();
}

/// The version `mediaIndex` names (absent or -1: the server's choice, the first); nullopt when the item has none such.
std::optional<int> mediaIndexOf(const DemoItem &item, const DemoRequest &req)
{
    const int index = req.query.intValue(QLatin1String("mediaIndex")).value_or(-1);
    if (index == -1)
        return 0;
    if (index < 0 || index >= DemoMedia::versions(item).size())
        return std::nullopt;
    return index;
}

/// What the transcoder was asked, for tests: the session, the item and the version.
QJsonObject logged(const DemoRequest &req, const DemoItem &item, int mediaIndex, QLatin1String request)
{
    QString session = req.query.value(QLatin1String("transcodeSessionId"));
    if (session.isEmpty())
        session = QString::fromUtf8(req.header("X-Plex-Session-Identifier"));
    return {{QStringLiteral("request"), request},
            {QStringLiteral("session"), session},
            {QStringLiteral("ratingKey"), QString::number(item.ratingKey)},
            {QStringLiteral("mediaIndex"), mediaIndex},
            {QStringLiteral("partId"), QString::number(PlexSerializer::partId(item, mediaIndex))}};
}

DemoReply decision(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = playableAt(s, req.query.value(QLatin1String("path")));
    if (!item)
        return PlexRoutes::htmlError(404);
    const std::optional<int> mediaIndex = mediaIndexOf(*item, req);
    if (!mediaIndex)
        return PlexRoutes::htmlError(400);
    DemoPlaybackDecision::Switches switches;
    switches.directPlay = req.query.intValue(QLatin1String("directPlay")).value_or(1) != 0;
    switches.directStream = req.query.intValue(QLatin1String("directStream")).value_or(1) != 0;
    std::optional<qint64> maxBitrate;
    if (const std::optional<qint64> kbps = req.query.int64Value(QLatin1String("maxVideoBitrate")); kbps && *kbps > 0)
        maxBitrate = *kbps * 1000;
    const DemoMedia::Version version = DemoMedia::versions(*item).value(*mediaIndex);
    DemoMediaFacts facts{version.container, version.videoCodec, version.audioCodec, version.bitrate, {}, false};
    const std::optional<int> subtitle = chosenSubtitle(s, PlexSerializer::partId(*item, *mediaIndex));
    if (subtitle) {
        facts.subtitleCodec = QStringLiteral("srt");
        facts.subtitleExternal = true;
    }
    const DemoPlaybackDecision decided = DemoPlaybackDecision::decide(facts, profileOf(req), maxBitrate, switches);
    PlexSerializer::Decision answer = plexDecision(decided, version, maxBitrate);
    answer.selectedSubtitle = subtitle;
    answer.mediaIndex = *mediaIndex;
    if (decided.burnInSubtitle)
        answer.burntSubtitle = subtitle;
    QJsonObject record = logged(req, *item, *mediaIndex, QLatin1String("decision"));
    record.insert(QStringLiteral("decision"), answer.part);
    s.transcodes.plexDecisions.append(record);
    DemoReply reply = DemoReply::json(QJsonObject());
    reply.body = PlexSerializer(s).decisionContainer(*item, answer);
    return reply;
}

/// `start.m3u8`: the conversion starts and its media playlist names the prepared segments of the session.
DemoReply start(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = playableAt(s, req.query.value(QLatin1String("path")));
    const QString session = req.query.value(QLatin1String("transcodeSessionId"));
    if (!item)
        return PlexRoutes::htmlError(404);
    const std::optional<int> mediaIndex = mediaIndexOf(*item, req);
    if (req.args.value(1) != QLatin1String("m3u8") || session.isEmpty() || !mediaIndex)
        return PlexRoutes::htmlError(400);
    s.transcodes.plexDecisions.append(logged(req, *item, *mediaIndex, QLatin1String("start")));
    if (!HlsRoutes::startConversion(s, *item, session))
        return PlexRoutes::htmlError(500);
    DemoReply reply;
    reply.contentType = "application/vnd.apple.mpegurl";
    reply.body = HlsRoutes::mediaPlaylist(*item, [&session](int index, qint64, qint64) {
        return QStringLiteral("session/%1/%2.ts").arg(QString::fromLatin1(QUrl::toPercentEncoding(session))).arg(index);
    });
    return reply;
}

DemoReply segment(DemoState &s, DemoRequest &req)
{
    const QString session = req.args.value(1);
    const DemoItem *item = s.library.find(s.transcodes.active.value(session));
    if (!item)
        return PlexRoutes::htmlError(404); // never started, or stopped
    if (!HlsRoutes::startConversion(s, *item, session))
        return PlexRoutes::htmlError(500);
    bool ok = false;
    const int index = req.args.value(2).toInt(&ok);
    if (!ok || index < 0 || index >= HlsRoutes::segmentCount(*item))
        return PlexRoutes::htmlError(404);
    DemoReply reply;
    reply.contentType = "video/mp2t";
    reply.body = DemoTranscodes::segments().at(index);
    return reply;
}

DemoReply stop(DemoState &s, DemoRequest &req)
{
    const QString session = req.query.value(QLatin1String("session"));
    if (session.isEmpty())
        return PlexRoutes::htmlError(400);
    s.transcodes.stopped.append(session);
    s.transcodes.active.remove(session);
    return PlexRoutes::emptyOk();
}

/// An external subtitle (`/library/streams/{id}.srt`), as the Part's subtitle streams name it.
DemoReply subtitle(DemoState &s, DemoRequest &req)
{
    qint64 partId = 0;
    int index = 0;
    int version = 0;
    bool ok = false;
    const qint64 streamId = req.args.value(0).toLongLong(&ok);
    if (!ok || !PlexSerializer::subtitleOfStream(streamId, &partId, &index))
        return PlexRoutes::htmlError(404);
    const DemoItem *item = PlexRoutes::itemOfPart(s, QString::number(partId), &version);
    const QString format = req.args.value(1);
    const QByteArray text = item ? DemoMedia::subtitleText(*item, index, format) : QByteArray();
    if (text.isEmpty())
        return PlexRoutes::htmlError(404);
    DemoReply reply;
    reply.contentType = DemoMedia::subtitleContentType(format);
    reply.body = text;
    return reply;
}

} // namespace

void PlexRoutes::addPlaybackRoutes(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    const QStringList transcodeParams{QStringLiteral("path"),          QStringLiteral("mediaIndex"),
                                      QStringLiteral("partIndex"),     QStringLiteral("protocol"),
                                      QStringLiteral("transcodeSessionId"), QStringLiteral("directPlay"),
                                      QStringLiteral("directStream"),  QStringLiteral("directStreamAudio"),
                                      QStringLiteral("subtitles"),     QStringLiteral("maxVideoBitrate")};
    router.add({"GET", QStringLiteral("/{transcodeType}/:/transcode/universal/decision"), true, transcodeParams,
                [s](DemoRequest &req) { return decision(*s, req); }});
    router.add({"GET", QStringLiteral("/{transcodeType}/:/transcode/universal/start.{extension}"), true,
                transcodeParams, [s](DemoRequest &req) { return start(*s, req); }});
    router.add({"GET", QStringLiteral("/{transcodeType}/:/transcode/universal/session/{sessionId}/{segmentId}.ts"),
                true, {}, [s](DemoRequest &req) { return segment(*s, req); }});
    router.add({"GET", QStringLiteral("/{transcodeType}/:/transcode/universal/stop"), true, {QStringLiteral("session")},
                [s](DemoRequest &req) { return stop(*s, req); }});
    router.add({"PUT", QStringLiteral("/library/parts/{partId}"), true,
                {QStringLiteral("audioStreamID"), QStringLiteral("subtitleStreamID"), QStringLiteral("allParts")},
                [s](DemoRequest &req) { return chooseStreams(*s, req); }});
    router.add({"GET", QStringLiteral("/library/streams/{streamId}.{ext}"), true, {},
                [s](DemoRequest &req) { return subtitle(*s, req); }});
}

} // namespace marquee
