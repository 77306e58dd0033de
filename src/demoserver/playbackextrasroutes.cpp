// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/playbackextrasroutes.h"

#include "demoserver/demomedia.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"
#include "demoserver/demotrickplay.h"


namespace marquee {

namespace {

DemoReply segments(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item)
        return DemoReply::notFound(QStringLiteral("Item not found"));
    const QStringList wanted = req.query.list(QLatin1String("includeSegmentTypes"));
    QJsonArray items;
    for (const QJsonValue &segment : DemoMedia::segments(*item)) {
        const QString type = segment.toObject().value(QStringLiteral("Type")).toString();
        if (wanted.isEmpty() || wanted.contains(type, Qt::CaseInsensitive))
            items.append(segment);
    }
    return DemoReply::json(QJsonObject{{QStringLiteral("Items"), items},
                                       {QStringLiteral("TotalRecordCount"), items.size()},
                                       {QStringLiteral("StartIndex"), 0}});
}

DemoReply subtitle(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    DemoMedia::Version version;
    if (!item || !DemoMedia::version(*item, req.args.value(1), &version))
        return DemoReply::notFound(QStringLiteral("Item not found"));
    const QString format = req.args.value(3);
    const QByteArray text = DemoMedia::subtitleText(*item, req.args.value(2).toInt(), format);
    if (text.isEmpty())
        return DemoReply::notFound(QStringLiteral("Subtitle not found"));
    DemoReply reply;
    reply.contentType = DemoMedia::subtitleContentType(format);
    reply.body = text;
    return reply;
}

DemoReply trickplay(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item || !item->isPlayable())
        return DemoReply::notFound(QStringLiteral("Item not found"));
    bool ok = false;
    const int index = req.args.value(2).toInt(&ok);
    const int perTile = DemoMedia::TrickplayTileColumns * DemoMedia::TrickplayTileRows;
    const int thumbnails = DemoMedia::trickplayThumbnails(*item);
    if (req.args.value(1).toInt() != DemoMedia::TrickplayWidth || !ok || index < 0 || index * perTile >= thumbnails)
        return DemoReply::notFound(QStringLiteral("Trickplay tile not found"));
    DemoReply reply;
    reply.contentType = "image/jpeg";
    reply.addHeader("Cache-Control", "public");
    reply.body = DemoTrickplay::tile(index, thumbnails);
    return reply;
}

} // namespace

void PlaybackExtrasRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/MediaSegments/{itemId}"), true, {QStringLiteral("includeSegmentTypes")},
                [s](DemoRequest &req) { return segments(*s, req); }});
    router.add({"GET",
                QStringLiteral("/Videos/{routeItemId}/{routeMediaSourceId}/Subtitles/{routeIndex}/Stream.{routeFormat}"),
                false, {}, [s](DemoRequest &req) { return subtitle(*s, req); }});
    router.add({"GET", QStringLiteral("/Videos/{itemId}/Trickplay/{width}/{index}.jpg"), true,
                {QStringLiteral("mediaSourceId")}, [s](DemoRequest &req) { return trickplay(*s, req); }});
}

} // namespace marquee
