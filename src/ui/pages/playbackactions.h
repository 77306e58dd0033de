// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QWidget>

class QPushButton;

namespace marquee {

/**
 * @brief The buttons beside a title: Play, or "Resume from 42:10" with Start over; Mark played; Favourite.
 *
 * The buttons only ask, through the request signals; they keep showing the cached user data until the page is
 * re-read after the services wrote the change, so what they show is always what the cache holds.
 */
class PlaybackActions : public QWidget
{
    Q_OBJECT

public:
    enum Button {
        PlayButtons = 0x1,    ///< Play / Resume and Start over
        PlayedButton = 0x2,   ///< Mark played, checked when played
        FavoriteButton = 0x4, ///< Favourite, checked when a favourite
        AllButtons = PlayButtons | PlayedButton | FavoriteButton,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    explicit PlaybackActions(Buttons buttons, QWidget *parent = nullptr);

    /// Shows the actions for @p item and its user data.
    void setItem(const MediaItem &item);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QPushButton *playButton() const { return m_play; }
    [[nodiscard]] QPushButton *startOverButton() const { return m_startOver; }
    [[nodiscard]] QPushButton *playedButton() const { return m_played; }
    [[nodiscard]] QPushButton *favoriteButton() const { return m_favorite; }

Q_SIGNALS:
    void playRequested(const QString &itemId, qint64 startPositionTicks);
    void playedChangeRequested(const QString &itemId, bool played);
    void favoriteChangeRequested(const QString &itemId, bool favorite);

private:
    QPushButton *addButton(const QString &objectName, bool shown);

    QString m_itemId;
    qint64 m_resumeTicks = 0;
    bool m_isPlayed = false;
    bool m_isFavorite = false;
    QPushButton *m_play;
    QPushButton *m_startOver;
    QPushButton *m_played;
    QPushButton *m_favorite;
    Buttons m_buttons;
};

} // namespace marquee

Q_DECLARE_OPERATORS_FOR_FLAGS(marquee::PlaybackActions::Buttons)
