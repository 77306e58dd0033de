// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playersession.h"

#include "core/ticks.h"
#include "player/playbackmenus.h"
#include "player/playbackquality.h"
#include "player/playercontrolbar.h"
#include "player/playerengine.h"
#include "player/playerview.h"
#include "player/seekbar.h"
#include "player/upnextcard.h"

#include <QPushButton>

namespace marquee {

namespace {

double seconds(qint64 ticks)
{
    return double(ticks) / double(TicksPerSecond);
}

} // namespace

PlayerSession::PlayerSession(PlayerEngine &engine, PlaybackController &controller, PlaybackPlanner &planner,
                             PlayerView &view, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_controller(controller)
    , m_planner(planner)
    , m_view(view)
    , m_trickplay([this](const TrickplayInfo &info, int tile) {
        return m_planner.trickplayTile(m_request.itemId, info, tile);
    })
{
    m_view.setTrickplay(&m_trickplay);
    PlayerControlBar *bar = m_view.controlBar();
    PlaybackMenus *menus = m_view.menus();

    connect(&m_controller, &PlaybackController::opening, this, [this] {
        m_view.clearProblem();
        m_view.setPlaybackStatus(tr("Asking the server how to play…"));
    });
    connect(&m_controller, &PlaybackController::planned, this, &PlayerSession::onPlanned);
    connect(&m_controller, &PlaybackController::playbackFailed, this, [this](const PlaybackProblem &problem) {
        m_view.setPlaybackStatus({});
        m_view.showProblem(problem);
    });
    connect(&m_engine, &PlaybackEngine::started, this, &PlayerSession::onStarted);
    connect(&m_engine, &PlaybackEngine::positionChanged, this, [this](double position) {
        m_skipper.setPosition(position);
        m_upNext.setPosition(position);
    });
    connect(&m_engine, &PlaybackEngine::seeked, this, [this](double position) {
        m_skipper.setPosition(position);
        m_upNext.setPosition(position);
    });
    connect(&m_engine, &PlaybackEngine::durationChanged, this, [this](double duration) { m_upNext.setDuration(duration); });
    connect(&m_engine, &PlaybackEngine::endReached, this, [this] {
        if (!m_upNext.endReached())
            Q_EMIT finished();
    });

    connect(bar, &PlayerControlBar::audioTrackChosen, this, &PlayerSession::chooseAudio);
    connect(bar, &PlayerControlBar::subtitleTrackChosen, this, &PlayerSession::chooseSubtitle);
    connect(menus, &PlaybackMenus::qualityChosen, this, [this](std::optional<qint64> cap) {
        m_controller.replan({cap, {}, {}, {}});
    });
    connect(menus, &PlaybackMenus::qualityMadeDefault, this, [this](std::optional<qint64> cap) {
        if (m_hooks.saveDefaultQuality)
            m_hooks.saveDefaultQuality(cap);
    });
    connect(menus, &PlaybackMenus::versionChosen, this, [this](const QString &id) {
        m_controller.replan({{}, id, {}, {}});
    });
    connect(menus, &PlaybackMenus::chapterChosen, &m_engine, &PlaybackEngine::seek);

    connect(&m_skipper, &SegmentSkipper::offerChanged, this, &PlayerSession::showSkipOffer);
    connect(&m_skipper, &SegmentSkipper::seekRequested, &m_engine, &PlaybackEngine::seek);
    connect(&m_view, &PlayerView::skipRequested, &m_skipper, &SegmentSkipper::skip);

    UpNextCard *card = m_view.upNextCard();
    connect(&m_upNext, &UpNextCountdown::shown, this, [this, card](const NextItem &next) {
        card->setNext(next.title);
        m_view.showUpNext(true);
    });
    connect(&m_upNext, &UpNextCountdown::secondsLeftChanged, card, &UpNextCard::setSecondsLeft);
    connect(&m_upNext, &UpNextCountdown::hidden, this, [this] {
        m_view.showUpNext(false);
        showSkipOffer();
    });
    connect(card, &UpNextCard::playNowClicked, &m_upNext, &UpNextCountdown::playNow);
    connect(card, &UpNextCard::cancelClicked, &m_upNext, &UpNextCountdown::cancel);
    connect(&m_upNext, &UpNextCountdown::playNextRequested, this, [this](const NextItem &next) {
        m_view.setTitle(next.title);
        play(PlaybackRequest{next.itemId, {}, next.title, 0, next.seriesId, {}});
        Q_EMIT itemStarted(next.itemId);
    });

    connect(&m_view, &PlayerView::retryRequested, this, [this] {
        PlaybackRequest again = m_request;
        again.startTicks = qint64(m_controller.positionSeconds() * double(TicksPerSecond));
        m_controller.play(again);
    });
    connect(&m_view, &PlayerView::originalQualityRequested, this, [this] {
        m_controller.replan({std::optional<qint64>(), {}, {}, {}});
    });
}

void PlayerSession::setSettings(const PlaybackSettings &settings)
{
    m_upNext.setEnabled(settings.upNext);
    m_upNext.setCountdownSeconds(settings.upNextSeconds);
    m_skipper.setAutoSkip(settings.autoSkipIntro);
}

void PlayerSession::play(const PlaybackRequest &asked)
{
    PlaybackRequest request = asked;
    if (!request.localMedia.isValid() && m_hooks.findLocalCopy)
        m_hooks.findLocalCopy(request);
    const bool sameItem = request.itemId == m_request.itemId;
    m_request = request;
    ++m_generation;
    m_pendingLanguages.reset();
    if (!request.seriesId.isEmpty() && m_hooks.readLanguages)
        m_pendingLanguages = m_hooks.readLanguages(request.seriesId);
    const std::optional<NextItem> next = m_hooks.nextItem ? m_hooks.nextItem(request.itemId) : std::nullopt;
    m_upNext.reset(next);
    // On a plane: after a downloaded episode, a next one that is not downloaded is offered only if the server answers.
    const bool nextNeedsServer = request.localMedia.isValid() && next && !hasLocalCopy(next->itemId);
    m_upNext.setPlayableCheck(nextNeedsServer ? std::function<bool()>([this] { return m_controller.serverAnswers(); })
                                              : std::function<bool()>());
    m_skipper.setSegments({});
    m_trickplay.setInfo(std::nullopt);
    m_extras = {};
    m_view.menus()->setChapters({});
    m_view.controlBar()->seekBar()->setMarks({});
    m_view.showUpNext(false);
    m_view.setSkipOffer({});
    if (!sameItem) {
        // Speed and delays belong to the item that plays.
        m_engine.setSpeed(1.0);
        m_engine.setAudioDelay(0.0);
        m_engine.setSubtitleDelay(0.0);
    }
    m_controller.play(request);
    if (request.localMedia.isEmpty())
        fetchExtras(request.itemId);
}

bool PlayerSession::hasLocalCopy(const QString &itemId) const
{
    PlaybackRequest probe;
    probe.itemId = itemId;
    if (m_hooks.findLocalCopy)
        m_hooks.findLocalCopy(probe);
    return probe.localMedia.isValid();
}

void PlayerSession::fetchExtras(const QString &itemId)
{
    const quint64 generation = m_generation;
    m_planner.segments(itemId).then(this, [this, generation](const QList<MediaSegment> &segments) {
        if (generation != m_generation)
            return;
        m_skipper.setSegments(segments);
        for (const MediaSegment &segment : segments) {
            if (segment.type == MediaSegment::Type::Outro)
                m_upNext.setCreditsStart(seconds(segment.startTicks));
        }
    });
    m_planner.extras(itemId).then(this, [this, generation](const PlaybackExtras &extras) {
        if (generation != m_generation)
            return;
        m_extras = extras;
        m_view.menus()->setChapters(extras.chapters);
        QList<int> marks;
        for (const Chapter &chapter : extras.chapters)
            marks.append(int(chapter.startTicks / TicksPerMillisecond));
        m_view.controlBar()->seekBar()->setMarks(marks);
        chooseTrickplay();
    });
}

void PlayerSession::onPlanned(const PlaybackPlan &plan)
{
    if (plan.itemId != m_request.itemId)
        return;
    if (const std::optional<Languages> languages = std::exchange(m_pendingLanguages, std::nullopt)) {
        std::optional<int> audio = plan.audioStreamIndex;
        std::optional<int> subtitle = plan.subtitleStreamIndex;
        ServerTracks::preferLanguages(plan.source, languages->audio, languages->subtitle, &audio, &subtitle);
        const bool differs = audio != plan.audioStreamIndex || subtitle != plan.subtitleStreamIndex;
        if (differs && plan.converted) {
            // A conversion carries only the tracks it was asked for: ask again with the remembered ones.
            m_controller.replan({{}, {}, audio, subtitle});
            return;
        }
        PlaybackPlan chosen = plan;
        chosen.audioStreamIndex = audio;
        chosen.subtitleStreamIndex = subtitle;
        m_tracks.setPlan(chosen);
    } else {
        m_tracks.setPlan(plan);
    }
    showTracks();
    m_view.setPlaybackStatus(playbackStatusText(plan));
    m_view.menus()->setQuality(plan.maxBitrate);
    QList<std::pair<QString, QString>> versions;
    for (const PlaybackSource &source : plan.versions)
        versions.append({source.id, source.name});
    m_view.menus()->setVersions(versions, plan.source.id);
    chooseTrickplay();
}

void PlayerSession::chooseTrickplay()
{
    // The smallest thumbnails of the version that plays: the preview is small, and so are they to fetch.
    const PlaybackPlan &plan = m_controller.plan();
    std::optional<TrickplayInfo> trickplay;
    for (const TrickplayInfo &info : std::as_const(m_extras.trickplay)) {
        const bool thisVersion = info.mediaSourceId.isEmpty() || info.mediaSourceId == plan.source.id;
        if (thisVersion && (!trickplay || info.width < trickplay->width))
            trickplay = info;
    }
    if (plan.itemId != m_request.itemId)
        trickplay.reset();
    m_trickplay.setInfo(trickplay);
}

void PlayerSession::onStarted()
{
    m_tracks.apply(m_engine, m_planner);
    m_controller.setStreams(m_tracks.audioIndex(), m_tracks.subtitleIndex());
}

void PlayerSession::showTracks()
{
    m_view.controlBar()->setTrackChoices(m_tracks.audio(), m_tracks.subtitles());
}

void PlayerSession::chooseAudio(int index)
{
    if (const PlaybackStream *stream = m_tracks.stream(index))
        rememberLanguages({stream->language, std::nullopt});
    if (!m_tracks.chooseAudio(index, m_engine)) {
        m_controller.replan({{}, {}, index, {}});
        return;
    }
    m_controller.setStreams(m_tracks.audioIndex(), m_tracks.subtitleIndex());
    showTracks();
}

void PlayerSession::chooseSubtitle(int index)
{
    const PlaybackStream *stream = m_tracks.stream(index);
    rememberLanguages({std::nullopt, stream ? stream->language : QString(QLatin1String(""))});
    if (!m_tracks.chooseSubtitle(index, m_engine, m_planner)) {
        m_controller.replan({{}, {}, {}, index});
        return;
    }
    m_controller.setStreams(m_tracks.audioIndex(), m_tracks.subtitleIndex());
    showTracks();
}

void PlayerSession::rememberLanguages(const Languages &languages)
{
    if (!m_request.seriesId.isEmpty() && m_hooks.saveLanguages)
        m_hooks.saveLanguages(m_request.seriesId, languages);
}

void PlayerSession::showSkipOffer()
{
    const std::optional<MediaSegment> offer = m_skipper.offer();
    // At the credits the Up next card is the offer.
    const bool upNextTakesIt = offer && offer->type == MediaSegment::Type::Outro && m_upNext.isShown();
    m_view.setSkipOffer(offer && !upNextTakesIt ? SegmentSkipper::skipText(offer->type) : QString());
}

} // namespace marquee
