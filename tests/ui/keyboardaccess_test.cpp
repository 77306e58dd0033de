// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app with the keyboard alone: Tab reaches every control of each page and dialog, in a cycle that never
// traps, and every control it reaches has a name a screen reader can say.
#include "core/settingscatalog.h"
#include "services/messagebroker.h"
#include "services/settingsstore.h"
#include "support/cachefixture.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/firstsyncdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/syncactivitydialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/librarypage.h"
#include "uirepositories.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

std::string describe(const QWidget *widget)
{
    const QString name = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
    return name.toStdString();
}

/// What a screen reader announces for @p widget.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// The controls Tab should reach: shown, enabled, taking focus by Tab, in @p window itself.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() == window && widget->isVisibleTo(window) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy())
            stops << widget;
    }
    return stops;
}

/// Presses Tab from the focused control until focus comes round again; returns each control in the order reached.
QList<QWidget *> walkTabOrder(QWidget *window)
{
    window->show();
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window)) << describe(window);
    if (!QApplication::focusWidget()) {
        QTest::keyClick(window, Qt::Key_Tab);
    }
    QList<QWidget *> reached;
    for (int press = 0; press < 200; ++press) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused || reached.contains(focused))
            break;
        reached << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    EXPECT_TRUE(reached.isEmpty() || reached.contains(QApplication::focusWidget()))
        << "Tab left the window or got stuck after " << reached.size() << " controls";
    return reached;
}

/// Walks @p window's tab order and checks that it reaches every control, each with a name.
void expectKeyboardReachable(QWidget *window)
{
    const QList<QWidget *> reached = walkTabOrder(window);
    EXPECT_FALSE(reached.isEmpty()) << describe(window) << ": nothing takes focus";
    QStringList order;
    for (const QWidget *control : reached)
        order << QString::fromStdString(describe(control));
    for (QWidget *stop : tabStops(window)) {
        EXPECT_TRUE(reached.contains(stop)) << describe(window) << ": Tab never reaches " << describe(stop)
                                            << " (" << accessibleName(stop).toStdString() << "); order: "
                                            << order.join(QStringLiteral(", ")).toStdString();
    }
    // The first may be a page that merely holds the focus it was given; every Tab stop needs a name.
    for (QWidget *control : reached) {
        if ((control->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        EXPECT_FALSE(accessibleName(control).isEmpty())
            << describe(window) << ": " << describe(control) << " has no accessible name";
    }
}

class KeyboardAccessTest : public ::testing::Test
{
protected:
    KeyboardAccessTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        movies = cache.addMovies(QStringLiteral("lib-movies"), 30);
        series = cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
        UserData resumed;
        resumed.itemId = movies.first().id;
        resumed.positionTicks = 600LL * 10'000'000;
        resumed.lastPlayedAtMs = cache.clock().nowMs();
        cache.setUserData(resumed);
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    QList<MediaItem> movies;
    MediaItem series;
};

} // namespace

TEST_F(KeyboardAccessTest, EveryPageOfTheWindow)
{
    MainWindow window(repos.context());
    window.resize(1024, 700);
    SCOPED_TRACE("Home");
    expectKeyboardReachable(&window);
    window.showLibrary(QStringLiteral("lib-movies"));
    {
        SCOPED_TRACE("Library");
        expectKeyboardReachable(&window);
    }
    window.openItem(movies.first().id, ItemType::Movie);
    {
        SCOPED_TRACE("Movie");
        expectKeyboardReachable(&window);
    }
    window.openItem(series.id, ItemType::Series);
    {
        SCOPED_TRACE("Show");
        expectKeyboardReachable(&window);
    }
}

TEST_F(KeyboardAccessTest, EveryDialog)
{
    SignInDialog signIn([](const QUrl &, const QString &, const QString &, const QString &) {
        return QFuture<Result<Session>>();
    });
    expectKeyboardReachable(&signIn);

    MessageBroker broker;
    SyncActivityDialog activity(repos.syncState, cache.clock(), &broker);
    expectKeyboardReachable(&activity);

    FirstSyncDialog firstSync(&broker, QStringLiteral("libraries"));
    expectKeyboardReachable(&firstSync);

    SettingsStore settings(cache.connection());
    PreferencesDialog preferences(settings);
    expectKeyboardReachable(&preferences);

    AboutDialog about(AboutInfo{QStringLiteral("1.0"), {{QStringLiteral("Qt"), QStringLiteral("6"), QStringLiteral("LGPL")}}, {}});
    expectKeyboardReachable(&about);

    ShortcutsDialog shortcuts({{QStringLiteral("F5"), QStringLiteral("Refresh"), QStringLiteral("Window")}});
    expectKeyboardReachable(&shortcuts);
}
