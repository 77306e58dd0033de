// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/hlsroutes.h"

#include "core/ticks.h"
#include "demoserver/demomedia.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

#include <QUrl>
#include <QUrlQuery>

namespace marquee {

namespace {

/// The query names the playlist and segment routes read (all exist in the spec for each of them).
const QStringList kHlsParams{QStringLiteral("mediaSourceId"), QStringLiteral("playSessionId"),
                             QStringLiteral("deviceId"), QStringLiteral("videoBitRate"),
                             QStringLiteral("audioBitRate")};

/// What the playlist and segment addresses carry on from the request (the real server passes its whole query on).
QString queryOf(const DemoRequest &req, const QList<std::pair<QString, QString>> &extra = {})
{
    QUrlQuery query;
    for (const auto &[name, key] : {std::pair{QStringLiteral("PlaySessionId"), QLatin1String("playSessionId")},
                                    std::pair{QStringLiteral("MediaSourceId"), QLatin1String("mediaSourceId")}}) {
        if (const QString value = req.query.value(key); !value.isEmpty())
            query.addQueryItem(name, value);
    }
    for (const auto &[name, value] : extra)
        query.addQueryItem(name, value);
    return query.toString(QUrl::FullyEncoded);
}

/// Finds the item and notes that the play session's conversion runs; an error reply when it cannot.
std::optional<DemoReply> startConversion(DemoState &s, const DemoRequest &req, const DemoItem **item)
{
    *item = s.library.find(req.args.value(0));
    if (!*item || !(*item)->isPlayable())
        return DemoReply::notFound(QStringLiteral("Item not found"));
    if (!HlsRoutes::startConversion(s, **item, req.query.value(QLatin1String("playSessionId"))))
        return DemoReply::serverError(500);
    return std::nullopt;
}

DemoReply playlist(QByteArray text)
{
    DemoReply reply;
    reply.contentType = "application/x-mpegURL";
    reply.body = std::move(text);
    return reply;
}

DemoReply master(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = nullptr;
    if (std::optional<DemoReply> refused = startConversion(s, req, &item))
        return *refused;
    if (req.query.value(QLatin1String("mediaSourceId")).isEmpty())
        return DemoReply::badRequest(QStringLiteral("The MediaSourceId field is required."));
    const qint64 bandwidth = req.query.int64Value(QLatin1String("videoBitRate")).value_or(1'000'000)
        + req.query.int64Value(QLatin1String("audioBitRate")).value_or(128'000);
    return playlist(QStringLiteral("#EXTM3U\n"
                                   "#EXT-X-STREAM-INF:BANDWIDTH=%1,AVERAGE-BANDWIDTH=%1,"
                                   "CODECS=\"avc1.42c015,mp4a.40.2\",RESOLUTION=256x144\n"
                                   "main.m3u8?%2\n")
                        .arg(bandwidth)
                        .arg(queryOf(req))
                        .toUtf8());
}

DemoReply mainPlaylist(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = nullptr;
    if (std::optional<DemoReply> refused = startConversion(s, req, &item))
        return *refused;
    return playlist(HlsRoutes::mediaPlaylist(*item, [&req](int index, qint64 start, qint64 length) {
        return QStringLiteral("hls1/main/%1.ts?%2")
            .arg(index)
            .arg(queryOf(req, {{QStringLiteral("runtimeTicks"), QString::number(start)},
                               {QStringLiteral("actualSegmentLengthTicks"), QString::number(length)}}));
    }));
}

DemoReply segment(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = nullptr;
    if (std::optional<DemoReply> refused = startConversion(s, req, &item))
        return *refused;
    bool ok = false;
    const int index = req.args.value(2).toInt(&ok);
    if (!ok || index < 0 || index >= HlsRoutes::segmentCount(*item)
        || req.args.value(3).compare(QLatin1String("ts"), Qt::CaseInsensitive) != 0)
        return DemoReply::notFound(QStringLiteral("Segment not found"));
    DemoReply reply;
    reply.contentType = "video/mp2t";
    reply.body = DemoTranscodes::segments().at(index);
    return reply;
}

} // namespace

int HlsRoutes::segmentCount(const DemoItem &item)
{
    const qint64 length = DemoMedia::streamTicks(item);
    const int needed = int((length + DemoTranscodes::SegmentTicks - 1) / DemoTranscodes::SegmentTicks);
    return qBound(1, needed, int(DemoTranscodes::segments().size()));
}

bool HlsRoutes::startConversion(DemoState &state, const DemoItem &item, const QString &playSessionId)
{
    if (state.transcodes.failing || DemoTranscodes::segments().isEmpty())
        return false;
    if (!playSessionId.isEmpty())
        state.transcodes.active.insert(playSessionId, item.id);
    return true;
}

QByteArray HlsRoutes::mediaPlaylist(const DemoItem &item, const SegmentUri &segmentUri)
{
    const qint64 length = DemoMedia::streamTicks(item);
    QString text = QStringLiteral("#EXTM3U\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:%1\n"
                                  "#EXT-X-MEDIA-SEQUENCE:0\n")
                       .arg(DemoTranscodes::SegmentTicks / TicksPerSecond);
    const int count = segmentCount(item);
    for (int i = 0; i < count; ++i) {
        const qint64 start = i * DemoTranscodes::SegmentTicks;
        const qint64 segmentLength = qMin(DemoTranscodes::SegmentTicks, length - start);
        text += QStringLiteral("#EXTINF:%1, nodesc\n%2\n")
                    .arg(double(segmentLength) / double(TicksPerSecond), 0, 'f', 6)
                    .arg(segmentUri(i, start, segmentLength));
    }
    text += QStringLiteral("#EXT-X-ENDLIST\n");
    return text.toUtf8();
}

void HlsRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/Videos/{itemId}/master.m3u8"), true, kHlsParams,
                [s](DemoRequest &req) { return master(*s, req); }});
    router.add({"GET", QStringLiteral("/Videos/{itemId}/main.m3u8"), true, kHlsParams,
                [s](DemoRequest &req) { return mainPlaylist(*s, req); }});
    router.add({"GET", QStringLiteral("/Videos/{itemId}/hls1/{playlistId}/{segmentId}.{container}"), true,
                kHlsParams + QStringList{QStringLiteral("runtimeTicks"), QStringLiteral("actualSegmentLengthTicks")},
                [s](DemoRequest &req) { return segment(*s, req); }});
}

} // namespace marquee
