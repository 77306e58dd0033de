// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QJsonArray>
#include <QJsonObject>

namespace marquee {

/**
 * @brief What the demo server says about the media of a playable item beyond the item itself: its versions, their
 * streams (with external subtitles), intro and credits, chapters and trickplay thumbnails.
 *
 * Every playable item streams the same short sample video; what is said here is placed within the stream as it
 * plays (streamTicks()), so that a chapter, an intro or a thumbnail falls where the picture is.
 */
class DemoMedia
{
public:
    /// The length of sample.mp4 (and of the prepared HLS segments).
    static constexpr qint64 SampleTicks = 10LL * 10'000'000;
    static constexpr int TrickplayWidth = 160;
    static constexpr int TrickplayHeight = 90;
    static constexpr int TrickplayTileColumns = 5;
    static constexpr int TrickplayTileRows = 5;
    static constexpr int TrickplayIntervalMs = 1000;

    /// One version (media source) of an item; most have one, some movies a second one.
    struct Version
    {
        QString id;
        QString name;
        QString container;
        QString videoCodec;
        QString audioCodec;
        qint64 bitrate = 0; ///< what the server claims for the original file
        int width = 0;
        int height = 0;
    };

    struct Subtitle
    {
        int index = 0;
        QString language;
        QString title;
        QString codec; ///< "srt"
        bool isForced = false;
    };

    /// How long what plays is: the sample's length, or the item's runtime when that is shorter.
    [[nodiscard]] static qint64 streamTicks(const DemoItem &item);
    [[nodiscard]] static QList<Version> versions(const DemoItem &item);
    [[nodiscard]] static const Version *version(const DemoItem &item, const QString &mediaSourceId, Version *storage);
    /// The external subtitle streams of every version (indexes after the embedded video and audio).
    [[nodiscard]] static QList<Subtitle> subtitles();
    /// MediaStreams of @p version; external subtitles carry DeliveryMethod External and their DeliveryUrl.
    [[nodiscard]] static QJsonArray streams(const DemoItem &item, const Version &version);
    /// MediaSegmentDto list: an intro for episodes, credits (Outro) for every item.
    [[nodiscard]] static QJsonArray segments(const DemoItem &item);
    [[nodiscard]] static QJsonArray chapters(const DemoItem &item);
    /// BaseItemDto.Trickplay: {"<source id>": {"160": TrickplayInfoDto}} for the first version.
    [[nodiscard]] static QJsonObject trickplay(const DemoItem &item);
    [[nodiscard]] static int trickplayThumbnails(const DemoItem &item);
    /// The text of external subtitle @p index as SubRip ("srt") or WebVTT ("vtt"); empty when there is none.
    [[nodiscard]] static QByteArray subtitleText(const DemoItem &item, int index, const QString &format);
    /// The Content-Type of subtitle text in @p format ("srt" or "vtt").
    [[nodiscard]] static QByteArray subtitleContentType(const QString &format);
    /// The cue of subtitle @p index shown at @p ticks (for tests that read what the player shows).
    [[nodiscard]] static QString subtitleCue(int index, qint64 ticks);
};

} // namespace marquee
