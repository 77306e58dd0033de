// SPDX-License-Identifier: GPL-3.0-or-later
// PlayerView under the offscreen platform with a fake engine: keys, buttons, the seek bar, volume, track menus,
// fullscreen, closing, the idle hide of the controls and plain-text titles.
#include "backend/awaitfuture.h"
#include "fakeplayerengine.h"
#include "player/playercontrolbar.h"
#include "player/playerview.h"
#include "player/seekbar.h"
#include "player/seekpreview.h"

#include <QApplication>
#include <QCursor>
#include <QLabel>
#include <QMouseEvent>
#include <QTime>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace marquee;
using namespace std::chrono_literals;
using marquee::test::FakePlayerEngine;

namespace {

class PlayerViewTest : public ::testing::Test
{
protected:
    PlayerViewTest()
    {
        view.resize(960, 540);
        view.show();
        view.setFocus();
    }

    template <typename T>
    T *child(const char *name) const
    {
        return view.findChild<T *>(QString::fromLatin1(name));
    }

    void press(Qt::Key key) { QTest::keyClick(&view, key); }

    FakePlayerEngine engine;
    PlayerView view{&engine, nullptr};
};

TEST_F(PlayerViewTest, SpaceAndThePlayButtonTogglePause)
{
    engine.startPlaying(100.0);
    press(Qt::Key_Space);
    EXPECT_TRUE(engine.isPaused());
    press(Qt::Key_Space);
    EXPECT_FALSE(engine.isPaused());
    child<QToolButton>("playPauseButton")->click();
    EXPECT_TRUE(engine.isPaused());
}

TEST_F(PlayerViewTest, ArrowsAndSkipButtonsSeekTenSecondsWithinTheStream)
{
    engine.startPlaying(100.0, 50.0);
    press(Qt::Key_Right);
    press(Qt::Key_Left);
    child<QToolButton>("forwardButton")->click();
    EXPECT_EQ(engine.seeks, (QList<double>{60.0, 50.0, 60.0}));

    engine.seek(4.0);
    press(Qt::Key_Left);
    EXPECT_EQ(engine.seeks.last(), 0.0);
    engine.seek(95.0);
    child<QToolButton>("forwardButton")->click();
    EXPECT_EQ(engine.seeks.last(), 100.0);
}

TEST_F(PlayerViewTest, TheSeekBarShowsTimeAndSeeksWhereItIsReleased)
{
    engine.startPlaying(3725.0, 42.0);
    EXPECT_EQ(view.controlBar()->timeText(), QStringLiteral("0:42 / 1:02:05"));
    auto *seekBar = child<QSlider>("seekBar");
    EXPECT_EQ(seekBar->maximum(), 3'725'000);
    EXPECT_EQ(seekBar->value(), 42'000);

    seekBar->setSliderDown(true);
    seekBar->setSliderPosition(1'800'000);
    Q_EMIT engine.positionChanged(43.0); // playback goes on while the user drags
    EXPECT_EQ(seekBar->sliderPosition(), 1'800'000);
    seekBar->setSliderDown(false);
    EXPECT_EQ(engine.seeks, (QList<double>{1800.0}));
    EXPECT_EQ(view.controlBar()->timeText(), QStringLiteral("30:00 / 1:02:05"));
}

TEST_F(PlayerViewTest, AClickOnTheSeekBarGoesToThePointUnderThePointer)
{
    engine.startPlaying(1000.0, 10.0);
    QCoreApplication::processEvents(); // the longer time text narrows the bar
    auto *seekBar = child<SeekBar>("seekBar");
    // A quarter of the way along the groove: 250 s, not one 10-second page step from 10 s.
    QTest::mouseClick(seekBar, Qt::LeftButton, {}, QPoint(seekBar->positionOf(250'000), seekBar->height() / 2));
    ASSERT_EQ(engine.seeks.size(), 1);
    EXPECT_NEAR(engine.seeks.first(), 250.0, 1000.0 / seekBar->width());

    QTest::mouseClick(seekBar, Qt::LeftButton, {}, QPoint(seekBar->positionOf(900'000), seekBar->height() / 2));
    ASSERT_EQ(engine.seeks.size(), 2);
    EXPECT_NEAR(engine.seeks.last(), 900.0, 1000.0 / seekBar->width());
}

TEST_F(PlayerViewTest, ADragOnTheSeekBarSeeksOnceWhereItIsReleased)
{
    engine.startPlaying(1000.0, 10.0);
    QCoreApplication::processEvents(); // the longer time text narrows the bar
    auto *seekBar = child<SeekBar>("seekBar");
    const int y = seekBar->height() / 2;
    QTest::mousePress(seekBar, Qt::LeftButton, {}, QPoint(seekBar->positionOf(100'000), y));
    QMouseEvent move(QEvent::MouseMove, QPointF(seekBar->positionOf(600'000), y), seekBar->mapToGlobal(QPointF(0, y)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(seekBar, &move);
    EXPECT_NEAR(seekBar->sliderPosition(), 600'000, 1'000'000 / seekBar->width());
    EXPECT_TRUE(engine.seeks.isEmpty()) << "no seek while the handle is held";
    QTest::mouseRelease(seekBar, Qt::LeftButton, {}, QPoint(seekBar->positionOf(700'000), y));
    ASSERT_EQ(engine.seeks.size(), 1);
    EXPECT_NEAR(engine.seeks.first(), 700.0, 1000.0 / seekBar->width());
}

TEST_F(PlayerViewTest, HoveringTheSeekBarShowsTheTimeUnderThePointer)
{
    engine.startPlaying(3600.0, 10.0);
    QCoreApplication::processEvents(); // the longer time text narrows the bar
    auto *seekBar = child<SeekBar>("seekBar");
    EXPECT_FALSE(view.seekPreview()->isVisible());
    QTest::mouseMove(seekBar, QPoint(seekBar->positionOf(1'800'000), seekBar->height() / 2));
    ASSERT_TRUE(test::waitUntil([&] { return view.seekPreview()->isVisible(); }));
    const QTime shown = QTime::fromString(view.seekPreview()->timeText(), QStringLiteral("m:ss"));
    ASSERT_TRUE(shown.isValid()) << view.seekPreview()->timeText().toStdString();
    EXPECT_NEAR(shown.msecsSinceStartOfDay() / 1000.0, 1800.0, 3600.0 / seekBar->width() + 1.0);
    // Just above the pointer, not somewhere else on the screen.
    const QRect preview = view.seekPreview()->geometry();
    const QPoint pointer = seekBar->mapTo(&view, QPoint(seekBar->positionOf(1'800'000), 0));
    EXPECT_LE(preview.left(), pointer.x());
    EXPECT_GE(preview.right(), pointer.x());
    EXPECT_LE(preview.bottom(), pointer.y());
    EXPECT_TRUE(engine.seeks.isEmpty()) << "hovering does not seek";
}

TEST_F(PlayerViewTest, VolumeAndMuteFollowTheEngineBothWays)
{
    auto *volume = child<QSlider>("volumeSlider");
    auto *mute = child<QToolButton>("muteButton");
    EXPECT_EQ(volume->value(), 100);
    volume->setValue(35);
    EXPECT_EQ(engine.volume(), 35);
    engine.setVolume(70);
    EXPECT_EQ(volume->value(), 70);

    mute->click();
    EXPECT_TRUE(engine.isMuted());
    engine.setMuted(false);
    EXPECT_FALSE(mute->isChecked());
}

TEST_F(PlayerViewTest, TrackMenusListTheStreamsTracksAndSubtitlesCanBeTurnedOff)
{
    auto *audio = child<QToolButton>("audioButton");
    auto *subtitles = child<QToolButton>("subtitlesButton");
    EXPECT_FALSE(subtitles->isEnabled());
    engine.setTracks({{1, MediaTrack::Kind::Audio, QString(), QStringLiteral("eng"), QStringLiteral("aac"), true},
                      {2, MediaTrack::Kind::Audio, QStringLiteral("Director & cast"), QStringLiteral("ger"),
                       QStringLiteral("ac3"), false},
                      {3, MediaTrack::Kind::Subtitle, QStringLiteral("<b>Forced</b>"), QStringLiteral("eng"),
                       QStringLiteral("subrip"), true}});

    QList<QAction *> audioChoices = audio->menu()->actions();
    ASSERT_EQ(audioChoices.size(), 2);
    EXPECT_EQ(audioChoices.at(0)->text(), QStringLiteral("Track 1 (eng, aac)"));
    EXPECT_EQ(audioChoices.at(1)->text(), QStringLiteral("Director && cast (ger, ac3)"));
    EXPECT_TRUE(audioChoices.at(0)->isChecked());
    audioChoices.at(1)->trigger();
    EXPECT_TRUE(engine.tracks().at(1).selected);
    EXPECT_TRUE(audio->menu()->actions().at(1)->isChecked());

    EXPECT_TRUE(subtitles->isEnabled());
    QList<QAction *> subtitleChoices = subtitles->menu()->actions();
    ASSERT_EQ(subtitleChoices.size(), 2);
    EXPECT_EQ(subtitleChoices.at(0)->text(), QStringLiteral("Off"));
    EXPECT_EQ(subtitleChoices.at(1)->text(), QStringLiteral("<b>Forced</b> (eng, subrip)"));
    EXPECT_FALSE(subtitleChoices.at(0)->isChecked());
    subtitleChoices.at(0)->trigger();
    EXPECT_FALSE(engine.tracks().at(2).selected);
    EXPECT_TRUE(subtitles->menu()->actions().at(0)->isChecked());
}

TEST_F(PlayerViewTest, FKeyDoubleClickAndEscapeHandleFullScreenAndEscapeOtherwiseCloses)
{
    QSignalSpy closeRequested(&view, &PlayerView::closeRequested);
    press(Qt::Key_F);
    EXPECT_TRUE(view.isFullScreen());
    press(Qt::Key_Escape);
    EXPECT_FALSE(view.isFullScreen());
    EXPECT_EQ(closeRequested.size(), 0);

    QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(480, 200));
    EXPECT_TRUE(view.isFullScreen());
    child<QToolButton>("fullScreenButton")->click();
    EXPECT_FALSE(view.isFullScreen());

    press(Qt::Key_Escape);
    EXPECT_EQ(closeRequested.size(), 1);
}

TEST_F(PlayerViewTest, ControlsHideWhilePlayingWithoutMouseMovementAndComeBackOnMovement)
{
    view.setIdleHideDelay(30ms);
    // The pointer over the picture: an earlier test may have left it where the controls are now, and a pointer
    // resting on the controls keeps them.
    QCursor::setPos(view.mapToGlobal(QPoint(480, 200)));
    EXPECT_TRUE(view.controlsVisible());
    engine.startPlaying(100.0);
    ASSERT_TRUE(test::waitUntil([&] { return !view.controlsVisible(); }, 2000));
    EXPECT_EQ(view.cursor().shape(), Qt::BlankCursor);

    QTest::mouseMove(&view, QPoint(300, 300));
    EXPECT_TRUE(view.controlsVisible());
    EXPECT_NE(view.cursor().shape(), Qt::BlankCursor);

    engine.setPaused(true);
    QTest::qWait(120);
    EXPECT_TRUE(view.controlsVisible()) << "a paused player keeps its controls";
}

TEST_F(PlayerViewTest, TitleAndErrorsArePlainText)
{
    view.setTitle(QStringLiteral("<img src=x> & <b>Bold</b>"));
    auto *title = child<QLabel>("playerTitle");
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(view.title(), QStringLiteral("<img src=x> & <b>Bold</b>"));

    Q_EMIT engine.failed(QStringLiteral("This video could not be played: HTTP error 404 Not Found"));
    EXPECT_EQ(view.errorText(), QStringLiteral("This video could not be played: HTTP error 404 Not Found"));
    EXPECT_EQ(child<QLabel>("playerError")->textFormat(), Qt::PlainText);
    engine.startPlaying(10.0);
    EXPECT_TRUE(view.errorText().isEmpty());
}

} // namespace
