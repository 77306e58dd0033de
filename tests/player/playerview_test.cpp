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
#include <QPushButton>
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
    EXPECT_EQ(audioChoices.at(0)->text(), QStringLiteral("Track 1 (English, aac)"));
    EXPECT_EQ(audioChoices.at(1)->text(), QStringLiteral("Director && cast (German, ac3)"));
    EXPECT_TRUE(audioChoices.at(0)->isChecked());
    audioChoices.at(1)->trigger();
    EXPECT_TRUE(engine.tracks().at(1).selected);
    EXPECT_TRUE(audio->menu()->actions().at(1)->isChecked());

    EXPECT_TRUE(subtitles->isEnabled());
    QList<QAction *> subtitleChoices = subtitles->menu()->actions();
    ASSERT_EQ(subtitleChoices.size(), 2);
    EXPECT_EQ(subtitleChoices.at(0)->text(), QStringLiteral("Off"));
    EXPECT_EQ(subtitleChoices.at(1)->text(), QStringLiteral("<b>Forced</b> (English, subrip)"));
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

    engine.fail({PlaybackProblem::Kind::Unplayable, QStringLiteral("<b>moov atom</b> not found")});
    EXPECT_EQ(view.errorText(), PlaybackProblem{PlaybackProblem::Kind::Unplayable}.message());
    EXPECT_EQ(child<QLabel>("playbackProblemMessage")->textFormat(), Qt::PlainText);
    EXPECT_EQ(child<QLabel>("playbackProblemDetails")->textFormat(), Qt::PlainText);
    EXPECT_EQ(child<QLabel>("playbackProblemDetails")->text(), QStringLiteral("<b>moov atom</b> not found"));
    engine.startPlaying(10.0);
    EXPECT_TRUE(view.errorText().isEmpty());
}

TEST_F(PlayerViewTest, AFailureIsSaidInWordsWithTheControlsResetAndBackOffered)
{
    // A clip played part way and paused; then the next one cannot be opened.
    engine.startPlaying(100.0, 30.0);
    engine.setPaused(false);
    QSignalSpy closeRequested(&view, &PlayerView::closeRequested);
    QSignalSpy retryRequested(&view, &PlayerView::retryRequested);
    engine.fail({PlaybackProblem::Kind::Unreachable,
                 QStringLiteral("tcp: Connection to tcp://127.0.0.1:8096 failed: Connection refused")});

    const QString message = view.errorText();
    EXPECT_TRUE(message.contains(QLatin1String("The server cannot be reached; this item is not downloaded")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("tcp"))) << "log text stays behind Details";
    auto *details = child<QLabel>("playbackProblemDetails");
    EXPECT_FALSE(details->isVisible());
    child<QToolButton>("playbackProblemDetailsToggle")->click();
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->text().contains(QLatin1String("Connection refused")));

    // Nothing of the previous clip is left in the controls.
    EXPECT_EQ(view.controlBar()->timeText(), QStringLiteral("0:00 / 0:00"));
    auto *seekBar = child<SeekBar>("seekBar");
    EXPECT_EQ(seekBar->value(), 0);
    EXPECT_FALSE(seekBar->isEnabled());
    auto *playPause = child<QToolButton>("playPauseButton");
    EXPECT_FALSE(playPause->isEnabled());
    EXPECT_EQ(playPause->toolTip(), QStringLiteral("Play (Space)"));
    press(Qt::Key_Space);
    press(Qt::Key_Right);
    EXPECT_TRUE(engine.seeks.isEmpty());

    auto *retry = child<QPushButton>("playbackProblemRetry");
    EXPECT_TRUE(retry->isVisible());
    retry->click();
    EXPECT_EQ(retryRequested.size(), 1);
    auto *back = child<QPushButton>("playbackProblemBack");
    EXPECT_TRUE(back->isVisible());
    back->click();
    EXPECT_EQ(closeRequested.size(), 1);
}

TEST_F(PlayerViewTest, AFailedConversionOffersTheOriginalQuality)
{
    QSignalSpy original(&view, &PlayerView::originalQualityRequested);
    engine.fail({PlaybackProblem::Kind::ConversionFailed, QStringLiteral("HTTP error 500 Internal Server Error")});
    EXPECT_TRUE(view.errorText().contains(QLatin1String("original quality")));
    EXPECT_FALSE(child<QPushButton>("playbackProblemRetry")->isVisible());
    child<QPushButton>("playbackProblemOriginal")->click();
    EXPECT_EQ(original.size(), 1);
}

TEST_F(PlayerViewTest, TheTitleBarHasAVisibleBackButton)
{
    QSignalSpy closeRequested(&view, &PlayerView::closeRequested);
    auto *back = child<QToolButton>("playerBackButton");
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->isVisible());
    EXPECT_EQ(back->text(), QStringLiteral("Back"));
    back->click();
    EXPECT_EQ(closeRequested.size(), 1);
}

/// Mean lightness of a control as it shows in the window (over the bar's background), 0..255.
double lightness(QWidget *widget)
{
    QWidget *top = widget->window();
    const QImage image = top->grab(QRect(widget->mapTo(top, QPoint(0, 0)), widget->size())).toImage();
    double sum = 0.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return sum / double(image.width() * image.height());
}

TEST_F(PlayerViewTest, DisabledButtonsLookDisabled)
{
    auto *playPause = child<QToolButton>("playPauseButton");
    auto *subtitles = child<QToolButton>("subtitlesButton");
    ASSERT_FALSE(playPause->isEnabled()) << "nothing plays yet";
    ASSERT_FALSE(subtitles->isEnabled()) << "no subtitles to choose";
    const double iconDisabled = lightness(playPause);
    const double textDisabled = lightness(subtitles);
    engine.startPlaying(100.0);
    engine.setTracks({{1, MediaTrack::Kind::Subtitle, QString(), QStringLiteral("eng"), QStringLiteral("srt"), false}});
    ASSERT_TRUE(playPause->isEnabled());
    ASSERT_TRUE(subtitles->isEnabled());
    // Over the dark bar an enabled control is bright; a disabled one must be clearly dimmer.
    EXPECT_GT(lightness(playPause), iconDisabled * 1.5);
    EXPECT_GT(lightness(subtitles), textDisabled * 1.3);
}

} // namespace
