// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace marquee {

/// One audio, video or subtitle stream of a media source, as far as a details page shows it.
struct MediaStreamInfo
{
    QString type; ///< "Video", "Audio", "Subtitle" …
    int index = -1;
    QString codec;
    QString language;
    QString displayTitle;
    int width = 0;
    int height = 0;
    bool isDefault = false;

    friend bool operator==(const MediaStreamInfo &, const MediaStreamInfo &) = default;
};

/// A playable version of an item (Jellyfin MediaSourceInfo): what the player needs to pick one.
struct MediaSource
{
    QString id;
    QString name;
    QString container;
    qint64 sizeBytes = 0;
    qint64 bitrate = 0;
    qint64 runTimeTicks = 0;
    QList<MediaStreamInfo> streams;

    friend bool operator==(const MediaSource &, const MediaSource &) = default;
};

} // namespace marquee
