// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbackplanner.h"

#include "backend/backend.h"
#include "backend/resultpromise.h"
#include "core/logging.h"

#include <QPointer>
#include <QtConcurrent>

namespace marquee {

namespace {

Error noServer()
{
    return Error{ErrorKind::Offline, QStringLiteral("no server is connected"), {}, 0};
}

/// The server said why it will not play the item at all.
Error refusal(const QString &errorCode)
{
    const ErrorKind kind = errorCode == QLatin1String("NotAllowed") ? ErrorKind::ClientError : ErrorKind::BadResponse;
    return Error{kind, QStringLiteral("the server answered %1").arg(errorCode), {},
                 errorCode == QLatin1String("NotAllowed") ? 403 : 0};
}

} // namespace

PlaybackPlanner::PlaybackPlanner(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

Result<PlaybackPlan> PlaybackPlanner::planFrom(const PlaybackInfo &info, const PlaybackInfoRequest &request,
                                               const Backend &backend)
{
    if (!info.errorCode.isEmpty())
        return refusal(info.errorCode);
    PlaybackPlan plan;
    plan.itemId = request.itemId;
    plan.playSessionId = info.playSessionId;
    plan.versions = info.sources;
    plan.maxBitrate = request.maxStreamingBitrate;
    plan.audioStreamIndex = request.audioStreamIndex;
    plan.subtitleStreamIndex = request.subtitleStreamIndex;
    const PlaybackSource *chosen = info.sources.isEmpty() ? nullptr : &info.sources.first();
    for (const PlaybackSource &source : info.sources) {
        if (!request.mediaSourceId.isEmpty() && source.id == request.mediaSourceId)
            chosen = &source;
    }
    if (!chosen)
        return Error{ErrorKind::BadResponse, QStringLiteral("the server offered no version of the item"), {}, 0};
    plan.source = *chosen;
    if (chosen->supportsDirectPlay) {
        plan.method = PlayMethod::DirectPlay;
        plan.stream = backend.directStream(request.itemId, chosen->id);
    } else if (!chosen->transcodingUrl.isEmpty()) {
        // A remux also runs through the server's conversion (the streams are copied): it must be stopped too.
        plan.method = chosen->supportsDirectStream ? PlayMethod::DirectStream : PlayMethod::Transcode;
        plan.stream = backend.serverStream(chosen->transcodingUrl);
        plan.converted = true;
    } else if (chosen->supportsDirectStream) {
        plan.method = PlayMethod::DirectStream;
        plan.stream = backend.directStream(request.itemId, chosen->id);
    } else {
        return refusal(QStringLiteral("NoCompatibleStream"));
    }
    if (!plan.stream.url.isValid())
        return Error{ErrorKind::BadResponse, QStringLiteral("the server gave no usable stream address"), {}, 0};
    return plan;
}

QFuture<Result<PlaybackPlan>> PlaybackPlanner::plan(const PlaybackInfoRequest &request)
{
    if (!m_backend)
        return finishedFuture<PlaybackPlan>(noServer());
    QPointer<Backend> backend = m_backend;
    return m_backend->playbackInfo(request).then(
        this, [backend, request](const Result<PlaybackInfo> &info) -> Result<PlaybackPlan> {
            if (!info)
                return info.error();
            if (!backend)
                return noServer();
            return planFrom(info.value(), request, *backend);
        });
}

StreamSource PlaybackPlanner::subtitleStream(const PlaybackStream &stream) const
{
    return m_backend && !stream.deliveryUrl.isEmpty() ? m_backend->serverStream(stream.deliveryUrl) : StreamSource{};
}

QFuture<QList<MediaSegment>> PlaybackPlanner::segments(const QString &itemId)
{
    if (!m_backend)
        return QtFuture::makeReadyFuture(QList<MediaSegment>());
    return m_backend->mediaSegments(itemId).then(this, [itemId](const Result<QList<MediaSegment>> &segments) {
        if (!segments) {
            qCInfo(lcPlayer).noquote() << "no segments for" << itemId << ":" << segments.error().toString();
            return QList<MediaSegment>();
        }
        return segments.value();
    });
}

QFuture<PlaybackExtras> PlaybackPlanner::extras(const QString &itemId)
{
    if (!m_backend)
        return QtFuture::makeReadyFuture(PlaybackExtras());
    return m_backend->playbackExtras(itemId).then(this, [itemId](const Result<PlaybackExtras> &extras) {
        if (!extras) {
            qCInfo(lcPlayer).noquote() << "no chapters or trickplay for" << itemId << ":" << extras.error().toString();
            return PlaybackExtras();
        }
        return extras.value();
    });
}

QFuture<Result<QImage>> PlaybackPlanner::trickplayTile(const QString &itemId, const TrickplayInfo &info, int tileIndex)
{
    if (!m_backend)
        return finishedFuture<QImage>(noServer());
    return m_backend->trickplayTile(itemId, info, tileIndex)
        .then(QtFuture::Launch::Async, [](const Result<QByteArray> &bytes) -> Result<QImage> {
            if (!bytes)
                return bytes.error();
            QImage image = QImage::fromData(bytes.value());
            if (image.isNull())
                return Error{ErrorKind::BadResponse, QStringLiteral("a trickplay tile that is not an image"), {}, 0};
            return image;
        });
}

} // namespace marquee
