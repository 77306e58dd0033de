// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexplaybackrequests.h"

#include "backend/plexrequests.h"

namespace marquee {

namespace {

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

/// Plex names MPEG-TS "mpegts"; the other containers as the player does.
QString plexContainer(const QString &container)
{
    return container == QLatin1String("ts") ? QStringLiteral("mpegts") : container;
}

QString listOrAll(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("*") : names.join(QLatin1Char(','));
}

} // namespace

QueryItems PlexPlaybackRequests::transcodeQuery(const PlaybackInfoRequest &request, const QString &sessionId,
                                                int mediaIndex)
{
    QueryItems query{{QStringLiteral("path"), PlexRequests::metadataPath(request.itemId)},
                     {QStringLiteral("mediaIndex"), QString::number(std::max(0, mediaIndex))},
                     {QStringLiteral("partIndex"), QStringLiteral("0")},
                     {QStringLiteral("protocol"), QStringLiteral("hls")},
                     {QStringLiteral("transcodeSessionId"), sessionId},
                     {QStringLiteral("directPlay"), flag(request.enableDirectPlay)},
                     {QStringLiteral("directStream"), flag(request.enableDirectStream)},
                     {QStringLiteral("directStreamAudio"), flag(request.enableDirectStream)},
                     {QStringLiteral("subtitles"), QStringLiteral("auto")}};
    if (request.maxStreamingBitrate && *request.maxStreamingBitrate > 0)
        query.append({QStringLiteral("maxVideoBitrate"), QString::number(*request.maxStreamingBitrate / 1000)});
    query.append({QStringLiteral("X-Plex-Client-Profile-Name"), QStringLiteral("Generic")});
    query.append({QStringLiteral("X-Plex-Client-Profile-Extra"), profileExtra(request.capabilities)});
    return query;
}

QString PlexPlaybackRequests::startUrl(const PlaybackInfoRequest &request, const QString &sessionId, int mediaIndex)
{
    return endpointUrl(QUrl(), StartPath, transcodeQuery(request, sessionId, mediaIndex)).toString(QUrl::FullyEncoded);
}

int PlexPlaybackRequests::mediaIndexOf(const QList<MediaSource> &versions, const QString &mediaSourceId)
{
    if (mediaSourceId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (versions.at(i).id == mediaSourceId)
            return int(i);
    }
    const QString partId = partIdOf(mediaSourceId);
    for (qsizetype i = 0; i < versions.size() && !partId.isEmpty(); ++i) {
        if (partIdOf(versions.at(i).id) == partId)
            return int(i);
    }
    return 0;
}

QString PlexPlaybackRequests::partIdOf(const QString &partKey)
{
    static const QLatin1String prefix("/library/parts/");
    if (!partKey.startsWith(prefix))
        return {};
    return partKey.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
}

QueryItems PlexPlaybackRequests::stopQuery(const QString &sessionId)
{
    return {{QStringLiteral("session"), sessionId}};
}

QueryItems PlexPlaybackRequests::streamSelection(const PlaybackInfoRequest &request, const PlexPartStreams &part)
{
    QueryItems query;
    if (request.audioStreamIndex && part.streamIds.contains(*request.audioStreamIndex))
        query.append({QStringLiteral("audioStreamID"), part.streamIds.value(*request.audioStreamIndex)});
    if (request.subtitleStreamIndex && *request.subtitleStreamIndex < 0)
        query.append({QStringLiteral("subtitleStreamID"), QStringLiteral("0")});
    else if (request.subtitleStreamIndex && part.streamIds.contains(*request.subtitleStreamIndex))
        query.append({QStringLiteral("subtitleStreamID"), part.streamIds.value(*request.subtitleStreamIndex)});
    return query;
}

QString PlexPlaybackRequests::profileExtra(const PlayerCapabilities &capabilities)
{
    const QString target =
        QStringLiteral("add-transcode-target(type=videoProfile&context=streaming&protocol=hls&container=%1"
                       "&videoCodec=%2&audioCodec=%3)")
            .arg(plexContainer(capabilities.transcodingContainer), capabilities.transcodingVideoCodec,
                 capabilities.transcodingAudioCodec);
    QStringList containers;
    for (const QString &container : capabilities.containers)
        containers.append(plexContainer(container));
    const QString directPlay =
        QStringLiteral("add-direct-play-profile(type=videoProfile&container=%1&videoCodec=%2&audioCodec=%3"
                       "&subtitleCodec=%4)")
            .arg(listOrAll(containers), listOrAll(capabilities.videoCodecs), listOrAll(capabilities.audioCodecs),
                 listOrAll(capabilities.subtitleFormats));
    return target + QLatin1Char('+') + directPlay;
}

} // namespace marquee
