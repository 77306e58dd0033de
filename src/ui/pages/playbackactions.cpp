// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/playbackactions.h"

#include "ui/pages/detailstext.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace marquee {

PlaybackActions::PlaybackActions(Buttons buttons, QWidget *parent)
    : QWidget(parent)
    , m_buttons(buttons)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_play = addButton(QStringLiteral("play"), buttons.testFlag(PlayButtons));
    m_startOver = addButton(QStringLiteral("startOver"), false);
    m_startOver->setText(tr("Start over"));
    m_played = addButton(QStringLiteral("played"), buttons.testFlag(PlayedButton));
    m_favorite = addButton(QStringLiteral("favorite"), buttons.testFlag(FavoriteButton));
    layout->addStretch(1);
    // Palette colours only, so light and dark themes both work. Play, the one thing most people come for,
    // stands out in the accent colour; a checked Played or Favourite has an accent border and text.
    setStyleSheet(QStringLiteral(
        "QPushButton { padding: 5px 14px; border: 1px solid palette(mid); border-radius: 4px;"
        " background: palette(button); color: palette(button-text); }"
        "QPushButton:hover { border-color: palette(highlight); }"
        "QPushButton:pressed { background: palette(midlight); }"
        "QPushButton:checked { border: 2px solid palette(highlight); padding: 4px 13px; color: palette(highlight); }"
        "QPushButton#play { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); font-weight: bold; }"
        "QPushButton:focus { outline: none; border: 2px solid palette(text); padding: 4px 13px; }"));
    m_played->setCheckable(true);
    m_favorite->setCheckable(true);

    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(m_itemId, m_resumeTicks); });
    connect(m_startOver, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(m_itemId, 0); });
    // A click toggles a checkable button at once; it is put back so that it goes on showing the cached state.
    connect(m_played, &QPushButton::clicked, this, [this] {
        m_played->setChecked(m_isPlayed);
        Q_EMIT playedChangeRequested(m_itemId, !m_isPlayed);
    });
    connect(m_favorite, &QPushButton::clicked, this, [this] {
        m_favorite->setChecked(m_isFavorite);
        Q_EMIT favoriteChangeRequested(m_itemId, !m_isFavorite);
    });
}

QPushButton *PlaybackActions::addButton(const QString &objectName, bool shown)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setVisible(shown);
    button->setAutoDefault(false);
    layout()->addWidget(button);
    return button;
}

void PlaybackActions::setItem(const MediaItem &item)
{
    const UserData userData = item.userData.value_or(UserData{});
    m_itemId = item.id;
    m_isPlayed = userData.played;
    m_isFavorite = userData.isFavorite;
    m_resumeTicks = !userData.played && userData.positionTicks > 0 ? userData.positionTicks : 0;

    m_play->setText(m_resumeTicks > 0 ? QStringLiteral("▶  ")
                                    + tr("Resume from %1").arg(DetailsText::clockPosition(m_resumeTicks))
                                      : QStringLiteral("▶  ") + tr("Play"));
    m_startOver->setVisible(m_buttons.testFlag(PlayButtons) && m_resumeTicks > 0);
    m_played->setChecked(m_isPlayed);
    m_played->setText(m_isPlayed ? QStringLiteral("✓  ") + tr("Played") : tr("Mark played"));
    m_played->setToolTip(m_isPlayed ? tr("Mark as not played") : tr("Mark as played"));
    m_favorite->setChecked(m_isFavorite);
    // The heart says which: a label as short as the state's keeps the row within an 800-pixel-wide window.
    m_favorite->setText(m_isFavorite ? QStringLiteral("♥  ") + tr("Favourite")
                                     : QStringLiteral("♡  ") + tr("Favourite"));
    m_favorite->setToolTip(m_isFavorite ? tr("Remove from favourites") : tr("Add to favourites"));
}

} // namespace marquee
