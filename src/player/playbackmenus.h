// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"
#include "player/playbackquality.h"

#include <QObject>

#include <optional>

class QMenu;
class QToolButton;

namespace marquee {

class PlayerControlBar;
class PlayerEngine;

/**
 * @brief The player's menus beyond play and tracks, as buttons of the control bar: *Quality* (original or a cap,
 * and making the choice the default), *Version* (when an item has several), *Chapters* (when it has any) and
 * *Speed & sync* (playback speed, audio and subtitle delay, which the engine keeps while the item plays).
 */
class PlaybackMenus : public QObject
{
    Q_OBJECT

public:
    static constexpr double DelayStepSeconds = 0.1;

    PlaybackMenus(PlayerControlBar *bar, PlayerEngine *engine);

    /// The cap that plays (nullopt: original); ticks it in the menu.
    void setQuality(std::optional<qint64> cap);
    /// Versions by id and name; the menu hides with fewer than two.
    void setVersions(const QList<std::pair<QString, QString>> &versions, const QString &currentId);
    void setChapters(const QList<Chapter> &chapters);

    [[nodiscard]] QToolButton *qualityButton() const { return m_quality; }
    [[nodiscard]] QToolButton *versionButton() const { return m_version; }
    [[nodiscard]] QToolButton *chaptersButton() const { return m_chapters; }
    [[nodiscard]] QToolButton *adjustButton() const { return m_adjust; }

Q_SIGNALS:
    void qualityChosen(std::optional<qint64> cap);
    /// "Use this quality from now on" (on this kind of network).
    void qualityMadeDefault(std::optional<qint64> cap);
    void versionChosen(const QString &mediaSourceId);
    void chapterChosen(double seconds);

private:
    void rebuildQuality();
    void rebuildAdjustments();

    PlayerEngine *m_engine;
    QToolButton *m_quality;
    QToolButton *m_version;
    QToolButton *m_chapters;
    QToolButton *m_adjust;
    std::optional<qint64> m_cap;
};

} // namespace marquee
