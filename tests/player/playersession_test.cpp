// SPDX-License-Identifier: GPL-3.0-or-later
// PlayerSession with a fake engine, a real PlayerView and the real planning and reporting path to the demo server:
// the server's tracks in the menus and how a choice is made, languages remembered per series, quality, skip intro,
// Up next, chapters and trickplay.
#include "demoserver/demomedia.h"
#include "fakeplayerengine.h"
#include "playbackfixture.h"
#include "player/playbackcontroller.h"
#include "player/playbackmenus.h"
#include "player/playercontrolbar.h"
#include "player/playersession.h"
#include "player/playerview.h"
#include "player/seekbar.h"
#include "player/seekpreview.h"
#include "player/servertracks.h"
#include "player/upnextcard.h"
#include "support/germantranslation.h"

#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr double ClipSeconds = 10.0; // what the demo's items stream

class PlayerSessionTest : public ::testing::Test, protected PlaybackFixture
{
protected:
    PlayerSessionTest()
    {
        controller.setHeartbeatEnabled(false);
        // As libmpv says of itself: any container and codec here, and it draws SubRip and ASS subtitles.
        PlayerCapabilities capabilities;
        capabilities.subtitleFormats = {QStringLiteral("srt"), QStringLiteral("ass")};
        controller.setCapabilities(capabilities);
        view.resize(1100, 620);
        view.show();
        episodes = demo.server().itemIds(DemoItemKind::Episode);
        session.setHooks(defaultHooks());
    }

    PlayerSession::Hooks defaultHooks()
    {
        PlayerSession::Hooks hooks;
        hooks.nextItem = [this](const QString &itemId) -> std::optional<NextItem> {
            const qsizetype at = episodes.indexOf(itemId);
            if (at < 0 || at + 1 >= episodes.size())
                return std::nullopt;
            return NextItem{episodes.at(at + 1), QStringLiteral("S1 E2 · The next one"), QStringLiteral("series")};
        };
        hooks.readLanguages = [this](const QString &) { return remembered; };
        hooks.saveLanguages = [this](const QString &, const PlayerSession::Languages &languages) {
            if (languages.audio)
                remembered.audio = languages.audio;
            if (languages.subtitle)
                remembered.subtitle = languages.subtitle;
        };
        return hooks;
    }

    /// Plays @p itemId and waits until the fake engine was asked to open it; then it "plays".
    void play(const QString &itemId, const QString &seriesId = {})
    {
        const qsizetype loads = engine.loaded.size();
        session.play(PlaybackRequest{itemId, {}, QStringLiteral("Title"), 0, seriesId, {}});
        ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000)) << "nothing was opened";
        engine.startPlaying(ClipSeconds);
    }
    /// Waits for the segments and chapters, which come in their own answers.
    void waitForExtras()
    {
        ASSERT_TRUE(waitUntil([&] { return view.menus()->chaptersButton()->isVisibleTo(&view); }, 10'000));
    }
    QAction *action(QToolButton *button, const QString &text)
    {
        for (QAction *candidate : button->menu()->actions()) {
            if (candidate->text().startsWith(text))
                return candidate;
        }
        ADD_FAILURE() << "no menu entry " << text.toStdString();
        return nullptr;
    }
    QToolButton *button(const char *name) { return view.findChild<QToolButton *>(QString::fromLatin1(name)); }

    FakePlayerEngine engine;
    PlaybackController controller{engine, reporter, planner, transcodes, fixture.clock()};
    PlayerView view{&engine, nullptr};
    PlayerSession session{engine, controller, planner, view};
    QStringList episodes;
    PlayerSession::Languages remembered;
};

/// The same session against the Plex face.
class PlexPlayerSessionTest : public ::testing::Test, protected PlaybackFixtureOf<PlexDemoSession>
{
protected:
    PlexPlayerSessionTest()
    {
        controller.setHeartbeatEnabled(false);
        view.resize(1100, 620);
        view.show();
    }

    FakePlayerEngine engine;
    PlaybackController controller{engine, reporter, planner, transcodes, fixture.clock()};
    PlayerView view{&engine, nullptr};
    PlayerSession session{engine, controller, planner, view};
};

} // namespace

