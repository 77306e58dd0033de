// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QToolButton;

namespace marquee {

class PlaybackMenus;
class PlaybackProblemPanel;
class TrickplayThumbnails;
class UpNextCard;
class PlayerControlBar;
struct PlaybackProblem;
class PlayerEngine;
class SeekPreview;

/**
 * @brief The player page: the picture, with the title above it and the controls below it, drawn over the
 * picture and hidden after a few seconds without mouse movement while playing.
 *
 * Keys: Space pause, Left/Right 10 s, F (or a double-click) fullscreen, Esc leaves fullscreen or, when not
 * fullscreen, asks to close the page (closeRequested(), as the Back button in the title bar does). Fullscreen is the window's own state, so a host window
 * can hide its chrome when it sees it.
 */
class PlayerView : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultIdleHideDelay{3000};

    /// @p videoSurface (e.g. an MpvVideoWidget) is taken over as a child; nullptr shows a black area.
    PlayerView(PlayerEngine *engine, QWidget *videoSurface, QWidget *parent = nullptr);

    /// The title shown above the picture, as plain text.
    void setTitle(const QString &title);
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool isFullScreen() const;
    [[nodiscard]] bool controlsVisible() const;
    /// The message of the problem shown over the picture; empty while playing normally.
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] PlaybackProblemPanel *problemPanel() const;
    [[nodiscard]] PlayerControlBar *controlBar() const { return m_controls; }
    /// The time (and picture) shown above the seek bar while the pointer hovers it.
    [[nodiscard]] SeekPreview *seekPreview() const { return m_seekPreview; }
    /// Quality, version, chapters, speed and delays.
    [[nodiscard]] PlaybackMenus *menus() const { return m_menus; }
    [[nodiscard]] UpNextCard *upNextCard() const { return m_upNext; }
    [[nodiscard]] QPushButton *skipButton() const { return m_skip; }
    /// Where the seek preview takes its pictures from; nullptr: time only.
    void setTrickplay(TrickplayThumbnails *thumbnails);
    /// How the stream is delivered and why ("Transcoding: bitrate above the 4 Mbps cap"), in the title bar.
    void setPlaybackStatus(const QString &text);
    [[nodiscard]] QString playbackStatus() const;
    void setIdleHideDelay(std::chrono::milliseconds delay);

    /// One key the player answers while it has the focus.
    struct KeyBinding
    {
        Qt::Key key;
        const char *description; ///< untranslated; see keyBindings()
        void (PlayerView::*action)();
    };
    /// The player's keys, for Help → Keyboard shortcuts; the same table keyPressEvent() acts on, so the list
    /// can never drift from what the keys do. Descriptions in the user's language, keys in the platform's words.
    [[nodiscard]] static QList<std::pair<QString, QString>> keyList();

public Q_SLOTS:
    void setFullScreen(bool fullScreen);
    void toggleFullScreen();
    /// Says why playback cannot go on, over the picture, with Back (and Try again or the original quality where
    /// that can help). The engine's own failures come here by themselves.
    void showProblem(const marquee::PlaybackProblem &problem);
    void clearProblem();
    /// A button over the picture to skip the segment playing ("Skip intro"); an empty text hides it.
    void setSkipOffer(const QString &text);
    void showUpNext(bool show);

Q_SIGNALS:
    /// Back, or Esc outside fullscreen: the host should go back to the page it came from.
    void closeRequested();
    /// The user asks to try the failed playback again.
    void retryRequested();
    /// The user asks for the original file after the server's conversion failed.
    void originalQualityRequested();
    /// The skip button was clicked.
    void skipRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] static const QList<KeyBinding> &keyBindings();
    void togglePause();
    void seekBack();
    void seekForward();
    /// Esc: out of full screen first, then out of the player.
    void leaveFullScreenOrClose();
    void showControls();
    void hideControlsIfIdle();
    void restartIdleTimer();
    void showSeekPreview(int milliseconds, int x);
    void layoutOverlays();

    PlayerEngine *m_engine;
    QWidget *m_video;
    QWidget *m_titleBar;
    QToolButton *m_back;
    QLabel *m_title;
    QLabel *m_status;
    PlaybackProblemPanel *m_problem;
    PlayerControlBar *m_controls;
    SeekPreview *m_seekPreview;
    PlaybackMenus *m_menus;
    QPushButton *m_skip;
    UpNextCard *m_upNext;
    TrickplayThumbnails *m_trickplay = nullptr;
    int m_previewMs = -1; ///< where the seek preview points; -1 while hidden
    QTimer m_idleTimer;
    bool m_playing = false;
};

} // namespace marquee
