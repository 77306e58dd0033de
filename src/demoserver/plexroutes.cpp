// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/plexroutes.h"

#include "demoserver/demomedia.h"
#include "demoserver/demostate.h"
#include "demoserver/plexserializer.h"

#include <QUrlQuery>

namespace marquee {

QString PlexRoutes::tokenOf(const QUrl &url, const QByteArray &header)
{
    if (!header.isEmpty())
        return QString::fromUtf8(header);
    return QUrlQuery(url).queryItemValue(QStringLiteral("X-Plex-Token"), QUrl::FullyDecoded);
}

DemoReply PlexRoutes::emptyOk()
{
    DemoReply reply;
    reply.contentType = "text/html";
    return reply;
}

DemoReply PlexRoutes::htmlError(int status)
{
    const QByteArray title = status == 400 ? "400 Bad Request"
        : status == 401                     ? "401 Unauthorized"
        : status == 404                     ? "404 Not Found"
                                            : QByteArray::number(status);
    DemoReply reply;
    reply.status = status;
    reply.contentType = "text/html";
    reply.body = "<html><head><title>" + title.mid(4) + "</title></head><body><h1>" + title + "</h1></body></html>";
    return reply;
}

const DemoItem *PlexRoutes::itemByKey(const DemoState &state, QStringView ratingKey)
{
    const DemoItem *item = state.library.findByRatingKey(ratingKey.trimmed());
    return item && item->kind != DemoItemKind::CollectionFolder ? item : nullptr;
}

const DemoItem *PlexRoutes::itemOfPart(const DemoState &state, QStringView partId, int *version)
{
    bool ok = false;
    qint64 ratingKey = 0;
    const qint64 id = partId.trimmed().toLongLong(&ok);
    if (!ok || !PlexSerializer::partOf(id, &ratingKey, version))
        return nullptr;
    const DemoItem *item = itemByKey(state, QString::number(ratingKey));
    return item && item->isPlayable() && *version < DemoMedia::versions(*item).size() ? item : nullptr;
}

} // namespace marquee
