// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/nextepisode.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace marquee {

class Clock;
class ItemReader;
class MainWindow;
class MediaLocator;
class MpvEngine;
class PlaybackController;
class PlaybackServices;
class PlayerSession;
class PlayerView;

/**
 * @brief Plays an item inside the main window: builds the libmpv engine, its video widget and controls on first use
 * (libmpv costs tens of milliseconds to start, and most sessions only browse), shows them over the current page, and
 * hands the playback to a PlaybackController (which asks the server how to play and reports it) and a PlayerSession
 * (tracks, quality, segments, up next). Reads the playback settings at each play, so changes apply to the next one.
 */
class PlayerHost : public QObject
{
    Q_OBJECT

public:
    /// @p state: the GUI thread's connection, for the settings and the languages remembered per series.
    PlayerHost(MainWindow &window, PlaybackServices &playback, ItemReader &items, QSqlDatabase state,
               const Clock &clock, QObject *parent = nullptr);
    ~PlayerHost() override;

    /// The share of the runtime past which an item counts as played (the setting `playback/played-share`).
    void setPlayedShare(double share);
    [[nodiscard]] double playedShare() const { return m_playedShare; }
    void play(const QString &itemId, qint64 startPositionTicks);
    /// Downloaded items play from their file, also the next episode Up next starts (none: always the server).
    void setLocalCopies(const MediaLocator *locator) { m_locator = locator; }

    [[nodiscard]] PlayerView *view() const { return m_view; }
    [[nodiscard]] PlaybackController *controller() const { return m_controller.get(); }
    [[nodiscard]] PlayerSession *session() const { return m_session.get(); }

private:
    void buildPlayer();
    void connectHooks();

    MainWindow &m_window;
    PlaybackServices &m_playback;
    ItemReader &m_items;
    QSqlDatabase m_state;
    const Clock &m_clock;
    NextEpisode m_nextEpisode;
    double m_playedShare;
    // Declared before the controller, which drives it: the controller goes first.
    std::unique_ptr<MpvEngine> m_engine;
    std::unique_ptr<PlaybackController> m_controller;
    std::unique_ptr<PlayerSession> m_session;
    PlayerView *m_view = nullptr; ///< owned by the window's page stack once shown
    const MediaLocator *m_locator = nullptr;
};

} // namespace marquee
