// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktopmenus.h"

#include "app/appservices.h"
#include "app/componentversions.h"
#include "app/diagnosticreport.h"
#include "player/playerview.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QMessageBox>

namespace marquee {

DesktopMenus::DesktopMenus(MainWindow &window, AppServices &services, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
    , m_theme(std::make_unique<ThemeController>(*services.settings()))
{
    QMenuBar *bar = m_window.menuBar();
    QMenu *edit = bar->addMenu(tr("&Edit"));
    m_preferences = edit->addAction(tr("&Preferences…"), this, &DesktopMenus::showPreferences);
    // QKeySequence::Preferences is empty on Linux desktops; Ctrl+, is what KDE and GNOME apps use.
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);

    buildThemeMenu(bar->addMenu(tr("&View")));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &DesktopMenus::showShortcuts);
    help->addAction(tr("&Report a Problem…"), this, &DesktopMenus::reportProblem);
    help->addSeparator();
    help->addAction(tr("&About Marquee"), this, &DesktopMenus::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

DesktopMenus::~DesktopMenus() = default;

void DesktopMenus::buildThemeMenu(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    const struct
    {
        Theme theme;
        QString text;
    } choices[] = {{Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *action = themes->addAction(choice.text);
        action->setCheckable(true);
        action->setChecked(m_theme->theme() == choice.theme);
        action->setData(ThemeController::settingValue(choice.theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = choice.theme] { m_theme->choose(theme); });
    }
    // The dialog changes it too: the menu shows whatever is in force.
    connect(m_theme.get(), &ThemeController::themeChanged, group, [group](Theme theme) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == ThemeController::settingValue(theme));
    });
}

PreferencesDialog *DesktopMenus::showPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(*m_services.settings(), &m_window);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
    return m_preferencesDialog;
}

void DesktopMenus::showShortcuts()
{
    QList<ShortcutEntry> entries = ShortcutsDialog::collect(&m_window);
    // The player's keys are its own (it answers them while it has the focus), so they are listed from its table.
    for (const auto &[keys, description] : PlayerView::keyList())
        entries.append({keys, description, tr("Player")});
    auto *dialog = new ShortcutsDialog(entries, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DesktopMenus::showAbout()
{
    auto *dialog = new AboutDialog(aboutInfo(m_services), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DesktopMenus::reportProblem()
{
    DiagnosticReport::collect(m_services, this, [this](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Report a Problem"),
                                    tr("A summary for your problem report is on the clipboard. Paste it into the "
                                       "report along with what you did and what went wrong."),
                                    QMessageBox::Ok, &m_window);
        box->setInformativeText(tr("It holds versions, folders, cache sizes and the last sync errors; never a "
                                   "password or a sign-in token. Show Details to read it."));
        box->setDetailedText(text);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        Q_EMIT problemReportCopied(text);
    });
}

} // namespace marquee
