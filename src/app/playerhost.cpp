// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playerhost.h"

#include "player/mpvengine.h"
#include "player/mpvvideowidget.h"
#include "player/playbackcontroller.h"
#include "player/playerview.h"
#include "storage/itemreader.h"
#include "ui/mainwindow.h"

namespace marquee {

PlayerHost::PlayerHost(MainWindow &window, LivePlaybackReporter &reporter, ItemReader &items, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reporter(reporter)
    , m_items(items)
    , m_clock(clock)
    , m_playedShare(PlaybackController::DefaultPlayedShare)
{
}

PlayerHost::~PlayerHost() = default;

void PlayerHost::setPlayedShare(double share)
{
    m_playedShare = share;
    if (m_controller)
        m_controller->setPlayedShare(share);
}

void PlayerHost::play(const QString &itemId, qint64 startPositionTicks)
{
    if (!m_controller)
        buildPlayer();
    const QString title = titleOf(itemId);
    m_view->setTitle(title);
    // Shown first: the engine opens the stream once the video widget has its render context.
    m_window.showOverlayPage(m_view);
    m_controller->play(PlaybackRequest{itemId, {}, title, startPositionTicks});
}

void PlayerHost::buildPlayer()
{
    m_engine = std::make_unique<MpvEngine>(MpvEngine::Output::Window);
    m_controller = std::make_unique<PlaybackController>(*m_engine, m_reporter, m_clock);
    m_controller->setPlayedShare(m_playedShare);
    m_view = new PlayerView(m_engine.get(), new MpvVideoWidget(m_engine.get()), &m_window);
    m_view->setObjectName(QStringLiteral("playerView"));
    connect(m_view, &PlayerView::closeRequested, &m_window, &MainWindow::closeOverlayPage);
    connect(&m_window, &MainWindow::overlayPageClosed, this, [this](QWidget *page) {
        if (page == m_view)
            m_engine->stop();
    });
    // A film that ran to its end leaves the player; the page below re-reads its played state.
    connect(m_engine.get(), &PlaybackEngine::endReached, &m_window, &MainWindow::closeOverlayPage);
}

QString PlayerHost::titleOf(const QString &itemId)
{
    const std::optional<MediaItem> item = m_items.item(itemId);
    if (!item)
        return {};
    if (item->seriesName.isEmpty())
        return item->name;
    return item->seriesName + QStringLiteral(" · ") + item->name;
}

} // namespace marquee
