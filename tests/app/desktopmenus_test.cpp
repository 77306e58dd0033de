// SPDX-License-Identifier: GPL-3.0-or-later
// The running app's Edit, View and Help menus on the built-in demo server: a preference changed in the dialog
// reaches the service that uses it without a restart; Help shows what really is, and never a secret.
#include "app/application.h"
#include "app/desktopmenus.h"
#include "app/playerhost.h"
#include "backend/awaitfuture.h"
#include "backend/backend.h"
#include "services/imagecache.h"
#include "services/metadatarefreshservice.h"
#include "storage/serverversionrepository.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "support/testdirectory.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/firstsyncdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace marquee;
using namespace std::chrono_literals;

namespace {

constexpr int AppTimeoutMs = 30'000;

QStringList treeRows(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        texts << (*it)->text(0) + QLatin1Char('|') + (*it)->text(1);
    return texts;
}

QAction *findAction(QWidget *root, const QString &text)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

class DesktopMenusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        options.demo = true;
        options.dataDir = directory.path();
        app = std::make_unique<Application>(options);
        ASSERT_TRUE(app->start());
        ASSERT_TRUE(test::waitUntil([&] { return app->services().isConnected(); }, AppTimeoutMs));
        menus = app->desktopMenus();
        ASSERT_NE(menus, nullptr);
    }

    void TearDown() override
    {
        app.reset();
        QApplication::setPalette(QPalette());
    }

    QString row(const QString &key)
    {
        return SettingsRepository(app->services().database().connection()).value(key, QStringLiteral("<none>"));
    }

    test::TestDirectory directory;
    CommandLine options;
    std::unique_ptr<Application> app;
    DesktopMenus *menus = nullptr;
};

} // namespace

TEST_F(DesktopMenusTest, TheMenuBarHasEditViewAndHelpAndCtrlCommaOpensThePreferences)
{
    QStringList titles;
    for (QAction *menu : app->mainWindow()->menuBar()->actions())
        titles << menu->text();
    EXPECT_EQ(titles.mid(titles.size() - 3), (QStringList{QStringLiteral("&Edit"), QStringLiteral("&View"),
                                                          QStringLiteral("&Help")}));
    MainWindow *window = app->mainWindow();
    // The first sync's progress dialog opens over an empty cache; the user sends it to the background first.
    if (auto *progress = window->findChild<FirstSyncDialog *>())
        progress->close();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = window->findChild<PreferencesDialog *>();
    ASSERT_NE(dialog, nullptr) << "Ctrl+, did nothing";
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(DesktopMenusTest, EveryPreferenceReachesTheRunningServicesWithoutARestart)
{
    PreferencesDialog *dialog = menus->showPreferences();
    const auto set = [&](const char *key, double shown) {
        auto *spin = qobject_cast<QDoubleSpinBox *>(dialog->editor(QString::fromLatin1(key)));
        ASSERT_NE(spin, nullptr) << key;
        spin->setValue(shown);
    };
    AppServices &services = app->services();

    set("ttl/movies", 2);
    set("ttl/episodes", 6);
    set("ttl/jitter-percent", 20);
    EXPECT_EQ(services.cacheConfig().ttl(ContentKind::Movies), 2h);
    EXPECT_EQ(services.cacheConfig().ttl(ContentKind::Episodes), 6h);
    EXPECT_DOUBLE_EQ(services.cacheConfig().jitter(), 0.2);

    set("refresh/batch-size", 250);
    set("refresh/concurrency", 4);
    EXPECT_EQ(services.refreshService()->batchSize(), 250);
    EXPECT_EQ(services.refreshService()->maxConcurrentJobs(), 4);

    set("images/max-memory-bytes", 128);
    set("images/max-disk-bytes", 2048);
    set("ttl/images", 10);
    EXPECT_EQ(services.imageCache()->options().maxMemoryBytes, 128LL << 20);
    EXPECT_EQ(services.imageCache()->options().maxDiskBytes, 2048LL << 20);
    EXPECT_EQ(services.imageCache()->options().maxUnusedMs, std::chrono::milliseconds(24h * 10).count());

    set("playback/played-share", 75);
    EXPECT_DOUBLE_EQ(app->playerHost()->playedShare(), 0.75);

    // And the table holds what marquee-cli reads.
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("7200"));
    EXPECT_EQ(row(QStringLiteral("playback/played-share")), QStringLiteral("0.75"));
    EXPECT_EQ(row(QStringLiteral("images/max-disk-bytes")), QString::number(2048LL << 20));
}

TEST_F(DesktopMenusTest, ViewThemeDarkRecoloursTheWindowAndIsRemembered)
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QAction *dark = findAction(app->mainWindow(), QStringLiteral("&Dark"));
    ASSERT_NE(dark, nullptr);
    dark->trigger();
    QApplication::processEvents(); // widgets take the new palette from the change events Qt posts
    EXPECT_TRUE(ThemeController::isDark(app->mainWindow()->palette()));
    EXPECT_EQ(row(QStringLiteral("ui/theme")), QStringLiteral("dark"));

    // The dialog shows the same choice, and changing it there moves the menu's check mark.
    PreferencesDialog *dialog = menus->showPreferences();
    auto *choice = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("ui/theme")));
    EXPECT_EQ(choice->currentData().toString(), QStringLiteral("dark"));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Home);
    EXPECT_TRUE(findAction(app->mainWindow(), QStringLiteral("&System"))->isChecked());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
}

