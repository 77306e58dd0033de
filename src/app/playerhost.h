// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace marquee {

class Clock;
class ItemReader;
class LivePlaybackReporter;
class MainWindow;
class MpvEngine;
class PlaybackController;
class PlayerView;

/**
 * @brief Plays an item inside the main window: builds the libmpv engine, its video widget and controls on first use
 * (libmpv costs tens of milliseconds to start, and most sessions only browse), shows them over the current page, and
 * hands the playback to a PlaybackController, which reports it.
 */
class PlayerHost : public QObject
{
    Q_OBJECT

public:
    PlayerHost(MainWindow &window, LivePlaybackReporter &reporter, ItemReader &items, const Clock &clock,
               QObject *parent = nullptr);
    ~PlayerHost() override;

    /// The share of the runtime past which an item counts as played (the setting `playback/played-share`).
    void setPlayedShare(double share);
    [[nodiscard]] double playedShare() const { return m_playedShare; }
    void play(const QString &itemId, qint64 startPositionTicks);

    [[nodiscard]] PlayerView *view() const { return m_view; }
    [[nodiscard]] PlaybackController *controller() const { return m_controller.get(); }

private:
    void buildPlayer();
    [[nodiscard]] QString titleOf(const QString &itemId);

    MainWindow &m_window;
    LivePlaybackReporter &m_reporter;
    ItemReader &m_items;
    const Clock &m_clock;
    double m_playedShare;
    // Declared before the controller, which drives it: the controller goes first.
    std::unique_ptr<MpvEngine> m_engine;
    std::unique_ptr<PlaybackController> m_controller;
    PlayerView *m_view = nullptr; ///< owned by the window's page stack once shown
};

} // namespace marquee
