// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoformat.h"
#include "demoserver/demomedia.h"
#include "demoserver/demostate.h"
#include "demoserver/demotrickplay.h"
#include "demoserver/librarygenerator.h"
#include "demoserver/mediaroutes.h"
#include "demoserver/plexroutes.h"
#include "demoserver/plexserializer.h"

#include <QRegularExpression>

namespace marquee {

namespace {

/// Draws @p element ("thumb" or "art") of the item @p ratingKey, within @p width × @p height when given.
DemoReply itemImage(DemoState &s, const QString &ratingKey, const QString &element, int width, int height,
                    int quality)
{
    DemoImageRequest r;
    if (const DemoItem *item = PlexRoutes::itemByKey(s, ratingKey)) {
        const bool art = element == QLatin1String("art");
        if (art && item->kind != DemoItemKind::Movie && item->kind != DemoItemKind::Series)
            return PlexRoutes::htmlError(404);
        r.itemId = item->id + QString::number(item->imageVersion);
        r.imageType = art ? QStringLiteral("Backdrop") : QStringLiteral("Primary");
        r.title = item->name;
        r.landscape = item->kind == DemoItemKind::Episode;
        if (item->kind == DemoItemKind::Episode)
            r.subtitle = QStringLiteral("S%1 E%2").arg(item->parentIndexNumber).arg(item->indexNumber);
    } else {
        return PlexRoutes::htmlError(404);
    }
    r.maxWidth = width;
    r.maxHeight = height;
    r.quality = quality;
    const DemoImage image = s.images.render(r);
    DemoReply reply;
    reply.contentType = image.contentType;
    reply.body = image.data;
    reply.addHeader("Cache-Control", "public, max-age=31536000");
    return reply;
}

DemoReply personImage(DemoState &s, int personNumber, int width, int height)
{
    const auto &people = s.library.people();
    if (personNumber < 1 || personNumber > people.size())
        return PlexRoutes::htmlError(404);
    DemoImageRequest r;
    r.itemId = people.at(personNumber - 1).id;
    r.imageType = QStringLiteral("Primary");
    r.title = people.at(personNumber - 1).name;
    r.maxWidth = width;
    r.maxHeight = height;
    const DemoImage image = s.images.render(r);
    DemoReply reply;
    reply.contentType = image.contentType;
    reply.body = image.data;
    return reply;
}

DemoReply transcode(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    const QString source = q.value(QLatin1String("url"));
    const int width = std::max(0, q.intValue(QLatin1String("width")).value_or(0));
    const int height = std::max(0, q.intValue(QLatin1String("height")).value_or(0));
    const int quality = std::clamp(q.intValue(QLatin1String("quality")).value_or(90), 1, 100);
    static const QRegularExpression itemPath(QStringLiteral("^/library/metadata/(\\d+)/(thumb|art)(?:/\\d+)?$"));
    static const QRegularExpression personPath(QStringLiteral("^/library/people/(\\d+)/thumb$"));
    if (const QRegularExpressionMatch m = itemPath.match(source); m.hasMatch())
        return itemImage(s, m.captured(1), m.captured(2), width, height, quality);
    if (const QRegularExpressionMatch m = personPath.match(source); m.hasMatch())
        return personImage(s, m.captured(1).toInt(), width, height);
    return PlexRoutes::htmlError(source.isEmpty() ? 400 : 404);
}

DemoReply part(DemoState &s, DemoRequest &req)
{
    int version = 0;
    const DemoItem *item = PlexRoutes::itemOfPart(s, req.args.value(0), &version);
    if (!item)
        return PlexRoutes::htmlError(404);
    ++s.transcodes.plexPartRequests[req.args.value(0)];
    DemoReply reply = MediaRoutes::videoReply(s, req, *item);
    if (req.query.intValue(QLatin1String("download")).value_or(0) == 1)
        reply.addHeader("Content-Disposition", "attachment; filename=\"" + req.args.value(2).toUtf8() + '"');
    return reply;
}

/// `/library/parts/{partId}/indexes/sd`: the part's preview thumbnails as one BIF file (official
/// `libraryGetPartsPartIndexesIndex`). An `interval` below the pictures' own is 404, as the specification says.
DemoReply partIndex(DemoState &s, DemoRequest &req)
{
    int version = 0;
    const DemoItem *item = PlexRoutes::itemOfPart(s, req.args.value(0), &version);
    if (!item || req.args.value(1) != QLatin1String("sd"))
        return PlexRoutes::htmlError(404);
    if (req.query.intValue(QLatin1String("interval")).value_or(DemoMedia::TrickplayIntervalMs) < DemoMedia::TrickplayIntervalMs)
        return PlexRoutes::htmlError(404);
    DemoReply reply;
    reply.contentType = "application/octet-stream";
    reply.body = DemoTrickplay::bif(DemoMedia::trickplayThumbnails(*item));
    return reply;
}

} // namespace

void PlexRoutes::addMediaRoutes(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/photo/:/transcode"), true,
                {QStringLiteral("url"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("quality"),
                 QStringLiteral("minSize"), QStringLiteral("upscale"), QStringLiteral("format")},
                [s](DemoRequest &req) { return transcode(*s, req); }});
    router.add({"GET", QStringLiteral("/library/metadata/{ids}/{element}/{timestamp}"), true, {},
                [s](DemoRequest &req) { return itemImage(*s, req.args.value(0), req.args.value(1), 0, 0, 90); }});
    router.add({"GET", QStringLiteral("/library/parts/{partId}/{changestamp}/{filename}"), true,
                {QStringLiteral("download")}, [s](DemoRequest &req) { return part(*s, req); }});
    router.add({"GET", QStringLiteral("/library/parts/{partId}/indexes/{index}"), true, {QStringLiteral("interval")},
                [s](DemoRequest &req) { return partIndex(*s, req); }});
}

} // namespace marquee
