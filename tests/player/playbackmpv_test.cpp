// SPDX-License-Identifier: GPL-3.0-or-later
// The whole player with a headless libmpv (vo=null, ao=null) against the demo server: an HLS conversion plays and is
// stopped when playback ends; an external subtitle is selected and shown (mpv's sub-text); the next episode plays
// after the Up next countdown; an intro is skipped; a failed conversion says so and plays the original on request.
// Against the Plex face too: the play method for a cap, the transcode's stop, its subtitle and intro markers.
#include "backend/plexplaybackrequests.h"
#include "demoserver/demomedia.h"
#include "playbackfixture.h"
#include "player/mpvengine.h"
#include "player/playbackcontroller.h"
#include "player/playbackproblempanel.h"
#include "player/playercontrolbar.h"
#include "player/playersession.h"
#include "player/playerview.h"
#include "player/upnextcard.h"
#include "support/plexplaybackrecord.h"

#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr int StartTimeoutMs = 20'000;

/// The whole player against the demo server's @p ServerSession face (Jellyfin or Plex), with its ids.
template <typename ServerSession>
class MpvPlayerOf : public ::testing::Test, protected PlaybackFixtureOf<ServerSession>
{
protected:
    MpvPlayerOf()
    {
        controller.setCapabilities(engine.capabilities());
        view.resize(960, 540);
        view.show();
        for (const QString &episode : this->demo.server().itemIds(DemoItemKind::Episode))
            episodes.append(idOf(episode));
        PlayerSession::Hooks hooks;
        hooks.nextItem = [this](const QString &itemId) -> std::optional<NextItem> {
            if (itemId != episodes.at(0))
                return std::nullopt;
            return NextItem{episodes.at(1), QStringLiteral("S1 E2"), {}};
        };
        session.setHooks(hooks);
    }

    void SetUp() override { ASSERT_TRUE(engine.startError().isEmpty()) << engine.startError().toStdString(); }

    bool play(const QString &itemId, double startSeconds = 0.0)
    {
        QSignalSpy started(&engine, &PlaybackEngine::started);
        session.play(PlaybackRequest{itemId, {}, QStringLiteral("Title"), qint64(startSeconds * 1e7), {}, {}});
        return started.wait(StartTimeoutMs);
    }
    /// The id the backend knows a demo item by.
    QString idOf(const QString &demoId) const
    {
        if constexpr (std::is_same_v<ServerSession, PlexDemoSession>)
            return this->demo.key(demoId);
        else
            return demoId;
    }
    QString movie() { return idOf(this->demo.server().itemIds(DemoItemKind::Movie).first()); }

