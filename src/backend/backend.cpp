// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"

#include "backend/resultpromise.h"

#include <QUuid>

namespace marquee {

QFuture<Status> Backend::ping(CancelToken cancel)
{
    return serverInfo(std::move(cancel)).then([](const Result<ServerInfo> &info) {
        return info ? success() : Status(info.error());
    });
}

QFuture<Result<PlaybackInfo>> Backend::playbackInfo(const PlaybackInfoRequest &request, CancelToken)
{
    PlaybackSource original;
    original.id = request.mediaSourceId;
    original.supportsDirectPlay = true;
    return finishedFuture<PlaybackInfo>(
        PlaybackInfo{{original}, QUuid::createUuid().toString(QUuid::Id128), QString()});
}

StreamSource Backend::serverStream(const QString &) const
{
    return {};
}

StreamSource Backend::downloadSource(const QString &) const
{
    return {};
}

QFuture<Status> Backend::stopTranscoding(const QString &)
{
    return finishedFuture<std::monostate>(success());
}

QFuture<Result<QList<MediaSegment>>> Backend::mediaSegments(const QString &, CancelToken)
{
    return finishedFuture<QList<MediaSegment>>(QList<MediaSegment>());
}

QFuture<Result<PlaybackExtras>> Backend::playbackExtras(const QString &, CancelToken)
{
    return finishedFuture<PlaybackExtras>(PlaybackExtras());
}

QFuture<Result<QByteArray>> Backend::trickplayTile(const QString &, const TrickplayInfo &, int, CancelToken)
{
    return finishedFuture<QByteArray>(
        Error{ErrorKind::ClientError, QStringLiteral("this server has no trickplay images"), {}, 0});
}

} // namespace marquee
