// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/mediaroutes.h"

#include "demoserver/demoformat.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"
#include "demoserver/mediafilereply.h"

namespace marquee {

namespace {

const QStringList kImageParams{QStringLiteral("maxWidth"), QStringLiteral("maxHeight"), QStringLiteral("width"),
                               QStringLiteral("height"), QStringLiteral("quality"), QStringLiteral("fillWidth"),
                               QStringLiteral("fillHeight"), QStringLiteral("tag"), QStringLiteral("format"),
                               QStringLiteral("imageIndex")};

DemoReply image(DemoState &s, DemoRequest &req)
{
    const QString type = req.args.value(1);
    const int index = req.args.size() > 2 ? req.args.value(2).toInt() : req.query.intValue(QLatin1String("imageIndex")).value_or(0);
    DemoImageRequest r;
    r.itemId = DemoFormat::normalizeId(req.args.value(0));
    if (const DemoItem *item = s.library.find(r.itemId)) {
        const bool primary = type.compare(QLatin1String("Primary"), Qt::CaseInsensitive) == 0;
        const bool hasArt = item->kind == DemoItemKind::Movie || item->kind == DemoItemKind::Series;
        const bool backdrop = type.compare(QLatin1String("Backdrop"), Qt::CaseInsensitive) == 0;
        const bool thumb = type.compare(QLatin1String("Thumb"), Qt::CaseInsensitive) == 0;
        if (!(primary || ((backdrop || thumb) && hasArt)) || index != 0)
            return DemoReply::notFound(QStringLiteral("Image not found"));
        r.imageType = primary ? QStringLiteral("Primary") : (backdrop ? QStringLiteral("Backdrop") : QStringLiteral("Thumb"));
        r.title = item->name;
        r.landscape = item->kind == DemoItemKind::Episode;
        if (item->kind == DemoItemKind::Episode)
            r.subtitle = QStringLiteral("S%1 E%2").arg(item->parentIndexNumber).arg(item->indexNumber);
        r.itemId += QString::number(item->imageVersion); // a rename redraws
    } else if (const DemoPerson *person = s.library.findPerson(r.itemId)) {
        if (type.compare(QLatin1String("Primary"), Qt::CaseInsensitive) != 0 || index != 0)
            return DemoReply::notFound(QStringLiteral("Image not found"));
        r.imageType = QStringLiteral("Primary");
        r.title = person->name;
    } else {
        return DemoReply::notFound(QStringLiteral("Item not found"));
    }
    const QueryParams &q = req.query;
    r.maxWidth = q.intValue(QLatin1String("maxWidth")).value_or(0);
    r.maxHeight = q.intValue(QLatin1String("maxHeight")).value_or(0);
    r.width = q.intValue(QLatin1String("width")).value_or(0);
    r.height = q.intValue(QLatin1String("height")).value_or(0);
    if (r.width == 0 && r.height == 0) { // fillWidth/fillHeight behave as bounds here
        r.maxWidth = r.maxWidth > 0 ? r.maxWidth : q.intValue(QLatin1String("fillWidth")).value_or(0);
        r.maxHeight = r.maxHeight > 0 ? r.maxHeight : q.intValue(QLatin1String("fillHeight")).value_or(0);
    }
    r.quality = q.intValue(QLatin1String("quality")).value_or(90);
    r.format = q.value(QLatin1String("format"));
    const DemoImage img = s.images.render(r);

    DemoReply reply;
    reply.addHeader("ETag", img.etag);
    reply.addHeader("Last-Modified", DemoFormat::httpDate(LibraryGenerator::BaseTimeMs));
    // As ImageController: a tagged URL names immutable bytes.
    reply.addHeader("Cache-Control", q.has(QLatin1String("tag")) ? "public, max-age=31536000, immutable" : "public");
    if (req.header("If-None-Match") == img.etag) {
        reply.status = 304;
        return reply;
    }
    reply.contentType = img.contentType;
    reply.body = img.data;
    return reply;
}

DemoReply stream(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item || !item->isPlayable())
        return DemoReply::notFound(QStringLiteral("Item not found"));
    return MediaRoutes::videoReply(s, req, *item);
}

} // namespace

DemoReply MediaRoutes::videoReply(const DemoState &s, const DemoRequest &req, const DemoItem &item)
{
    // The item's file: the sample clip looped to its runtime (a resume from an hour in plays from an hour in), or
    // what replaced it.
    DemoReply reply = MediaFileReply::make(s, item, req);
    if (reply.status != 500)
        reply.addHeader("ETag", '"' + ItemSerializer::etag(item).toLatin1() + '"');
    return reply;
}

void MediaRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
        router.add({method, QStringLiteral("/Items/{itemId}/Images/{imageType}"), false, kImageParams,
                    [s](DemoRequest &req) { return image(*s, req); }});
        router.add({method, QStringLiteral("/Items/{itemId}/Images/{imageType}/{imageIndex}"), false,
                    QStringList(kImageParams.begin(), kImageParams.end() - 1),
                    [s](DemoRequest &req) { return image(*s, req); }});
        router.add({method, QStringLiteral("/Videos/{itemId}/stream"), false,
                    {QStringLiteral("static"), QStringLiteral("mediaSourceId"), QStringLiteral("playSessionId"),
                     QStringLiteral("deviceId"), QStringLiteral("tag"), QStringLiteral("container"),
                     QStringLiteral("startTimeTicks"), QStringLiteral("audioStreamIndex"),
                     QStringLiteral("subtitleStreamIndex")},
                    [s](DemoRequest &req) { return stream(*s, req); }});
    }
}

} // namespace marquee
