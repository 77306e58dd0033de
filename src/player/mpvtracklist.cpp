// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/mpvtracklist.h"

#include <mpv/client.h>

#include <optional>

namespace marquee {

namespace {

std::optional<MediaTrack::Kind> kindOf(const char *type)
{
    if (qstrcmp(type, "audio") == 0)
        return MediaTrack::Kind::Audio;
    if (qstrcmp(type, "sub") == 0)
        return MediaTrack::Kind::Subtitle;
    return std::nullopt;
}

std::optional<MediaTrack> trackFrom(const mpv_node_list &fields)
{
    MediaTrack track;
    std::optional<MediaTrack::Kind> kind;
    bool hasId = false;
    for (int i = 0; i < fields.num; ++i) {
        const char *key = fields.keys[i];
        const mpv_node &value = fields.values[i];
        if (value.format == MPV_FORMAT_INT64 && qstrcmp(key, "id") == 0) {
            track.id = int(value.u.int64);
            hasId = true;
        } else if (value.format == MPV_FORMAT_INT64 && qstrcmp(key, "ff-index") == 0) {
            track.ffIndex = int(value.u.int64);
        } else if (value.format == MPV_FORMAT_FLAG && qstrcmp(key, "selected") == 0) {
            track.selected = value.u.flag != 0;
        } else if (value.format == MPV_FORMAT_FLAG && qstrcmp(key, "external") == 0) {
            track.external = value.u.flag != 0;
        } else if (value.format == MPV_FORMAT_STRING) {
            if (qstrcmp(key, "type") == 0)
                kind = kindOf(value.u.string);
            else if (qstrcmp(key, "title") == 0)
                track.title = QString::fromUtf8(value.u.string);
            else if (qstrcmp(key, "lang") == 0)
                track.language = QString::fromUtf8(value.u.string);
            else if (qstrcmp(key, "codec") == 0)
                track.codec = QString::fromUtf8(value.u.string);
            else if (qstrcmp(key, "external-filename") == 0)
                track.externalFile = QString::fromUtf8(value.u.string);
        }
    }
    if (!kind || !hasId)
        return std::nullopt;
    track.kind = *kind;
    return track;
}

} // namespace

MediaTracks MpvTrackList::parse(const mpv_node &trackList)
{
    MediaTracks tracks;
    if (trackList.format != MPV_FORMAT_NODE_ARRAY || !trackList.u.list)
        return tracks;
    const mpv_node_list &entries = *trackList.u.list;
    for (int i = 0; i < entries.num; ++i) {
        const mpv_node &entry = entries.values[i];
        if (entry.format != MPV_FORMAT_NODE_MAP || !entry.u.list)
            continue;
        if (std::optional<MediaTrack> track = trackFrom(*entry.u.list))
            tracks.append(*track);
    }
    return tracks;
}

} // namespace marquee
