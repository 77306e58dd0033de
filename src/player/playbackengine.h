// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackproblem.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace marquee {

/// What an engine needs to open one stream. Credentials travel in @c headers, never in the URL.
struct PlaybackMedia
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    double startSeconds = 0.0;
    QString title; ///< plain text, for the window and the on-screen display
    /// The stream is a conversion the server makes while we watch (HLS transcode): its failures are the server's.
    bool converted = false;
};

/**
 * @brief The seam between what plays a stream (libmpv) and what reports it (PlaybackController).
 *
 * All methods and signals are on the GUI thread. Positions are seconds of media time.
 */
class PlaybackEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PlaybackEngine() override = default;

    virtual void load(const PlaybackMedia &media) = 0;
    virtual void setPaused(bool paused) = 0;
    /// Absolute seek.
    virtual void seek(double seconds) = 0;
    /// Ends playback; stopped() follows.
    virtual void stop() = 0;

    [[nodiscard]] virtual double position() const = 0;
    [[nodiscard]] virtual double duration() const = 0;
    [[nodiscard]] virtual bool isPaused() const = 0;

Q_SIGNALS:
    /// The stream is open and playing from its start position; duration() is known.
    void started();
    void positionChanged(double seconds);
    void durationChanged(double seconds);
    void pausedChanged(bool paused);
    /// A seek finished at @p seconds.
    void seeked(double seconds);
    /// Playback reached the end of the stream; stopped() follows.
    void endReached();
    /// Playback ended for any reason (end, stop(), error, a new load()).
    void stopped();
    /// The stream could not be opened or played; stopped() follows.
    void failed(const marquee::PlaybackProblem &problem);
};

} // namespace marquee