TEST_F(PlayerSessionTest, TheServersTracksFillTheMenusAndAnExternalSubtitleIsLoadedFromItsAddress)
{
    play(episodes.first());
    const QList<QAction *> audio = button("audioButton")->menu()->actions();
    ASSERT_EQ(audio.size(), 1);
    EXPECT_EQ(audio.first()->text(), QStringLiteral("English - AAC - Mono (default)"));
    EXPECT_TRUE(audio.first()->isChecked());
    const QList<QAction *> subtitles = button("subtitlesButton")->menu()->actions();
    ASSERT_EQ(subtitles.size(), 3);
    EXPECT_EQ(subtitles.at(0)->text(), QStringLiteral("Off"));
    EXPECT_TRUE(subtitles.at(0)->isChecked());
    EXPECT_EQ(subtitles.at(1)->text(), QStringLiteral("English - SRT - External"));
    EXPECT_EQ(subtitles.at(2)->text(), QStringLiteral("Français - SRT - External"));

    ASSERT_TRUE(waitUntil([&] { return reporter.isLive(); }, 10'000));
    subtitles.at(1)->trigger();
    ASSERT_EQ(engine.addedSubtitles.size(), 1);
    const QUrl address = engine.addedSubtitles.first();
    EXPECT_TRUE(address.path().endsWith(QStringLiteral("/Subtitles/2/Stream.srt"))) << address.toString().toStdString();
    EXPECT_FALSE(address.toString().contains(demo.backend().session().accessToken));
    EXPECT_TRUE(button("subtitlesButton")->menu()->actions().at(1)->isChecked());
    // What the server's dashboard shows: the subtitle that is on.
    ASSERT_TRUE(waitUntil([&] {
        const QList<QJsonObject> reports = demo.server().playbackReports();
        return !reports.isEmpty() && reports.last().value(QStringLiteral("SubtitleStreamIndex")).toInt(-9) == 2;
    }, 10'000));
}

TEST_F(PlayerSessionTest, AnExternalSubtitleChosenAgainAfterTheLanguageChangedIsNotLoadedTwice)
{
    // No title from the server: the label is made here ("English - SRT (default)") and reads otherwise in German.
    PlaybackStream english;
    english.type = PlaybackStream::Type::Subtitle;
    english.index = 5;
    english.codec = QStringLiteral("srt");
    english.language = QStringLiteral("eng");
    english.isDefault = true;
    english.isExternal = true;
    english.delivery = PlaybackStream::Delivery::External;
    english.deliveryUrl = QStringLiteral("/Videos/item/version/Subtitles/5/Stream.srt");
    PlaybackPlan plan;
    plan.source.streams = {english};
    ServerTracks tracks;
    tracks.setPlan(plan);
    engine.setTracks({});

    ASSERT_TRUE(tracks.chooseSubtitle(5, engine, planner));
    ASSERT_EQ(engine.addedSubtitles.size(), 1);
    const QString englishLabel = ServerTracks::label(english);
    ASSERT_TRUE(tracks.chooseSubtitle(-1, engine, planner));
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    ASSERT_NE(ServerTracks::label(english), englishLabel) << "the label must differ for this test to mean anything";

    ASSERT_TRUE(tracks.chooseSubtitle(5, engine, planner));
    EXPECT_EQ(engine.addedSubtitles.size(), 1) << "the subtitle already loaded is selected, not loaded again";
    const MediaTracks loaded = engine.tracks();
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_TRUE(loaded.first().selected);
}

TEST_F(PlayerSessionTest, TheLanguagesChosenInASeriesApplyToItsNextEpisode)
{
    play(episodes.at(0), QStringLiteral("series"));
    action(button("subtitlesButton"), QStringLiteral("Français"))->trigger();
    EXPECT_EQ(remembered.subtitle, QStringLiteral("fre"));

    engine.addedSubtitles.clear();
    play(episodes.at(1), QStringLiteral("series"));
    EXPECT_TRUE(action(button("subtitlesButton"), QStringLiteral("Français"))->isChecked());
    ASSERT_EQ(engine.addedSubtitles.size(), 1) << "the remembered subtitle is on from the start";
    EXPECT_TRUE(engine.addedSubtitles.first().path().endsWith(QStringLiteral("/Subtitles/3/Stream.srt")));

    action(button("subtitlesButton"), QStringLiteral("Off"))->trigger();
    ASSERT_TRUE(remembered.subtitle.has_value());
    EXPECT_TRUE(remembered.subtitle->isEmpty()) << "off is remembered as off";
}

TEST_F(PlayerSessionTest, ASubtitleThePlayerCannotDrawIsDrawnInByTheServerOnlyThen)
{
    controller.setCapabilities({}); // a player that draws no subtitles of its own
    play(episodes.first());
    QAction *english = action(button("subtitlesButton"), QStringLiteral("English"));
    EXPECT_TRUE(english->text().endsWith(QStringLiteral("(drawn in by the server)")));
    EXPECT_FALSE(engine.loaded.last().converted) << "no conversion while no subtitle is asked for";
    const qsizetype loads = engine.loaded.size();
    english->trigger();
    ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000));
    EXPECT_TRUE(engine.loaded.last().converted);
    EXPECT_EQ(view.playbackStatus(), QStringLiteral("Transcoding: the subtitles are drawn into the picture"));
    EXPECT_TRUE(engine.addedSubtitles.isEmpty());
}

TEST_F(PlayerSessionTest, AQualityFromTheMenuIsANewPlanAndTheTitleBarSaysWhy)
{
    play(demo.server().itemIds(DemoItemKind::Movie).first());
    EXPECT_EQ(view.playbackStatus(), QStringLiteral("Direct play"));
    EXPECT_EQ(button("qualityButton")->text(), QStringLiteral("Original"));
    const qsizetype loads = engine.loaded.size();
    action(button("qualityButton"), QStringLiteral("4 Mbps"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000));
    EXPECT_EQ(view.playbackStatus(), QStringLiteral("Transcoding: bitrate above the 4 Mbps cap"));
    EXPECT_EQ(button("qualityButton")->text(), QStringLiteral("4 Mbps"));
    EXPECT_TRUE(engine.loaded.last().converted);
}

TEST_F(PlayerSessionTest, SkipIntroIsOfferedDuringTheIntroAndSkipsToItsEnd)
{
    play(episodes.first());
    waitForExtras();
    QPushButton *skip = view.skipButton();
    engine.seek(0.5);
    EXPECT_FALSE(skip->isVisible());
    engine.seek(1.5);
    ASSERT_TRUE(skip->isVisible());
    EXPECT_EQ(skip->text(), QStringLiteral("Skip intro"));
    skip->click();
    EXPECT_DOUBLE_EQ(engine.seeks.last(), ClipSeconds * 0.4) << "the end of the intro";
    EXPECT_FALSE(skip->isVisible());
}

TEST_F(PlayerSessionTest, IntrosAreSkippedWithoutAskingWhenTheSettingSaysSo)
{
    PlaybackSettings settings;
    settings.autoSkipIntro = true;
    session.setSettings(settings);
    play(episodes.first());
    waitForExtras();
    engine.seek(1.2);
    EXPECT_DOUBLE_EQ(engine.seeks.last(), ClipSeconds * 0.4);
    engine.seek(2.0); // the viewer went back into it on purpose
    EXPECT_DOUBLE_EQ(engine.seeks.last(), 2.0);
}

TEST_F(PlayerSessionTest, UpNextAppearsAtTheCreditsAndPlaysTheNextEpisodeWhenTheCountdownEnds)
{
    PlaybackSettings settings;
    settings.upNextSeconds = 2;
    session.setSettings(settings);
    play(episodes.at(0));
    waitForExtras();
    UpNextCard *card = view.upNextCard();
    engine.seek(5.0);
    EXPECT_FALSE(card->isVisible());
    engine.seek(8.2); // the credits
    ASSERT_TRUE(card->isVisible());
    EXPECT_EQ(card->titleText(), QStringLiteral("S1 E2 · The next one"));
    EXPECT_EQ(card->countdownText(), QStringLiteral("Starts in 2 seconds"));
    EXPECT_FALSE(view.skipButton()->isVisible()) << "the card takes the place of Skip credits";

    const qsizetype loads = engine.loaded.size();
    ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000)) << "the countdown did not play it";
    EXPECT_EQ(controller.currentItemId(), episodes.at(1));
    EXPECT_EQ(view.title(), QStringLiteral("S1 E2 · The next one"));
    EXPECT_FALSE(card->isVisible());
}

