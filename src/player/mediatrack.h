// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace marquee {

/// @brief One audio or subtitle track of the playing stream, as the player lists it for the user.
struct MediaTrack
{
    enum class Kind { Audio, Subtitle };

    int id = 0; ///< the player's own track id, used to select it
    Kind kind = Kind::Audio;
    QString title;    ///< from the file's metadata: untrusted, shown as plain text only
    QString language; ///< e.g. "eng"; may be empty
    QString codec;
    bool selected = false;
    int ffIndex = -1;      ///< the stream's index in the file (Jellyfin's stream Index of an embedded stream)
    bool external = false; ///< added from its own file (sub-add), not part of the stream
    QString externalFile; ///< an external track's address, as the player was given it: what identifies it

    /// "English commentary (English, aac)", "Track 2 (German)": what a menu shows.
    [[nodiscard]] QString label() const;

    friend bool operator==(const MediaTrack &, const MediaTrack &) = default;
};

using MediaTracks = QList<MediaTrack>;

} // namespace marquee