TEST_F(DesktopMenusTest, KeyboardShortcutsListsTheMenusShortcuts)
{
    menus->showShortcuts();
    auto *dialog = app->mainWindow()->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QStringList rows = treeRows(dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList")));
    const QString preferences = QStringLiteral("Preferences…|")
                                + QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText);
    EXPECT_TRUE(rows.contains(preferences)) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("Refresh what is on screen|F5")));
    // The player's own keys, which no menu holds, are listed under Player.
    EXPECT_TRUE(rows.contains(QStringLiteral("Player|"))) << rows.join(QLatin1Char('\n')).toStdString();
    for (const auto &[key, description] : {std::pair{Qt::Key_Space, "Play or pause"},
                                           std::pair{Qt::Key_Left, "Back 10 seconds"},
                                           std::pair{Qt::Key_Escape, "Leave full screen, then the player"}}) {
        EXPECT_TRUE(rows.contains(QString::fromLatin1(description) + QLatin1Char('|')
                                  + QKeySequence(key).toString(QKeySequence::NativeText)))
            << description << " is missing from\n" << rows.join(QLatin1Char('\n')).toStdString();
    }
    // Every action with keys on this platform (Quit has none under some keyboard schemes) is listed.
    for (const QAction *action : app->mainWindow()->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->menu())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        EXPECT_TRUE(rows.contains(text + QLatin1Char('|') + keys.join(QStringLiteral(", "))))
            << text.toStdString() << " is missing from\n" << rows.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(DesktopMenusTest, AboutNamesTheLibrariesAndTheServerVersionSeen)
{
    const QString inUse = app->services().backend()->session().serverId;
    ASSERT_TRUE(test::waitUntil(
        [&] {
            const QList<ServerVersionSeen> seen = ServerVersionRepository(app->services().database().connection()).all();
            return std::any_of(seen.cbegin(), seen.cend(),
                               [&](const ServerVersionSeen &server) { return server.serverId == inUse; });
        },
        AppTimeoutMs))
        << "the library refresh never recorded the server's version";
    menus->showAbout();
    auto *dialog = app->mainWindow()->findChild<AboutDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QStringList components = treeRows(dialog->findChild<QTreeWidget *>(QStringLiteral("aboutComponents")));
    EXPECT_TRUE(components.contains(QStringLiteral("Qt|") + QString::fromLatin1(qVersion())));
    const QStringList servers = treeRows(dialog->findChild<QTreeWidget *>(QStringLiteral("aboutServers")));
    // The demo's Plex face, refreshed in the background, may be listed too.
    EXPECT_TRUE(std::any_of(servers.cbegin(), servers.cend(), [](const QString &row) {
        return row.startsWith(QStringLiteral("Jellyfin Server")) && row.endsWith(QStringLiteral("|10.11.0"));
    })) << servers.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DesktopMenusTest, ReportAProblemCopiesASummaryWithoutTheTokenOrPassword)
{
    const QString token = app->services().backend()->session().accessToken;
    ASSERT_FALSE(token.isEmpty());
    // A sync error as a server or a proxy might word it, token and all.
    SyncStateRepository runs(app->services().database().connection());
    SyncRun run;
    run.id = runs.startRun(QStringLiteral("library:movies"), QStringLiteral("full"), 1'700'000'000'000);
    run.scope = QStringLiteral("library:movies");
    run.kind = QStringLiteral("full");
    run.startedAtMs = 1'700'000'000'000;
    run.finishedAtMs = run.startedAtMs + 1000;
    run.status = QStringLiteral("failed");
    run.error = QStringLiteral("Timeout: GET http://demo:demo@127.0.0.1:1/Items?api_key=%1&Limit=500 "
                               "(Authorization: MediaBrowser Client=\"Marquee\", Token=\"%1\"; password=demo-pass)")
                    .arg(token);
    ASSERT_TRUE(runs.finishRun(run));

    QSignalSpy copied(menus, &DesktopMenus::problemReportCopied);
    menus->reportProblem();
    ASSERT_TRUE(copied.wait(AppTimeoutMs));
    const QString report = copied.at(0).at(0).toString();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), report);
    EXPECT_TRUE(report.startsWith(QStringLiteral("Marquee ") + QStringLiteral(MARQUEE_VERSION)));
    EXPECT_TRUE(report.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    EXPECT_TRUE(report.contains(QStringLiteral("SQLite ")));
    EXPECT_TRUE(report.contains(QStringLiteral("metadata cache: ")));
    EXPECT_TRUE(report.contains(QStringLiteral("library:movies (full): Timeout: GET http://127.0.0.1:1/Items?Limit=500")))
        << report.toStdString();
    EXPECT_FALSE(report.contains(token)) << "the sign-in token leaked";
    EXPECT_FALSE(report.contains(QStringLiteral("demo-pass"))) << "a password leaked";
    EXPECT_FALSE(report.contains(QStringLiteral("demo:demo@"))) << "a URL's user info leaked";
}
