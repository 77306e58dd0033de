// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace marquee {

/// @brief The parts of a client's profile the demo server decides by: a Jellyfin DeviceProfile, or what a Plex client
/// adds to the Generic profile.
struct DemoDeviceProfile
{
    bool present = false;    ///< a request without a profile may play anything directly
    QStringList containers;  ///< of the video DirectPlayProfiles; empty: any
    QStringList videoCodecs; ///< empty: any
    QStringList audioCodecs; ///< empty: any
    QStringList embeddedSubtitles; ///< SubtitleProfiles with Method Embed
    QStringList externalSubtitles; ///< SubtitleProfiles with Method External
    bool canTranscode = false;     ///< a video TranscodingProfile exists
    std::optional<qint64> maxStreamingBitrate;

    [[nodiscard]] static DemoDeviceProfile fromJson(const QJsonObject &profile);
    /// From Plex's `X-Plex-Client-Profile-Extra` (decoded): `add-direct-play-profile(type=videoProfile&container=…
    /// &videoCodec=…&audioCodec=…&subtitleCodec=…)` and `add-transcode-target(type=videoProfile&…)`, joined by `+`.
    [[nodiscard]] static DemoDeviceProfile fromPlexProfileExtra(const QString &extra);
};

/// @brief What the original file is, as far as the decision goes.
struct DemoMediaFacts
{
    QString container;
    QString videoCodec;
    QString audioCodec;
    qint64 bitrate = 0;
    /// The subtitle the viewer asked for, if any: its format and whether it is a separate file.
    QString subtitleCodec;
    bool subtitleExternal = false;
};

/**
 * @brief Decides how a client plays a media source, the way Jellyfin's StreamBuilder does for the cases the demo
 * has: direct play when the profile takes the container, codecs and bitrate; direct stream (a remux) when only the
 * container is foreign; otherwise a transcode, with the reasons the real server gives (TranscodeReason names).
 */
class DemoPlaybackDecision
{
public:
    enum class Method { DirectPlay, DirectStream, Transcode, None };

    struct Switches
    {
        bool directPlay = true;
        bool directStream = true;
        bool transcoding = true;
    };

    Method method = Method::None;
    QStringList reasons;
    bool burnInSubtitle = false; ///< the chosen subtitle must be drawn into the picture

    [[nodiscard]] static DemoPlaybackDecision decide(const DemoMediaFacts &media, const DemoDeviceProfile &profile,
                                                     std::optional<qint64> maxBitrate, Switches switches);
    /// Whether @p profile can show a subtitle of @p codec itself (else the server must burn it in).
    [[nodiscard]] static bool canShowSubtitle(const DemoDeviceProfile &profile, const QString &codec, bool external);
};

} // namespace marquee
