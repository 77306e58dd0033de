// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackcontroller.h"
#include "player/segmentskipper.h"
#include "player/servertracks.h"
#include "player/trickplaythumbnails.h"
#include "player/upnextcountdown.h"
#include "services/playbacksettings.h"

#include <QObject>

#include <functional>

namespace marquee {

class PlayerEngine;
class PlayerView;

/**
 * @brief One player, wired: what the server says about a playback (its plan, tracks, segments, chapters, trickplay)
 * drives the view, and what the viewer does in the view (tracks, quality, version, chapters, skip, up next, retry)
 * reaches the engine or, where only the server can do it, a new plan.
 *
 * What it needs from the rest of the program (the next episode, the languages remembered per series, storing a
 * default quality) comes through Hooks, so it works without a database in tests.
 */
class PlayerSession : public QObject
{
    Q_OBJECT

public:
    /// The languages last chosen in a series: unset where no choice was made; an empty subtitle language is "off".
    struct Languages
    {
        std::optional<QString> audio;
        std::optional<QString> subtitle;
    };

    struct Hooks
    {
        std::function<std::optional<NextItem>(const QString &itemId)> nextItem;
        std::function<Languages(const QString &seriesId)> readLanguages;
        std::function<void(const QString &seriesId, const Languages &languages)> saveLanguages;
        std::function<void(std::optional<qint64> cap)> saveDefaultQuality;
        /// Sets the request's localMedia (and version) when the item is on this device: it then plays from there.
        std::function<void(PlaybackRequest &request)> findLocalCopy;
    };

    PlayerSession(PlayerEngine &engine, PlaybackController &controller, PlaybackPlanner &planner, PlayerView &view,
                  QObject *parent = nullptr);

    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }
    /// Up next, its countdown and the automatic skip.
    void setSettings(const PlaybackSettings &settings);
    void play(const PlaybackRequest &request);

    [[nodiscard]] const ServerTracks &tracks() const { return m_tracks; }
    [[nodiscard]] SegmentSkipper &skipper() { return m_skipper; }
    [[nodiscard]] UpNextCountdown &upNext() { return m_upNext; }
    [[nodiscard]] TrickplayThumbnails &trickplay() { return m_trickplay; }

Q_SIGNALS:
    /// Playback ran to its end and nothing plays next: the player can close.
    void finished();
    /// A new item starts (the next episode): its title, for whoever shows it elsewhere.
    void itemStarted(const QString &itemId);

private:
    void onPlanned(const PlaybackPlan &plan);
    [[nodiscard]] bool hasLocalCopy(const QString &itemId) const;
    void onStarted();
    void fetchExtras(const QString &itemId);
    void chooseTrickplay();
    void chooseAudio(int index);
    void chooseSubtitle(int index);
    void rememberLanguages(const Languages &languages);
    void showSkipOffer();
    void showTracks();

    PlayerEngine &m_engine;
    PlaybackController &m_controller;
    PlaybackPlanner &m_planner;
    PlayerView &m_view;
    Hooks m_hooks;
    ServerTracks m_tracks;
    SegmentSkipper m_skipper;
    UpNextCountdown m_upNext;
    TrickplayThumbnails m_trickplay;
    PlaybackExtras m_extras;
    PlaybackRequest m_request;
    std::optional<Languages> m_pendingLanguages; ///< to apply to the first plan of the request
    quint64 m_generation = 0;
};

} // namespace marquee