TEST_F(PlayerSessionTest, ANextEpisodeOnThisComputerPlaysFromItsFileWithoutAskingTheServer)
{
    const QUrl file = QUrl::fromLocalFile(QStringLiteral("/downloads/Show/Season 01/Show - S01E02 - Next.mp4"));
    PlayerSession::Hooks hooks = defaultHooks();
    hooks.findLocalCopy = [this, file](PlaybackRequest &request) {
        if (request.itemId == episodes.at(1)) {
            request.localMedia = file;
            request.mediaSourceId = episodes.at(1);
        }
    };
    session.setHooks(hooks);
    PlaybackSettings settings;
    settings.upNextSeconds = 0;
    session.setSettings(settings);
    play(episodes.at(0));
    EXPECT_NE(engine.loaded.last().url, file) << "the first episode is not on this computer: the server's stream";
    waitForExtras();
    demo.server().resetCounters();
    const qsizetype loads = engine.loaded.size();
    engine.seek(8.5); // the credits; no countdown
    ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000)) << "Up next did not play it";
    EXPECT_EQ(engine.loaded.last().url, file);
    EXPECT_TRUE(engine.loaded.last().headers.isEmpty()) << "a file needs no credential";
    EXPECT_EQ(demo.server().requestCounts().value(QStringLiteral("/Items/{itemId}/PlaybackInfo")), 0);
}

