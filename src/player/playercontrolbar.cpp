// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playercontrolbar.h"

#include "player/playerengine.h"
#include "player/clocktext.h"
#include "player/playericons.h"
#include "player/seekbar.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QToolButton>

namespace marquee {

namespace {

int milliseconds(double seconds)
{
    return int(qBound(0.0, seconds * 1000.0, double(std::numeric_limits<int>::max())));
}

/// Track titles come from the file: an ampersand must show as itself, not underline the next letter.
QString menuText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

void fillTrackMenu(QMenu *menu, const MediaTracks &tracks, MediaTrack::Kind kind, bool withOff,
                   const std::function<void(int)> &select)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    bool anySelected = false;
    const auto addChoice = [&](const QString &text, int trackId, bool selected) {
        QAction *action = menu->addAction(menuText(text));
        action->setCheckable(true);
        action->setChecked(selected);
        action->setData(trackId);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [select, trackId] { select(trackId); });
    };
    QAction *off = nullptr;
    if (withOff) {
        addChoice(QCoreApplication::translate("marquee::PlayerControlBar", "Off"), 0, false);
        off = menu->actions().constLast();
    }
    for (const MediaTrack &track : tracks) {
        if (track.kind != kind)
            continue;
        addChoice(track.label(), track.id, track.selected);
        anySelected = anySelected || track.selected;
    }
    if (off)
        off->setChecked(!anySelected);
}

} // namespace

PlayerControlBar::PlayerControlBar(PlayerEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_playPause(addButton(QStringLiteral("playPauseButton"), tr("Play or pause (Space)")))
    , m_back(addButton(QStringLiteral("backButton"), tr("Back 10 seconds (Left)")))
    , m_forward(addButton(QStringLiteral("forwardButton"), tr("Forward 10 seconds (Right)")))
    , m_seekBar(new SeekBar(this))
    , m_time(new QLabel(this))
    , m_mute(addButton(QStringLiteral("muteButton"), tr("Mute")))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_audio(addButton(QStringLiteral("audioButton"), tr("Audio track")))
    , m_subtitles(addButton(QStringLiteral("subtitlesButton"), tr("Subtitles")))
    , m_fullScreen(addButton(QStringLiteral("fullScreenButton"), tr("Full screen (F)")))
{
    setObjectName(QStringLiteral("playerControls"));
    setAttribute(Qt::WA_StyledBackground);
    m_back->setText(QStringLiteral("−10 s"));
    m_forward->setText(QStringLiteral("+10 s"));
    m_audio->setText(tr("Audio"));
    m_subtitles->setText(tr("Subtitles"));
    m_fullScreen->setIcon(PlayerIcons::icon(PlayerIcons::Glyph::FullScreen));
    m_mute->setCheckable(true);
    for (QToolButton *menuButton : {m_audio, m_subtitles}) {
        menuButton->setMenu(new QMenu(menuButton));
        menuButton->setPopupMode(QToolButton::InstantPopup);
    }

    m_seekBar->setObjectName(QStringLiteral("seekBar"));
    m_seekBar->setFocusPolicy(Qt::NoFocus);
    m_seekBar->setPageStep(milliseconds(SkipSeconds));
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setTextFormat(Qt::PlainText);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(90);

    auto *layout = new QHBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    for (QWidget *widget : {static_cast<QWidget *>(m_playPause), static_cast<QWidget *>(m_back),
                            static_cast<QWidget *>(m_forward)})
        layout->addWidget(widget);
    layout->addWidget(m_seekBar, 1);
    for (QWidget *widget : {static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_mute),
                            static_cast<QWidget *>(m_volume), static_cast<QWidget *>(m_audio),
                            static_cast<QWidget *>(m_subtitles), static_cast<QWidget *>(m_fullScreen)})
        layout->addWidget(widget);

    connect(m_playPause, &QToolButton::clicked, this, &PlayerControlBar::togglePause);
    connect(m_back, &QToolButton::clicked, this, [this] { seekBy(-SkipSeconds); });
    connect(m_forward, &QToolButton::clicked, this, [this] { seekBy(SkipSeconds); });
    connect(m_fullScreen, &QToolButton::clicked, this, &PlayerControlBar::fullScreenClicked);
    connect(m_seekBar, &QSlider::sliderReleased, this, &PlayerControlBar::seekToSlider);
    // The wheel steps through the film; clicks and drags go to the point (SeekBar).
    connect(m_seekBar, &QSlider::actionTriggered, this, [this] {
        if (!m_seekBar->isSliderDown())
            seekToSlider();
    });
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        if (muted != m_engine->isMuted())
            m_engine->setMuted(muted);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int volume) {
        if (volume != m_engine->volume())
            m_engine->setVolume(volume);
    });

    connect(engine, &PlayerEngine::started, this, [this] { setStreamOpen(true); });
    connect(engine, &PlayerEngine::stopped, this, [this] { setStreamOpen(false); });
    connect(engine, &PlayerEngine::pausedChanged, this, &PlayerControlBar::updatePaused);
    connect(engine, &PlayerEngine::positionChanged, this, &PlayerControlBar::updatePosition);
    connect(engine, &PlayerEngine::durationChanged, this, &PlayerControlBar::updatePosition);
    connect(engine, &PlayerEngine::seeked, this, &PlayerControlBar::updatePosition);
    connect(engine, &PlayerEngine::mutedChanged, this, &PlayerControlBar::updateMuted);
    connect(engine, &PlayerEngine::volumeChanged, m_volume, &QSlider::setValue);
    connect(engine, &PlayerEngine::tracksChanged, this, &PlayerControlBar::rebuildTrackMenus);

    m_volume->setValue(engine->volume());
    setStreamOpen(false);
    updateMuted();
    rebuildTrackMenus();
}

