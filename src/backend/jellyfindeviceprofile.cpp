// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfindeviceprofile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace marquee {

namespace {

QString joined(const QStringList &names)
{
    return names.join(QLatin1Char(','));
}

} // namespace

QJsonObject JellyfinDeviceProfile::deviceProfile(const PlayerCapabilities &capabilities, qint64 maxBitrate)
{
    const QJsonObject directVideo{{QStringLiteral("Type"), QStringLiteral("Video")},
                                  {QStringLiteral("Container"), joined(capabilities.containers)},
                                  {QStringLiteral("VideoCodec"), joined(capabilities.videoCodecs)},
                                  {QStringLiteral("AudioCodec"), joined(capabilities.audioCodecs)}};
    const QJsonObject directAudio{{QStringLiteral("Type"), QStringLiteral("Audio")},
                                  {QStringLiteral("Container"), joined(capabilities.containers)},
                                  {QStringLiteral("AudioCodec"), joined(capabilities.audioCodecs)}};
    const QJsonObject transcoding{{QStringLiteral("Type"), QStringLiteral("Video")},
                                  {QStringLiteral("Container"), capabilities.transcodingContainer},
                                  {QStringLiteral("Protocol"), QStringLiteral("hls")},
                                  {QStringLiteral("Context"), QStringLiteral("Streaming")},
                                  {QStringLiteral("VideoCodec"), capabilities.transcodingVideoCodec},
                                  {QStringLiteral("AudioCodec"), capabilities.transcodingAudioCodec},
                                  {QStringLiteral("MaxAudioChannels"), QStringLiteral("6")},
                                  {QStringLiteral("MinSegments"), 1},
                                  {QStringLiteral("BreakOnNonKeyFrames"), true}};
    // Subtitles mpv draws itself: embedded in what plays, or fetched from the server's address beside it. Anything
    // else the server must burn into the picture (Encode), which it does only when it has to.
    QJsonArray subtitles;
    for (const QString &format : capabilities.subtitleFormats) {
        for (const QString &method : {QStringLiteral("Embed"), QStringLiteral("External")})
            subtitles.append(QJsonObject{{QStringLiteral("Format"), format}, {QStringLiteral("Method"), method}});
    }
    return QJsonObject{{QStringLiteral("Name"), QStringLiteral("Marquee (libmpv)")},
                       {QStringLiteral("MaxStreamingBitrate"), double(maxBitrate)},
                       {QStringLiteral("MaxStaticBitrate"), double(maxBitrate)},
                       {QStringLiteral("DirectPlayProfiles"), QJsonArray{directVideo, directAudio}},
                       {QStringLiteral("TranscodingProfiles"), QJsonArray{transcoding}},
                       {QStringLiteral("ContainerProfiles"), QJsonArray{}},
                       {QStringLiteral("CodecProfiles"), QJsonArray{}},
                       {QStringLiteral("SubtitleProfiles"), subtitles}};
}

QByteArray JellyfinDeviceProfile::playbackInfoBody(const PlaybackInfoRequest &request, const QString &userId)
{
    const qint64 maxBitrate = request.maxStreamingBitrate.value_or(UncappedBitrate);
    QJsonObject body{{QStringLiteral("UserId"), userId},
                     {QStringLiteral("MaxStreamingBitrate"), double(maxBitrate)},
                     {QStringLiteral("StartTimeTicks"), double(request.startTimeTicks)},
                     {QStringLiteral("EnableDirectPlay"), request.enableDirectPlay},
                     {QStringLiteral("EnableDirectStream"), request.enableDirectStream},
                     {QStringLiteral("EnableTranscoding"), request.enableTranscoding},
                     {QStringLiteral("AllowVideoStreamCopy"), true},
                     {QStringLiteral("AllowAudioStreamCopy"), true},
                     {QStringLiteral("AutoOpenLiveStream"), true},
                     {QStringLiteral("DeviceProfile"), deviceProfile(request.capabilities, maxBitrate)}};
    if (!request.mediaSourceId.isEmpty())
        body.insert(QStringLiteral("MediaSourceId"), request.mediaSourceId);
    if (request.audioStreamIndex)
        body.insert(QStringLiteral("AudioStreamIndex"), *request.audioStreamIndex);
    if (request.subtitleStreamIndex)
        body.insert(QStringLiteral("SubtitleStreamIndex"), *request.subtitleStreamIndex);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace marquee