/// On a plane: episodes played from their files while the server cannot be reached.
class PlayerSessionOfflineTest : public PlayerSessionTest
{
protected:
    /// Episodes whose files are on this computer; the server is away.
    void downloadedAndOffline(const QStringList &downloaded)
    {
        PlayerSession::Hooks hooks = defaultHooks();
        hooks.findLocalCopy = [downloaded](PlaybackRequest &request) {
            if (downloaded.contains(request.itemId))
                request.localMedia = QUrl::fromLocalFile(QStringLiteral("/downloads/") + request.itemId + QStringLiteral(".mp4"));
        };
        session.setHooks(hooks);
        PlaybackSettings settings;
        settings.upNextSeconds = 0;
        session.setSettings(settings);
        demo.server().setOffline(true);
    }
    /// Plays the first episode from its file and waits until the server's absence is known.
    void playFirstFromItsFile()
    {
        QSignalSpy refused(&reporter, &LivePlaybackReporter::reportFailed);
        play(episodes.at(0));
        ASSERT_TRUE(engine.loaded.last().url.isLocalFile());
        ASSERT_TRUE(waitUntil([&] { return !refused.isEmpty(); }, 10'000)) << "the start report was not refused";
        EXPECT_FALSE(controller.serverAnswers());
    }
};

TEST_F(PlayerSessionOfflineTest, UpNextPlaysTheNextDownloadedEpisodeFromItsFile)
{
    downloadedAndOffline({episodes.at(0), episodes.at(1)});
    playFirstFromItsFile();
    const qsizetype loads = engine.loaded.size();
    engine.seek(9.5); // the last tenth, where the card shows without the server's credits
    ASSERT_TRUE(waitUntil([&] { return engine.loaded.size() > loads; }, 10'000)) << "Up next did not play it";
    EXPECT_EQ(engine.loaded.last().url.fileName(), episodes.at(1) + QStringLiteral(".mp4"));
}

TEST_F(PlayerSessionOfflineTest, ANextEpisodeThatIsNotDownloadedIsNotOfferedAndThePlayerClosesAtTheEnd)
{
    downloadedAndOffline({episodes.at(0)});
    playFirstFromItsFile();
    QSignalSpy finished(&session, &PlayerSession::finished);
    const qsizetype loads = engine.loaded.size();
    engine.seek(9.5);
    EXPECT_FALSE(view.upNextCard()->isVisible()) << "it would only fail: the server cannot be reached";
    Q_EMIT engine.endReached();
    EXPECT_EQ(finished.size(), 1);
    QTest::qWait(200);
    EXPECT_EQ(engine.loaded.size(), loads) << "nothing plays next";
}

TEST_F(PlayerSessionTest, UpNextCanBeCancelledAndThePlayerClosesAtTheEnd)
{
    play(episodes.at(0));
    waitForExtras();
    QSignalSpy finished(&session, &PlayerSession::finished);
    engine.seek(8.5);
    ASSERT_TRUE(view.upNextCard()->isVisible());
    view.upNextCard()->findChild<QPushButton *>(QStringLiteral("upNextCancel"))->click();
    EXPECT_FALSE(view.upNextCard()->isVisible());
    const qsizetype loads = engine.loaded.size();
    Q_EMIT engine.endReached();
    EXPECT_EQ(finished.size(), 1);
    QTest::qWait(200);
    EXPECT_EQ(engine.loaded.size(), loads) << "nothing plays next";
}

TEST_F(PlayerSessionTest, UpNextCanBeTurnedOff)
{
    PlaybackSettings settings;
    settings.upNext = false;
    session.setSettings(settings);
    play(episodes.at(0));
    waitForExtras();
    engine.seek(8.5);
    EXPECT_FALSE(view.upNextCard()->isVisible());
    EXPECT_EQ(view.skipButton()->text(), QStringLiteral("Skip credits"));
}

TEST_F(PlayerSessionTest, ChaptersAreMarkedOnTheSeekBarAndListedInAMenu)
{
    play(demo.server().itemIds(DemoItemKind::Movie).first());
    waitForExtras();
    EXPECT_EQ(view.controlBar()->seekBar()->marks(), (QList<int>{0, 2500, 5000, 7500}));
    QAction *harbour = action(button("chaptersButton"), QStringLiteral("The harbour"));
    ASSERT_NE(harbour, nullptr);
    harbour->trigger();
    EXPECT_DOUBLE_EQ(engine.seeks.last(), 2.5);
}

TEST_F(PlayerSessionTest, HoveringTheSeekBarShowsTheTrickplayPictureThere)
{
    play(demo.server().itemIds(DemoItemKind::Movie).first());
    waitForExtras();
    QCoreApplication::processEvents();
    SeekBar *bar = view.controlBar()->seekBar();
    QTest::mouseMove(bar, QPoint(bar->positionOf(3'000), bar->height() / 2));
    ASSERT_TRUE(waitUntil([&] { return view.seekPreview()->hasPicture(); }, 10'000)) << "no trickplay picture";
    EXPECT_EQ(view.seekPreview()->timeText(), QStringLiteral("0:03"));
}

TEST_F(PlexPlayerSessionTest, HoveringTheSeekBarShowsThePicturePlexHasForThatTime)
{
    session.play(PlaybackRequest{demo.key(demo.server().itemIds(DemoItemKind::Movie).first()), {}, QStringLiteral("Title"),
                                 0, {}, {}});
    ASSERT_TRUE(waitUntil([&] { return !engine.loaded.isEmpty(); }, 10'000)) << "nothing was opened";
    engine.startPlaying(ClipSeconds);
    ASSERT_TRUE(waitUntil([&] { return view.menus()->chaptersButton()->isVisibleTo(&view); }, 10'000));
    ASSERT_TRUE(waitUntil([&] { return session.trickplay().isAvailable(); }, 10'000)) << "no thumbnails from the part's index";
    SeekBar *bar = view.controlBar()->seekBar();
    QTest::mouseMove(bar, QPoint(bar->positionOf(7'500), bar->height() / 2));
    ASSERT_TRUE(waitUntil([&] { return view.seekPreview()->hasPicture(); }, 10'000)) << "no picture while hovering";
    EXPECT_EQ(view.seekPreview()->timeText(), QStringLiteral("0:07"));
    // The picture of 7 s, not a neighbour's: the demo draws each in the colour of its moment.
    const QImage shown = session.trickplay().thumbnail(7.5);
    ASSERT_FALSE(shown.isNull());
    EXPECT_NEAR(shown.pixelColor(4, 4).hsvHue(), (7 * 37) % 360, 12);
}
