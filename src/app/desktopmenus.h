// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;

namespace marquee {

class AppServices;
class MainWindow;
class PreferencesDialog;
class ThemeController;

/**
 * @brief The menus a desktop application is expected to have, beyond Server: Edit → Preferences…,
 * View → Theme, and Help (Keyboard shortcuts, Report a problem, About Marquee, About Qt).
 *
 * Owns the ThemeController, so the theme setting is applied from the start. Built by Application after its own
 * Server menu; everything it shows reads the services it is given.
 */
class DesktopMenus : public QObject
{
    Q_OBJECT

public:
    DesktopMenus(MainWindow &window, AppServices &services, QObject *parent = nullptr);
    ~DesktopMenus() override;

    [[nodiscard]] ThemeController &theme() const { return *m_theme; }
    [[nodiscard]] QAction *preferencesAction() const { return m_preferences; }

    PreferencesDialog *showPreferences();
    void showShortcuts();
    void showAbout();
    /// Copies the diagnostic summary to the clipboard and shows what was copied.
    void reportProblem();

Q_SIGNALS:
    /// The diagnostic summary is on the clipboard (for tests; the user sees a message).
    void problemReportCopied(const QString &text);

private:
    void buildThemeMenu(QMenu *view);

    MainWindow &m_window;
    AppServices &m_services;
    std::unique_ptr<ThemeController> m_theme;
    QAction *m_preferences = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
};

} // namespace marquee
