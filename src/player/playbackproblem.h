// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace marquee {

struct Error;

/**
 * @brief Why a playback could not start or went on no further, in a form the player can say in words.
 *
 * `details` holds what a log would (mpv's complaint, the request that failed): shown only behind *Details*.
 */
struct PlaybackProblem
{
    enum class Kind {
        Unreachable,       ///< no connection to the server, and no copy on this device
        NotFound,          ///< the server has no such video (any more)
        Refused,           ///< the server refused us (signed out, not allowed)
        NoCompatibleStream, ///< the server offers nothing this player can play
        ConversionFailed,  ///< the server's transcode (or a segment of it) failed
        InvalidAddress,    ///< the server gave a stream address or header the player must not use
        PlayerUnavailable, ///< libmpv did not start
        Unplayable,        ///< anything else: the file or stream is broken or of an unknown kind
    };

    Kind kind = Kind::Unplayable;
    QString details;

    /// One or two sentences for people: what happened and what to do.
    [[nodiscard]] QString message() const;

    /// From mpv's first complaint (e.g. "tcp: Connection to tcp://… failed: Connection refused"). @p converted:
    /// the stream was a server-side conversion, so a server error there is the conversion's.
    [[nodiscard]] static PlaybackProblem fromPlayerLog(const QString &log, bool converted);
    /// From a failed request to the server (PlaybackInfo and the like).
    [[nodiscard]] static PlaybackProblem fromError(const Error &error);

    friend bool operator==(const PlaybackProblem &, const PlaybackProblem &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::PlaybackProblem)