QToolButton *PlayerControlBar::addButton(const QString &objectName, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QString PlayerControlBar::timeText() const
{
    return m_time->text();
}

void PlayerControlBar::setStreamOpen(bool open)
{
    m_streamOpen = open;
    for (QToolButton *button : {m_playPause, m_back, m_forward})
        button->setEnabled(open);
    if (!open)
        m_seekBar->setSliderDown(false);
    updatePaused();
    updatePosition();
}

void PlayerControlBar::togglePause()
{
    if (m_streamOpen)
        m_engine->setPaused(!m_engine->isPaused());
}

void PlayerControlBar::seekBy(double seconds)
{
    if (!m_streamOpen)
        return;
    const double end = m_engine->duration();
    double target = qMax(0.0, m_engine->position() + seconds);
    if (end > 0.0)
        target = qMin(target, end);
    m_engine->seek(target);
}

void PlayerControlBar::seekToSlider()
{
    if (!m_streamOpen)
        return;
    m_engine->seek(m_seekBar->sliderPosition() / 1000.0);
}

void PlayerControlBar::updatePaused()
{
    const bool paused = !m_streamOpen || m_engine->isPaused();
    m_playPause->setIcon(PlayerIcons::icon(paused ? PlayerIcons::Glyph::Play : PlayerIcons::Glyph::Pause));
    m_playPause->setToolTip(paused ? tr("Play (Space)") : tr("Pause (Space)"));
}

void PlayerControlBar::updatePosition()
{
    // Nothing open (before a stream starts, after it ended or failed): no position of another clip lingers.
    const double duration = m_streamOpen ? m_engine->duration() : 0.0;
    const double position = m_streamOpen ? m_engine->position() : 0.0;
    m_seekBar->setEnabled(duration > 0.0);
    m_seekBar->setMaximum(milliseconds(duration));
    // While the user drags the handle it shows where they are going, not where playback is.
    if (!m_seekBar->isSliderDown())
        m_seekBar->setValue(milliseconds(position));
    m_time->setText(QStringLiteral("%1 / %2").arg(clockText(position), clockText(duration)));
}

void PlayerControlBar::updateMuted()
{
    const bool muted = m_engine->isMuted();
    m_mute->setChecked(muted);
    m_mute->setIcon(PlayerIcons::icon(muted ? PlayerIcons::Glyph::Muted : PlayerIcons::Glyph::Volume));
    m_mute->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

QToolButton *PlayerControlBar::addMenuButton(const QString &objectName, const QString &text, const QString &toolTip)
{
    QToolButton *button = addButton(objectName, toolTip);
    button->setText(text);
    button->setMenu(new QMenu(button));
    button->setPopupMode(QToolButton::InstantPopup);
    m_layout->insertWidget(m_layout->indexOf(m_fullScreen), button);
    return button;
}

void PlayerControlBar::setTrackChoices(const QList<TrackChoice> &audio, const QList<TrackChoice> &subtitles)
{
    if (audio.isEmpty() && subtitles.isEmpty())
        m_trackChoices.reset();
    else
        m_trackChoices = std::pair{audio, subtitles};
    rebuildTrackMenus();
}

void PlayerControlBar::rebuildTrackMenus()
{
    if (m_trackChoices) {
        const auto fill = [this](QMenu *menu, const QList<TrackChoice> &choices, void (PlayerControlBar::*chosen)(int)) {
            menu->clear();
            auto *group = new QActionGroup(menu);
            for (const TrackChoice &choice : choices) {
                QAction *action = menu->addAction(menuText(choice.label));
                action->setCheckable(true);
                action->setChecked(choice.selected);
                action->setData(choice.index);
                group->addAction(action);
                connect(action, &QAction::triggered, this, [this, chosen, index = choice.index] {
                    Q_EMIT(this->*chosen)(index);
                });
            }
        };
        fill(m_audio->menu(), m_trackChoices->first, &PlayerControlBar::audioTrackChosen);
        fill(m_subtitles->menu(), m_trackChoices->second, &PlayerControlBar::subtitleTrackChosen);
        m_audio->setEnabled(!m_trackChoices->first.isEmpty());
        m_subtitles->setEnabled(m_trackChoices->second.size() > 1);
        return;
    }
    const MediaTracks tracks = m_engine->tracks();
    fillTrackMenu(m_audio->menu(), tracks, MediaTrack::Kind::Audio, false,
                  [this](int id) { m_engine->selectAudioTrack(id); });
    fillTrackMenu(m_subtitles->menu(), tracks, MediaTrack::Kind::Subtitle, true,
                  [this](int id) { m_engine->selectSubtitleTrack(id); });
    m_audio->setEnabled(!m_audio->menu()->isEmpty());
    // "Off" alone is no choice.
    m_subtitles->setEnabled(m_subtitles->menu()->actions().size() > 1);
}

} // namespace marquee
