// SPDX-License-Identifier: GPL-3.0-or-later
// The real picture: MpvEngine in window mode drawing the demo server's video through MpvVideoWidget inside a
// PlayerView. Needs OpenGL; the offscreen platform has none, so run it on a display, e.g. under Xvfb:
//   Xvfb :93 -screen 0 1280x800x24 &  DISPLAY=:93 QT_QPA_PLATFORM=xcb build/tests/player/playervideo_test
// With MARQUEE_SCREENSHOT_DIR set it writes player.png there (docs/screenshots/ in the README).
#include "backend/awaitfuture.h"
#include "backend/clientidentity.h"
#include "backend/jellyfinauthorization.h"
#include "demoserver/demoserver.h"
#include "player/mpvengine.h"
#include "player/mpvvideowidget.h"
#include "player/playbackcontroller.h"
#include "player/playbackmenus.h"
#include "player/playersession.h"
#include "player/playerview.h"
#include "player/upnextcard.h"
#include "playbackfixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QOpenGLContext>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

/// Skips the test without OpenGL, or fails it where OpenGL is required (the Xvfb run); true when it may go on.
bool haveOpenGl()
{
    QOpenGLContext probe;
    if (probe.create())
        return true;
    if (qEnvironmentVariableIsSet("MARQUEE_REQUIRE_OPENGL"))
        ADD_FAILURE() << "no OpenGL context under QT_QPA_PLATFORM=" << qgetenv("QT_QPA_PLATFORM").constData();
    return false;
}

void saveScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(image.save(QDir(dir).filePath(name)));
    }
}

/// Colours along a row of the picture: SMPTE bars give many, a black or empty surface gives one or two.
int distinctColours(const QImage &image, int y)
{
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 4)
        colours.insert(image.pixel(x, y) & 0xf0f0f0);
    return int(colours.size());
}

