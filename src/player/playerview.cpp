// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playerview.h"

#include "player/playbackmenus.h"
#include "player/playbackproblempanel.h"
#include "player/playercontrolbar.h"
#include "player/playericons.h"
#include "player/playerengine.h"
#include "player/seekbar.h"
#include "player/seekpreview.h"
#include "player/trickplaythumbnails.h"
#include "player/upnextcard.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>
#include <QMouseEvent>
#include <QPushButton>

namespace marquee {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Titles and error texts come from the server or the file: never interpreted as markup.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PlayerView::PlayerView(PlayerEngine *engine, QWidget *videoSurface, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_video(videoSurface ? videoSurface : new QWidget)
    , m_titleBar(new QWidget(this))
    , m_back(new QToolButton(m_titleBar))
    , m_title(plainLabel(QStringLiteral("playerTitle"), m_titleBar))
    , m_status(plainLabel(QStringLiteral("playbackStatus"), m_titleBar))
    , m_problem(new PlaybackProblemPanel(this))
    , m_controls(new PlayerControlBar(engine, this))
    , m_seekPreview(new SeekPreview(this))
    , m_menus(new PlaybackMenus(m_controls, engine))
    , m_skip(new QPushButton(this))
    , m_upNext(new UpNextCard(this))
{
    setObjectName(QStringLiteral("playerView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette black = palette();
    black.setColor(QPalette::Window, Qt::black);
    setPalette(black);
    setStyleSheet(QStringLiteral(
        "#playerTitleBar, #playerControls { background: rgba(0, 0, 0, 160); }"
        "#playerTitleBar QLabel, #playerTitleBar QToolButton, #playerControls QLabel, #playerControls QToolButton,"
        " #playbackProblem QLabel, #playbackProblem QToolButton, #seekPreview QLabel { color: white; }"
        // A control that does nothing now must look so: the style's own dimming of white text is barely visible.
        "#playerTitleBar QToolButton:disabled, #playerControls QToolButton:disabled { color: rgba(255, 255, 255, 80); }"
        "#seekPreview, #playbackProblem { background: rgba(0, 0, 0, 200); border-radius: 6px; }"
        "#playbackProblemMessage { font-size: 16px; }"
        "#playbackProblem QToolButton { background: transparent; border: none; }"
        "#playbackProblem QLabel#playbackProblemDetails { color: rgba(255, 255, 255, 170); }"
        "#playerTitle { font-size: 16px; font-weight: bold; }"
        "#playbackStatus { color: rgba(255, 255, 255, 190); }"
        "#upNextCard { background: rgba(20, 20, 20, 230); border: 1px solid rgba(255, 255, 255, 60);"
        " border-radius: 8px; }"
        "#upNextCard QLabel { color: white; }"
        "#upNextHeading { font-size: 12px; color: rgba(255, 255, 255, 170); }"
        "#upNextTitle { font-size: 16px; font-weight: bold; }"
        "#skipSegmentButton { background: rgba(255, 255, 255, 230); color: black; font-size: 15px; font-weight: bold;"
        " border-radius: 6px; padding: 10px 22px; }"));

    m_video->setParent(this);
    m_video->setMouseTracking(true);
    m_video->lower();
    m_titleBar->setObjectName(QStringLiteral("playerTitleBar"));
    m_titleBar->setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("playerBackButton"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to where you were (Esc)"));
    m_back->setIcon(PlayerIcons::icon(PlayerIcons::Glyph::Back));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setFocusPolicy(Qt::NoFocus);
    connect(m_back, &QToolButton::clicked, this, &PlayerView::closeRequested);
    auto *titleLayout = new QHBoxLayout(m_titleBar);
    titleLayout->setContentsMargins(8, 6, 14, 6);
    titleLayout->setSpacing(10);
    titleLayout->addWidget(m_back);
    titleLayout->addWidget(m_title, 1);
    titleLayout->addWidget(m_status);
    m_skip->setObjectName(QStringLiteral("skipSegmentButton"));
    m_skip->setFocusPolicy(Qt::NoFocus);
    m_skip->hide();
    connect(m_skip, &QPushButton::clicked, this, &PlayerView::skipRequested);
    m_upNext->hide();
    m_problem->hide();
    connect(m_problem, &PlaybackProblemPanel::detailsToggled, this, &PlayerView::layoutOverlays);
    connect(m_problem, &PlaybackProblemPanel::backClicked, this, &PlayerView::closeRequested);
    connect(m_problem, &PlaybackProblemPanel::retryClicked, this, &PlayerView::retryRequested);
    connect(m_problem, &PlaybackProblemPanel::originalQualityClicked, this, &PlayerView::originalQualityRequested);

    m_seekPreview->hide();
    connect(m_controls->seekBar(), &SeekBar::hovered, this, &PlayerView::showSeekPreview);
    connect(m_controls->seekBar(), &SeekBar::hoverEnded, this, [this] {
        m_previewMs = -1;
        m_seekPreview->hide();
    });

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(DefaultIdleHideDelay);
    connect(&m_idleTimer, &QTimer::timeout, this, &PlayerView::hideControlsIfIdle);
    connect(m_controls, &PlayerControlBar::fullScreenClicked, this, &PlayerView::toggleFullScreen);
    connect(engine, &PlayerEngine::started, this, [this] {
        m_problem->hide();
        m_playing = !m_engine->isPaused();
        restartIdleTimer();
    });
    connect(engine, &PlayerEngine::pausedChanged, this, [this](bool paused) {
        m_playing = !paused;
        showControls();
    });
    connect(engine, &PlayerEngine::stopped, this, [this] {
        m_playing = false;
        showControls();
    });
    connect(engine, &PlayerEngine::failed, this, &PlayerView::showProblem);
}

void PlayerView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString PlayerView::title() const
{
    return m_title->text();
}

QString PlayerView::errorText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->message() : QString();
}

PlaybackProblemPanel *PlayerView::problemPanel() const
{
    return m_problem;
}

bool PlayerView::isFullScreen() const
{
    return window()->isFullScreen();
}

bool PlayerView::controlsVisible() const
{
    return m_controls->isVisibleTo(this);
}

void PlayerView::setIdleHideDelay(std::chrono::milliseconds delay)
{
    m_idleTimer.setInterval(delay);
}

void PlayerView::setFullScreen(bool fullScreen)
{
    QWidget *top = window();
    if (fullScreen == top->isFullScreen())
        return;
    top->setWindowState(top->windowState() ^ Qt::WindowFullScreen);
    setFocus();
}

void PlayerView::toggleFullScreen()
{
    setFullScreen(!isFullScreen());
}

const QList<PlayerView::KeyBinding> &PlayerView::keyBindings()
{
    static const QList<KeyBinding> bindings{
        {Qt::Key_Space, QT_TR_NOOP("Play or pause"), &PlayerView::togglePause},
        {Qt::Key_Left, QT_TR_NOOP("Back 10 seconds"), &PlayerView::seekBack},
        {Qt::Key_Right, QT_TR_NOOP("Forward 10 seconds"), &PlayerView::seekForward},
        {Qt::Key_F, QT_TR_NOOP("Full screen on or off"), &PlayerView::toggleFullScreen},
        {Qt::Key_Escape, QT_TR_NOOP("Leave full screen, then the player"), &PlayerView::leaveFullScreenOrClose},
    };
    return bindings;
}

QList<std::pair<QString, QString>> PlayerView::keyList()
{
    QList<std::pair<QString, QString>> keys;
    for (const KeyBinding &binding : keyBindings())
        keys.append({QKeySequence(binding.key).toString(QKeySequence::NativeText), tr(binding.description)});
    return keys;
}

void PlayerView::togglePause()
{
    m_controls->togglePause();
}

void PlayerView::seekBack()
{
    m_controls->seekBy(-PlayerControlBar::SkipSeconds);
}

void PlayerView::seekForward()
{
    m_controls->seekBy(PlayerControlBar::SkipSeconds);
}

void PlayerView::leaveFullScreenOrClose()
{
    if (isFullScreen())
        setFullScreen(false);
    else
        Q_EMIT closeRequested();
}

void PlayerView::keyPressEvent(QKeyEvent *event)
{
    showControls();
    for (const KeyBinding &binding : keyBindings()) {
        if (event->key() == binding.key) {
            (this->*binding.action)();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void PlayerView::mouseMoveEvent(QMouseEvent *event)
{
    showControls();
    QWidget::mouseMoveEvent(event);
}

void PlayerView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_controls->geometry().contains(event->position().toPoint())) {
        toggleFullScreen();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void PlayerView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutOverlays();
}

void PlayerView::layoutOverlays()
{
    m_video->setGeometry(rect());
    const int titleHeight = m_titleBar->sizeHint().height();
    m_titleBar->setGeometry(0, 0, width(), titleHeight);
    const int controlsHeight = m_controls->sizeHint().height();
    m_controls->setGeometry(0, height() - controlsHeight, width(), controlsHeight);
    const int problemWidth = qMax(0, qMin(width() - 80, 560));
    const int problemHeight = m_problem->hasHeightForWidth() ? m_problem->heightForWidth(problemWidth)
                                                             : m_problem->sizeHint().height();
    m_problem->setGeometry((width() - problemWidth) / 2, (height() - problemHeight) / 2, problemWidth, problemHeight);
    const int overlayBottom = height() - controlsHeight - 16;
    m_skip->adjustSize();
    m_skip->move(width() - m_skip->width() - 24, overlayBottom - m_skip->height());
    m_upNext->adjustSize();
    m_upNext->move(width() - m_upNext->width() - 24, overlayBottom - m_upNext->height());
    m_titleBar->raise();
    m_controls->raise();
    m_skip->raise();
    m_upNext->raise();
    m_problem->raise();
}

void PlayerView::showControls()
{
    if (!m_controls->isVisibleTo(this)) {
        m_titleBar->show();
        m_controls->show();
        unsetCursor();
    }
    restartIdleTimer();
}

void PlayerView::restartIdleTimer()
{
    if (m_playing)
        m_idleTimer.start();
    else
        m_idleTimer.stop();
}

void PlayerView::hideControlsIfIdle()
{
    // The pointer resting on the controls is someone about to use them.
    // (Asked of the pointer itself: enter and leave events can be missed while the controls hide, show and move.)
    if (!m_playing || m_controls->rect().contains(m_controls->mapFromGlobal(QCursor::pos())))
        return;
    m_titleBar->hide();
    m_controls->hide();
    m_seekPreview->hide();
    setCursor(Qt::BlankCursor);
}

void PlayerView::setTrickplay(TrickplayThumbnails *thumbnails)
{
    m_trickplay = thumbnails;
    if (thumbnails) {
        // A tile that arrives while the pointer still rests on the bar shows at once.
        connect(thumbnails, &TrickplayThumbnails::tileArrived, this, [this] {
            if (m_seekPreview->isVisible() && m_previewMs >= 0)
                m_seekPreview->setPicture(m_trickplay->thumbnail(m_previewMs / 1000.0));
        });
    }
}

void PlayerView::setPlaybackStatus(const QString &text)
{
    m_status->setText(text);
}

QString PlayerView::playbackStatus() const
{
    return m_status->text();
}

void PlayerView::setSkipOffer(const QString &text)
{
    m_skip->setText(text);
    m_skip->setVisible(!text.isEmpty() && !m_upNext->isVisibleTo(this));
    layoutOverlays();
}

void PlayerView::showUpNext(bool show)
{
    m_upNext->setVisible(show);
    if (show)
        m_skip->hide(); // the card takes the place of "Skip credits"
    layoutOverlays();
}

void PlayerView::showSeekPreview(int milliseconds, int x)
{
    m_previewMs = milliseconds;
    m_seekPreview->setTime(milliseconds / 1000.0);
    m_seekPreview->setPicture(m_trickplay ? m_trickplay->thumbnail(milliseconds / 1000.0) : QImage());
    const QPoint anchor = m_controls->seekBar()->mapTo(this, QPoint(x, 0));
    const QSize size = m_seekPreview->sizeHint();
    const int left = qBound(0, anchor.x() - size.width() / 2, qMax(0, width() - size.width()));
    m_seekPreview->setGeometry(left, m_controls->y() - size.height() - 6, size.width(), size.height());
    m_seekPreview->show();
    m_seekPreview->raise();
}

void PlayerView::showProblem(const PlaybackProblem &problem)
{
    m_problem->setProblem(problem);
    m_problem->show();
    layoutOverlays();
    showControls();
}

void PlayerView::clearProblem()
{
    m_problem->hide();
}

} // namespace marquee
