// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Keyboard shortcuts lists what really exists; Help → About names versions and licences.
#include "dialogscreenshot.h"
#include "support/cachefixture.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "uirepositories.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

QStringList rows(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        QStringList columns;
        for (int column = 0; column < tree->columnCount(); ++column)
            columns << (*it)->text(column);
        texts << columns.join(QLatin1Char('|'));
    }
    return texts;
}

AboutInfo sampleAbout()
{
    AboutInfo info;
    info.version = QStringLiteral("0.1.0");
    info.components = {{QStringLiteral("Qt"), QStringLiteral("6.4.2"), QStringLiteral("LGPL-3.0-only")},
                       {QStringLiteral("libmpv"), QStringLiteral("client API 2.0"), QStringLiteral("GPL-3.0-or-later")},
                       {QStringLiteral("SQLite"), QStringLiteral("3.40.1"), QStringLiteral("Public domain")},
                       {QStringLiteral("QtKeychain"), QStringLiteral("0.13.2"), QStringLiteral("BSD-2-Clause")}};
    info.servers = {{QStringLiteral("srv"), QStringLiteral("Living room"), QStringLiteral("Jellyfin Server"),
                     QStringLiteral("10.11.0"), 1'700'000'000'000, 1'700'000'000'000}};
    return info;
}

} // namespace

TEST(ShortcutsDialogTest, ListsEveryActionAndShortcutWithItsMenuAndKeys)
{
    QMainWindow window;
    QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
    QMenu *theme = view->addMenu(QStringLiteral("&Theme"));
    theme->addAction(QStringLiteral("&Dark"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(QStringLiteral("&Zoom && pan"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    view->addAction(QStringLiteral("No keys"));
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), &window);
    refresh->setWhatsThis(QStringLiteral("Refresh"));

    const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&window);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.at(0).context, QStringLiteral("View"));
    EXPECT_EQ(entries.at(0).description, QStringLiteral("Zoom & pan"));
    EXPECT_EQ(entries.at(0).keys, QKeySequence(Qt::CTRL | Qt::Key_Plus).toString(QKeySequence::NativeText));
    EXPECT_EQ(entries.at(1).context, QStringLiteral("View › Theme"));
    EXPECT_EQ(entries.at(1).description, QStringLiteral("Dark"));
    EXPECT_EQ(entries.at(2).context, QStringLiteral("Window"));
    EXPECT_EQ(entries.at(2).keys, QStringLiteral("F5"));

    ShortcutsDialog dialog(entries);
    const QStringList texts = rows(dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutList")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Refresh|F5"))) << texts.join(QLatin1Char('\n')).toStdString();
}

TEST(ShortcutsDialogTest, EveryShortcutOfTheMainWindowSaysWhatItDoes)
{
    CacheFixture cache;
    cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
    UiRepositories repos(cache);
    MainWindow window(repos.context());
    window.showLibrary(QStringLiteral("lib-movies")); // its page brings Ctrl+F
    const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&window);
    EXPECT_GE(entries.size(), 4); // Back (two keys), Refresh, Search
    for (const ShortcutEntry &entry : entries)
        EXPECT_FALSE(entry.description.isEmpty()) << entry.keys.toStdString() << " does not say what it does";
}

TEST(AboutDialogTest, NamesTheVersionsLicencesAndServersSeen)
{
    AboutDialog dialog(sampleAbout());
    const QStringList components = rows(dialog.findChild<QTreeWidget *>(QStringLiteral("aboutComponents")));
    EXPECT_TRUE(components.contains(QStringLiteral("Qt|6.4.2|LGPL-3.0-only")));
    EXPECT_TRUE(components.contains(QStringLiteral("SQLite|3.40.1|Public domain")));
    EXPECT_TRUE(components.contains(QStringLiteral("QtKeychain|0.13.2|BSD-2-Clause")));
    EXPECT_TRUE(components.contains(QStringLiteral("libmpv|client API 2.0|GPL-3.0-or-later")));
    const QStringList servers = rows(dialog.findChild<QTreeWidget *>(QStringLiteral("aboutServers")));
    ASSERT_EQ(servers.size(), 1);
    EXPECT_TRUE(servers.first().startsWith(QStringLiteral("Jellyfin Server (Living room)|10.11.0|")));
}

TEST(AboutDialogTest, ScreenshotsInLightAndDark)
{
    AboutDialog dialog(sampleAbout());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("about-light"));
    QApplication::setPalette(ThemeController::darkPalette());
    QApplication::processEvents();
    EXPECT_TRUE(ThemeController::isDark(dialog.palette()));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("about-dark"));
    QApplication::setPalette(QPalette());
}
