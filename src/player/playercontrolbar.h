// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/servertracks.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QHBoxLayout;
class QSlider;
class QToolButton;

namespace marquee {

class PlayerEngine;
class SeekBar;

/**
 * @brief The row of controls under the picture: play/pause, -10 s / +10 s, the seek bar with elapsed and total
 * time, mute and volume, the audio and subtitle track menus, fullscreen, and the menu buttons others add
 * (addMenuButton()). It drives the engine directly and follows the engine's signals, so what it shows is what plays.
 *
 * The track menus list the server's tracks when it listed them (setTrackChoices(): a choice is then signalled, for
 * the server's list decides how it is made), and otherwise the tracks mpv finds in the stream.
 *
 * No control takes keyboard focus: Space and the arrows stay with the player page.
 */
class PlayerControlBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr double SkipSeconds = 10.0;

    explicit PlayerControlBar(PlayerEngine *engine, QWidget *parent = nullptr);

    /// "0:42 / 1:45:00": elapsed and total time as shown.
    [[nodiscard]] QString timeText() const;
    [[nodiscard]] SeekBar *seekBar() const { return m_seekBar; }
    /// A stream is open (between the engine's started() and stopped()): only then do the transport controls work.
    [[nodiscard]] bool isStreamOpen() const { return m_streamOpen; }
    /// A button with a menu, placed before the fullscreen button; shown or hidden by its owner.
    QToolButton *addMenuButton(const QString &objectName, const QString &text, const QString &toolTip);
    /// The server's tracks for the menus; both empty: back to the stream's own.
    void setTrackChoices(const QList<TrackChoice> &audio, const QList<TrackChoice> &subtitles);

public Q_SLOTS:
    void togglePause();
    /// Relative seek, kept within the stream.
    void seekBy(double seconds);

Q_SIGNALS:
    void fullScreenClicked();
    /// A choice from the server's tracks (setTrackChoices()); -1: subtitles off.
    void audioTrackChosen(int streamIndex);
    void subtitleTrackChosen(int streamIndex);

private:
    QToolButton *addButton(const QString &objectName, const QString &toolTip);
    void updatePaused();
    void updatePosition();
    void updateMuted();
    void rebuildTrackMenus();
    void seekToSlider();
    void setStreamOpen(bool open);

    PlayerEngine *m_engine;
    QToolButton *m_playPause;
    QToolButton *m_back;
    QToolButton *m_forward;
    SeekBar *m_seekBar;
    QLabel *m_time;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_audio;
    QToolButton *m_subtitles;
    QToolButton *m_fullScreen;
    QHBoxLayout *m_layout;
    bool m_streamOpen = false;
    std::optional<std::pair<QList<TrackChoice>, QList<TrackChoice>>> m_trackChoices;
};

} // namespace marquee
