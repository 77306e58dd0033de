// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playerview.h"

#include "player/playercontrolbar.h"
#include "player/playerengine.h"
#include "player/seekbar.h"
#include "player/seekpreview.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

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
    , m_title(plainLabel(QStringLiteral("playerTitle"), m_titleBar))
    , m_error(plainLabel(QStringLiteral("playerError"), this))
    , m_controls(new PlayerControlBar(engine, this))
    , m_seekPreview(new SeekPreview(this))
{
    setObjectName(QStringLiteral("playerView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette black = palette();
    black.setColor(QPalette::Window, Qt::black);
    setPalette(black);
    setStyleSheet(QStringLiteral("#playerTitleBar, #playerControls { background: rgba(0, 0, 0, 160); }"
                                 "#playerTitleBar QLabel, #playerControls QLabel, #playerControls QToolButton,"
                                 " #playerError, #seekPreview QLabel { color: white; }"
                                 "#seekPreview { background: rgba(0, 0, 0, 200); border-radius: 4px; }"
                                 "#playerTitle { font-size: 16px; font-weight: bold; }"));

    m_video->setParent(this);
    m_video->setMouseTracking(true);
    m_video->lower();
    m_titleBar->setObjectName(QStringLiteral("playerTitleBar"));
    m_titleBar->setAttribute(Qt::WA_StyledBackground);
    auto *titleLayout = new QHBoxLayout(m_titleBar);
    titleLayout->setContentsMargins(14, 8, 14, 8);
    titleLayout->addWidget(m_title);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->hide();

    m_seekPreview->hide();
    connect(m_controls->seekBar(), &SeekBar::hovered, this, &PlayerView::showSeekPreview);
    connect(m_controls->seekBar(), &SeekBar::hoverEnded, m_seekPreview, &QWidget::hide);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(DefaultIdleHideDelay);
    connect(&m_idleTimer, &QTimer::timeout, this, &PlayerView::hideControlsIfIdle);
    connect(m_controls, &PlayerControlBar::fullScreenClicked, this, &PlayerView::toggleFullScreen);
    connect(engine, &PlayerEngine::started, this, [this] {
        m_error->hide();
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
    connect(engine, &PlayerEngine::failed, this, &PlayerView::showError);
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
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
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

void PlayerView::keyPressEvent(QKeyEvent *event)
{
    showControls();
    switch (event->key()) {
    case Qt::Key_Space:
        m_controls->togglePause();
        break;
    case Qt::Key_Left:
        m_controls->seekBy(-PlayerControlBar::SkipSeconds);
        break;
    case Qt::Key_Right:
        m_controls->seekBy(PlayerControlBar::SkipSeconds);
        break;
    case Qt::Key_F:
        toggleFullScreen();
        break;
    case Qt::Key_Escape:
        if (isFullScreen())
            setFullScreen(false);
        else
            Q_EMIT closeRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
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
    m_error->setGeometry(rect().adjusted(40, titleHeight, -40, -controlsHeight));
    m_titleBar->raise();
    m_controls->raise();
    m_error->raise();
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

void PlayerView::showSeekPreview(int milliseconds, int x)
{
    m_seekPreview->setTime(milliseconds / 1000.0);
    const QPoint anchor = m_controls->seekBar()->mapTo(this, QPoint(x, 0));
    const QSize size = m_seekPreview->sizeHint();
    const int left = qBound(0, anchor.x() - size.width() / 2, qMax(0, width() - size.width()));
    m_seekPreview->setGeometry(left, m_controls->y() - size.height() - 6, size.width(), size.height());
    m_seekPreview->show();
    m_seekPreview->raise();
}

void PlayerView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    showControls();
}

} // namespace marquee