    /// Plays a movie under a 720 kbps cap: an HLS conversion that runs, and is stopped when playback ends.
    void playsACappedConversionAndStopsIt()
    {
        controller.setMaxBitrate(720'000);
        ASSERT_TRUE(play(movie()));
        ASSERT_EQ(controller.plan().method, PlayMethod::Transcode);
        const QString session = controller.plan().playSessionId;
        EXPECT_EQ(view.playbackStatus(), QStringLiteral("Transcoding: bitrate above the 720 kbps cap"));
        const double startedAt = engine.position();
        ASSERT_TRUE(waitUntil([&] { return engine.position() > startedAt + 1.0; }, 10'000)) << "the HLS stream does not run";
        EXPECT_EQ(this->demo.server().activeEncodings(), QStringList{session});
        engine.stop();
        ASSERT_TRUE(waitUntil([&] { return this->demo.server().stoppedEncodings().contains(session); }, 10'000));
        EXPECT_TRUE(this->demo.server().activeEncodings().isEmpty());
    }
    /// Chooses the English subtitle of an episode: mpv fetches it from the server's address and shows the cue.
    void showsTheEnglishSubtitle()
    {
        ASSERT_TRUE(play(episodes.first()));
        QAction *english = nullptr;
        for (QAction *action : view.findChild<QToolButton *>(QStringLiteral("subtitlesButton"))->menu()->actions()) {
            if (action->text().startsWith(QLatin1String("English")))
                english = action;
        }
        ASSERT_NE(english, nullptr);
        english->trigger();
        ASSERT_TRUE(waitUntil([&] { return !engine.subtitleText().isEmpty(); }, 10'000)) << "no subtitle on screen";
        const qint64 now = qint64(engine.position() * 1e7);
        const QString shown = engine.subtitleText();
        EXPECT_TRUE(shown == DemoMedia::subtitleCue(2, now) || shown == DemoMedia::subtitleCue(2, now - 5'000'000))
            << shown.toStdString();
    }
    /// Plays an episode in its intro and skips it with the button.
    void skipsTheIntro()
    {
        ASSERT_TRUE(play(episodes.first(), 0.5));
        QPushButton *skip = view.skipButton();
        ASSERT_TRUE(waitUntil([&] { return skip->isVisible(); }, 10'000)) << "no Skip intro during the intro";
        EXPECT_EQ(skip->text(), QStringLiteral("Skip intro"));
        QSignalSpy seeked(&engine, &PlaybackEngine::seeked);
        skip->click();
        ASSERT_TRUE(seeked.wait(10'000));
        EXPECT_NEAR(seeked.last().at(0).toDouble(), 4.0, 0.3) << "to the end of the intro";
        EXPECT_FALSE(skip->isVisible());
    }

    MpvEngine engine{MpvEngine::Output::Headless};
    PlaybackController controller{engine, this->reporter, this->planner, this->transcodes, this->fixture.clock()};
    PlayerView view{&engine, nullptr};
    PlayerSession session{engine, controller, this->planner, view};
    QStringList episodes;
};

class PlaybackMpvTest : public MpvPlayerOf<DemoSession>
{
};

/// The same player against the Plex face: the universal transcoder decides, its markers make the skip segments.
class PlexPlaybackMpvTest : public MpvPlayerOf<PlexDemoSession>
{
};

} // namespace

TEST_F(PlaybackMpvTest, AnHlsConversionPlaysAndIsStoppedWhenPlaybackEnds)
{
    playsACappedConversionAndStopsIt();
}

TEST_F(PlaybackMpvTest, AnExternalSubtitleIsSelectedAndShown)
{
    showsTheEnglishSubtitle();
    bool listed = false;
    for (const MediaTrack &track : engine.tracks())
        listed = listed || (track.kind == MediaTrack::Kind::Subtitle && track.external && track.selected);
    EXPECT_TRUE(listed);
}

TEST_F(PlaybackMpvTest, TheNextEpisodeIsPlayedAfterTheCountdown)
{
    PlaybackSettings settings;
    settings.upNextSeconds = 1;
    session.setSettings(settings);
    QSignalSpy nextStarted(&session, &PlayerSession::itemStarted);
    ASSERT_TRUE(play(episodes.at(0), 7.0));
    ASSERT_TRUE(waitUntil([&] { return view.upNextCard()->isVisible(); }, 10'000)) << "no Up next at the credits";
    QSignalSpy started(&engine, &PlaybackEngine::started);
    ASSERT_TRUE(started.wait(StartTimeoutMs)) << "the next episode did not start";
    EXPECT_EQ(nextStarted.size(), 1);
    EXPECT_EQ(controller.currentItemId(), episodes.at(1));
    EXPECT_LT(engine.position(), 2.0) << "from its start";
}

TEST_F(PlaybackMpvTest, AnIntroIsSkipped)
{
    skipsTheIntro();
}

TEST_F(PlaybackMpvTest, AFailedConversionSaysSoAndPlaysTheOriginalOnRequest)
{
    demo.server().setConversionsFail(true);
    controller.setMaxBitrate(1'500'000);
    QSignalSpy failed(&controller, &PlaybackController::playbackFailed);
    session.play(PlaybackRequest{movie(), {}, QStringLiteral("Title"), 0, {}, {}});
    ASSERT_TRUE(failed.wait(StartTimeoutMs));
    EXPECT_EQ(failed.first().at(0).value<PlaybackProblem>().kind, PlaybackProblem::Kind::ConversionFailed);
    EXPECT_TRUE(view.errorText().contains(QLatin1String("could not convert"))) << view.errorText().toStdString();
    auto *original = view.findChild<QPushButton *>(QStringLiteral("playbackProblemOriginal"));
    ASSERT_TRUE(original->isVisible());
    QSignalSpy started(&engine, &PlaybackEngine::started);
    original->click();
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    EXPECT_EQ(controller.plan().method, PlayMethod::DirectPlay);
    EXPECT_TRUE(view.errorText().isEmpty());
}

TEST_F(PlexPlaybackMpvTest, WithoutACapThePartPlaysDirectly)
{
    ASSERT_TRUE(play(movie()));
    EXPECT_EQ(controller.plan().method, PlayMethod::DirectPlay);
    EXPECT_TRUE(controller.plan().stream.url.path().startsWith(QLatin1String("/library/parts/")));
    EXPECT_TRUE(demo.server().activeEncodings().isEmpty());
}

TEST_F(PlexPlaybackMpvTest, ACappedTranscodePlaysOverHlsAndIsStoppedWhenPlaybackEnds)
{
    playsACappedConversionAndStopsIt();
    // The timeline names the transcode's session, so the server's dashboard ties the playback to its conversion.
    bool reported = false;
    for (const QJsonObject &report : demo.server().plexTimelineReports())
        reported = reported || report.value(QStringLiteral("session")).toString() == controller.plan().playSessionId;
    EXPECT_TRUE(reported);
}

TEST_F(PlexPlaybackMpvTest, AnExternalSubtitleIsShownFromItsStreamAddress)
{
    showsTheEnglishSubtitle();
}

TEST_F(PlexPlaybackMpvTest, AnIntroMarkerIsSkipped)
{
    skipsTheIntro();
}

TEST_F(PlexPlaybackMpvTest, TheSecondVersionChosenInTheMenuIsTheOnePlayedAndTheServerKnowsIt)
{
    QString twoVersions;
    for (const QString &id : demo.server().itemIds(DemoItemKind::Movie)) {
        const Result<MediaItem> item = awaitResult(demo.backend().itemDetails(demo.key(id)));
        if (twoVersions.isEmpty() && item.ok() && item.value().mediaSources.size() == 2)
            twoVersions = demo.key(id);
    }
    ASSERT_FALSE(twoVersions.isEmpty()) << "the demo library has a movie in two versions";
    ASSERT_TRUE(play(twoVersions));
    auto *versions = view.findChild<QToolButton *>(QStringLiteral("versionButton"));
    ASSERT_TRUE(versions->isVisible()) << "two versions: the player offers the choice";
    ASSERT_EQ(versions->menu()->actions().size(), 2);
    EXPECT_TRUE(versions->menu()->actions().at(0)->isChecked());
    EXPECT_EQ(versions->menu()->actions().at(1)->text(), QStringLiteral("4K MKV"));

    QSignalSpy started(&engine, &PlaybackEngine::started);
    versions->menu()->actions().at(1)->trigger();
    ASSERT_TRUE(started.wait(StartTimeoutMs)) << "the second version did not start";
    const PlaybackPlan plan = controller.plan();
    EXPECT_TRUE(versions->menu()->actions().at(1)->isChecked());
    EXPECT_EQ(plan.source.container, QStringLiteral("mkv"));
    EXPECT_EQ(plan.stream.url.path(), plan.source.id) << "the second version's own file";
    EXPECT_GT(PlexPlaybackRecord::of(demo.server()).partRequests.value(PlexPlaybackRequests::partIdOf(plan.source.id)).toInt(), 0)
        << "the server streamed the second version";
    // The timeline of this playback names its session, and the server decided that session on the second Media.
    ASSERT_TRUE(waitUntil([&] {
        for (const QJsonObject &report : demo.server().plexTimelineReports()) {
            if (report.value(QStringLiteral("session")).toString() == plan.playSessionId)
                return true;
        }
        return false;
    }, 10'000)) << "no report of the second version's playback";
    EXPECT_EQ(PlexPlaybackRecord::of(demo.server()).versionOf(plan.playSessionId), 1);
}
