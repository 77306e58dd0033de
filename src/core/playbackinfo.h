// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace marquee {

/// How the server delivers a playback (Jellyfin's PlayMethod).
enum class PlayMethod {
    DirectPlay,   ///< the original file, as stored
    DirectStream, ///< the original audio and video in another container (a remux)
    Transcode,    ///< converted by the server while it plays
};

/// "DirectPlay", "DirectStream", "Transcode": as the server's reports name them.
[[nodiscard]] QString playMethodName(PlayMethod method);

/// What the player can play, as the server must be told it (an honest Jellyfin DeviceProfile is made of it).
struct PlayerCapabilities
{
    QStringList containers;     ///< demuxable containers: "mkv", "mp4", …
    QStringList videoCodecs;    ///< "h264", "hevc", …
    QStringList audioCodecs;    ///< "aac", "ac3", …
    QStringList subtitleFormats; ///< subtitle formats the player renders itself: "srt", "ass", "pgssub", …
    /// What the player asks a conversion to produce.
    QString transcodingContainer = QStringLiteral("ts");
    QString transcodingVideoCodec = QStringLiteral("h264");
    QString transcodingAudioCodec = QStringLiteral("aac");

    friend bool operator==(const PlayerCapabilities &, const PlayerCapabilities &) = default;
};

/// One audio, video or subtitle stream of a media source, as the server lists it for playback.
struct PlaybackStream
{
    enum class Type { Video, Audio, Subtitle, Other };
    /// How a subtitle stream reaches the player (Jellyfin's SubtitleDeliveryMethod).
    enum class Delivery { None, Embed, External, Encode, Hls, Drop };

    Type type = Type::Other;
    int index = -1; ///< the server's stream index (for embedded streams, the file's own index)
    QString codec;
    QString language;
    QString title;
    QString displayTitle; ///< the server's own label, e.g. "English - AAC - Stereo"
    int channels = 0;
    bool isDefault = false;
    bool isForced = false;
    bool isExternal = false;
    Delivery delivery = Delivery::None;
    QString deliveryUrl; ///< External subtitles: where the server serves them, relative to its address

    friend bool operator==(const PlaybackStream &, const PlaybackStream &) = default;
};

/// One version of an item (Jellyfin MediaSourceInfo), with what the server decided for it.
struct PlaybackSource
{
    QString id;
    QString name;
    QString container;
    qint64 sizeBytes = 0; ///< of the original file; 0 unknown
    QString eTag;         ///< changes when the file does (Jellyfin: MD5 of its DateModified); a download pins it
    qint64 bitrate = 0; ///< bits per second; 0 unknown
    qint64 runTimeTicks = 0;
    bool supportsDirectPlay = false;
    bool supportsDirectStream = false;
    bool supportsTranscoding = false;
    QString transcodingUrl;         ///< relative to the server; may carry the token (never logged)
    QString transcodingSubProtocol; ///< "hls" or "http"
    QStringList transcodeReasons;   ///< TranscodeReason names the server gave in transcodingUrl
    std::optional<int> defaultAudioStreamIndex;
    std::optional<int> defaultSubtitleStreamIndex;
    QList<PlaybackStream> streams;

    [[nodiscard]] const PlaybackStream *stream(int index) const;

    friend bool operator==(const PlaybackSource &, const PlaybackSource &) = default;
};

/// The server's answer to "how do I play this?" (Jellyfin PlaybackInfoResponse).
struct PlaybackInfo
{
    QList<PlaybackSource> sources;
    QString playSessionId;
    QString errorCode; ///< "NotAllowed", "NoCompatibleStream", "RateLimitExceeded"; empty when fine

    friend bool operator==(const PlaybackInfo &, const PlaybackInfo &) = default;
};

/// What the player asks the server for one playback.
struct PlaybackInfoRequest
{
    QString itemId;
    QString mediaSourceId;                    ///< empty: the server's choice
    std::optional<qint64> maxStreamingBitrate; ///< bits per second; unset: no cap of ours
    qint64 startTimeTicks = 0;
    std::optional<int> audioStreamIndex;
    std::optional<int> subtitleStreamIndex;
    bool enableDirectPlay = true;
    bool enableDirectStream = true;
    bool enableTranscoding = true;
    PlayerCapabilities capabilities;
};

/// A part of an item the server knows (Jellyfin MediaSegmentDto).
struct MediaSegment
{
    enum class Type { Unknown, Commercial, Preview, Recap, Outro, Intro };

    Type type = Type::Unknown;
    qint64 startTicks = 0;
    qint64 endTicks = 0;

    friend bool operator==(const MediaSegment &, const MediaSegment &) = default;
};

struct Chapter
{
    qint64 startTicks = 0;
    QString name; ///< from the file or the server: untrusted, plain text only

    friend bool operator==(const Chapter &, const Chapter &) = default;
};

/// One set of trickplay thumbnails (Jellyfin TrickplayInfoDto): tiles of tileWidth × tileHeight thumbnails.
struct TrickplayInfo
{
    QString mediaSourceId;
    int width = 0; ///< of one thumbnail
    int height = 0;
    int tileWidth = 0;
    int tileHeight = 0;
    int thumbnailCount = 0;
    int intervalMs = 0;

    [[nodiscard]] bool isValid() const
    {
        return width > 0 && height > 0 && tileWidth > 0 && tileHeight > 0 && thumbnailCount > 0 && intervalMs > 0;
    }
    friend bool operator==(const TrickplayInfo &, const TrickplayInfo &) = default;
};

/// What the player shows around a playback besides the stream: chapters and trickplay thumbnails.
struct PlaybackExtras
{
    QList<Chapter> chapters;
    QList<TrickplayInfo> trickplay; ///< every source and width the server has

    friend bool operator==(const PlaybackExtras &, const PlaybackExtras &) = default;
};

} // namespace marquee
