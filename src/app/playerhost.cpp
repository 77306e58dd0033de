// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playerhost.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "core/networklocality.h"
#include "player/mpvengine.h"
#include "player/mpvvideowidget.h"
#include "player/playbackcontroller.h"
#include "player/playersession.h"
#include "player/playerview.h"
#include "services/databasewriter.h"
#include "services/medialocator.h"
#include "services/playbackservices.h"
#include "services/playbacksettings.h"
#include "storage/cachemetarepository.h"
#include "storage/itemreader.h"
#include "storage/playbacksessionrepository.h"
#include "storage/settingsrepository.h"
#include "ui/mainwindow.h"

namespace marquee {

PlayerHost::PlayerHost(MainWindow &window, PlaybackServices &playback, ItemReader &items, QSqlDatabase state,
                       const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_playback(playback)
    , m_items(items)
    , m_state(std::move(state))
    , m_clock(clock)
    , m_nextEpisode(items)
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
    const PlaybackSettings settings = PlaybackSettings::from(SettingsRepository(m_state).all());
    const Backend *backend = m_playback.planner().backend();
    const bool local = backend && isOnLocalNetwork(backend->serverUrl());
    m_controller->setMaxBitrate(local ? settings.localQuality : settings.remoteQuality);
    m_session->setSettings(settings);
    const std::optional<MediaItem> item = m_items.item(itemId);
    const QString title = m_nextEpisode.titleOf(itemId);
    m_view->setTitle(title);
    // Shown first: the engine opens the stream once the video widget has its render context.
    m_window.showOverlayPage(m_view);
    m_session->play(PlaybackRequest{itemId, {}, title, startPositionTicks, item ? item->seriesId : QString(), {}});
}

void PlayerHost::buildPlayer()
{
    m_engine = std::make_unique<MpvEngine>(MpvEngine::Output::Window);
    m_controller = std::make_unique<PlaybackController>(*m_engine, m_playback.reporter(), m_playback.planner(),
                                                        m_playback.transcodes(), m_clock);
    m_controller->setPlayedShare(m_playedShare);
    m_controller->setCapabilities(m_engine->capabilities());
    m_view = new PlayerView(m_engine.get(), new MpvVideoWidget(m_engine.get()), &m_window);
    m_view->setObjectName(QStringLiteral("playerView"));
    m_session = std::make_unique<PlayerSession>(*m_engine, *m_controller, m_playback.planner(), *m_view);
    connectHooks();
    connect(m_view, &PlayerView::closeRequested, &m_window, &MainWindow::closeOverlayPage);
    connect(&m_window, &MainWindow::overlayPageClosed, this, [this](QWidget *page) {
        if (page == m_view)
            m_engine->stop();
    });
    // A film that ran to its end, with nothing up next, leaves the player; the page below re-reads its played state.
    connect(m_session.get(), &PlayerSession::finished, &m_window, &MainWindow::closeOverlayPage);
}

void PlayerHost::connectHooks()
{
    DatabaseWriter *writer = &m_playback.writer();
    const Clock *clock = &m_clock;
    PlayerSession::Hooks hooks;
    hooks.nextItem = [this](const QString &itemId) { return m_nextEpisode.after(itemId); };
    hooks.readLanguages = [this](const QString &seriesId) {
        // One row by its key: as cheap as a settings read, so it is read here rather than waited for.
        const SeriesTrackPreference stored =
            PlaybackSessionRepository(m_state).seriesPreference(CacheMetaRepository(m_state).serverId(), seriesId);
        return PlayerSession::Languages{stored.audioLanguage, stored.subtitleLanguage};
    };
    hooks.saveLanguages = [writer, clock](const QString &seriesId, const PlayerSession::Languages &languages) {
        const qint64 now = clock->nowMs();
        writer->run([seriesId, languages, now](const QSqlDatabase &db) {
            return PlaybackSessionRepository(db).saveSeriesPreference(
                CacheMetaRepository(db).serverId(), seriesId, {languages.audio, languages.subtitle}, now);
        });
    };
    hooks.saveDefaultQuality = [this, writer](std::optional<qint64> cap) {
        const Backend *backend = m_playback.planner().backend();
        const QString key = backend && !isOnLocalNetwork(backend->serverUrl()) ? PlaybackSettings::RemoteQualityKey
                                                                              : PlaybackSettings::QualityKey;
        writer->run([key, cap](const QSqlDatabase &db) {
            return SettingsRepository(db).setValue(key, PlaybackSettings::qualityText(cap));
        });
    };
    hooks.findLocalCopy = [this](PlaybackRequest &request) {
        if (!m_locator)
            return;
        if (const std::optional<MediaLocator::LocalCopy> copy = m_locator->localCopy(request.itemId, request.mediaSourceId)) {
            request.localMedia = copy->file;
            request.mediaSourceId = copy->mediaSourceId;
        }
    };
    m_session->setHooks(std::move(hooks));
}

} // namespace marquee