TEST(PlayerVideo, DrawsTheDemoVideoUnderItsControls)
{
    QOpenGLContext probe;
    if (!probe.create()) {
        // The Xvfb run of CTest sets this: there a missing OpenGL is a failure, not a reason to skip.
        if (qEnvironmentVariableIsSet("MARQUEE_REQUIRE_OPENGL"))
            FAIL() << "no OpenGL context under QT_QPA_PLATFORM=" << qgetenv("QT_QPA_PLATFORM").constData();
        GTEST_SKIP() << "no OpenGL on this platform; run under Xvfb with QT_QPA_PLATFORM=xcb";
    }

    DemoServer server(DemoServerOptions{.movies = 3, .series = 1});
    ASSERT_TRUE(server.start());
    const QString token = server.createAccessToken(QStringLiteral("player-video-test"));
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/Videos/%1/stream").arg(server.itemIds(DemoItemKind::Movie).constFirst()));
    url.setQuery(QStringLiteral("static=true"));
    const QByteArray authorization = JellyfinAuthorization::headerValue(
        ClientIdentity::forThisDevice(QStringLiteral("player-video-test")), token);

    MpvEngine engine(MpvEngine::Output::Window);
    auto *video = new MpvVideoWidget(&engine);
    PlayerView view(&engine, video);
    view.setTitle(QStringLiteral("The Paper Harbor (1987)"));
    view.setIdleHideDelay(std::chrono::hours(1)); // keep the controls in the picture
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    QSignalSpy started(&engine, &PlaybackEngine::started);
    engine.load({url, {{"Authorization", authorization}}, 3.0, view.title()});
    ASSERT_TRUE(started.wait(15'000)) << "render context: " << video->isRendering();
    EXPECT_TRUE(video->isRendering());
    ASSERT_TRUE(test::waitUntil([&] { return engine.position() > 4.0; }, 10'000));
    engine.setPaused(true);
    ASSERT_TRUE(test::waitUntil([&] { return engine.isPaused(); }, 5'000));
    QTest::qWait(300);

    const QImage picture = video->grabFramebuffer();
    EXPECT_GE(distinctColours(picture, picture.height() / 3), 6) << "no video frame was drawn";

    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(view.grab().save(QDir(dir).filePath(QStringLiteral("player.png"))));
        QTest::qWait(3'000); // time for a capture of the whole screen (import -window root) from outside
    }
    engine.stop();
}

} // namespace

namespace {

/// The whole player on the demo server, drawing real frames: what the screenshots of #18 show.
class PlayerScreens : public ::testing::Test, protected test::PlaybackFixture
{
protected:
    void SetUp() override
    {
        if (!haveOpenGl())
            GTEST_SKIP() << "no OpenGL on this platform; run under Xvfb with QT_QPA_PLATFORM=xcb";
        controller.setCapabilities(engine.capabilities());
        controller.setHeartbeatEnabled(false);
        episodes = demo.server().itemIds(DemoItemKind::Episode);
        PlayerSession::Hooks hooks;
        hooks.nextItem = [this](const QString &itemId) -> std::optional<NextItem> {
            if (itemId != episodes.at(0))
                return std::nullopt;
            return NextItem{episodes.at(1), QStringLiteral("The Paper Harbor · S1 E2 · The Lighthouse Keeper"), {}};
        };
        session.setHooks(hooks);
        PlaybackSettings settings;
        settings.upNextSeconds = 60; // the card stays while it is photographed
        session.setSettings(settings);
        view->setIdleHideDelay(std::chrono::hours(1));
        view->setTitle(QStringLiteral("The Paper Harbor · S1 E1 · Arrival"));
        view->resize(1280, 720);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }

    /// Plays the first episode from @p seconds and pauses as soon as it has a picture.
    void playPaused(double seconds)
    {
        QSignalSpy started(&engine, &PlaybackEngine::started);
        session.play(PlaybackRequest{episodes.at(0), {}, view->title(), qint64(seconds * 1e7), {}, {}});
        ASSERT_TRUE(started.wait(20'000));
        ASSERT_TRUE(test::waitUntil([&] { return engine.position() > seconds + 0.2; }, 10'000));
        engine.setPaused(true);
        ASSERT_TRUE(test::waitUntil([&] { return engine.isPaused(); }, 5'000));
        QTest::qWait(400);
    }

    MpvEngine engine{MpvEngine::Output::Window};
    PlaybackController controller{engine, reporter, planner, transcodes, fixture.clock()};
    std::unique_ptr<PlayerView> view = std::make_unique<PlayerView>(&engine, new MpvVideoWidget(&engine));
    PlayerSession session{engine, controller, planner, *view};
    QStringList episodes;
};

} // namespace

TEST_F(PlayerScreens, SkipIntroDuringTheIntro)
{
    playPaused(1.5);
    ASSERT_TRUE(test::waitUntil([&] { return view->skipButton()->isVisible(); }, 10'000));
    EXPECT_EQ(view->skipButton()->text(), QStringLiteral("Skip intro"));
    saveScreenshot(view->grab().toImage(), QStringLiteral("player-skip-intro.png"));
}

TEST_F(PlayerScreens, UpNextAtTheCredits)
{
    playPaused(8.2);
    ASSERT_TRUE(test::waitUntil([&] { return view->upNextCard()->isVisible(); }, 10'000));
    EXPECT_EQ(view->upNextCard()->titleText(), QStringLiteral("The Paper Harbor · S1 E2 · The Lighthouse Keeper"));
    saveScreenshot(view->grab().toImage(), QStringLiteral("player-up-next.png"));
}

TEST_F(PlayerScreens, TheQualityMenuWithATranscode)
{
    controller.setMaxBitrate(4'000'000);
    playPaused(3.0);
    EXPECT_EQ(view->playbackStatus(), QStringLiteral("Transcoding: bitrate above the 4 Mbps cap"));
    QToolButton *quality = view->menus()->qualityButton();
    QMenu *menu = quality->menu();
    // popup() rather than the button's own showMenu(), which would wait here until the menu closes.
    menu->popup(quality->mapToGlobal(QPoint(quality->width() - menu->sizeHint().width(), -menu->sizeHint().height())));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    QTest::qWait(300);
    // The menu is a window of its own: the window and the menu drawn where they are on screen.
    QImage shot = view->grab().toImage();
    QPainter painter(&shot);
    painter.drawPixmap(menu->geometry().topLeft() - view->mapToGlobal(QPoint(0, 0)), menu->grab());
    painter.end();
    saveScreenshot(shot, QStringLiteral("player-quality.png"));
    QStringList entries;
    for (const QAction *action : menu->actions())
        entries.append(action->text());
    EXPECT_TRUE(entries.contains(QStringLiteral("4 Mbps")));
    menu->close();
}
