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
#include "player/playerview.h"

#include <QDir>
#include <QOpenGLContext>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

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
