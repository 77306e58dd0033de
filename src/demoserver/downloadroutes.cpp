// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/downloadroutes.h"

#include "demoserver/democontrols.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"
#include "demoserver/mediafilereply.h"

namespace marquee {

namespace {

DemoReply forbidden()
{
    DemoReply reply;
    reply.status = 403; // the spec documents no body for it
    return reply;
}

DemoReply download(DemoState &s, DemoRequest &req)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item)
        return DemoReply::notFound(QStringLiteral("Item not found"));
    // The "Download" policy (EnableContentDownloading), then BaseItem.CanDownload: folders cannot be downloaded.
    if (!s.controls().downloadsAllowed() || !item->isPlayable())
        return forbidden();
    DemoReply reply = MediaFileReply::make(s, *item, req);
    // PhysicalFile(path, type, fileName): the server's own file name, quotes removed.
    const QByteArray name = item->id.toLatin1() + ".mp4";
    reply.addHeader("Content-Disposition", "attachment; filename=" + name + "; filename*=UTF-8''" + name);
    return reply;
}

} // namespace

void DownloadRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/Items/{itemId}/Download"), true, {},
                [s](DemoRequest &req) { return download(*s, req); }});
}

} // namespace marquee
