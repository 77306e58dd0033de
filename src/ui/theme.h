// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

namespace marquee {

class SettingsStore;

/// The colours the app draws with: the desktop's, or a light or dark palette the user chose instead.
enum class Theme { System, Light, Dark };

/**
 * @brief Applies the theme setting (`ui/theme`) to the whole application, at start and whenever it changes.
 *
 * System resets the application palette to what the platform gives (Qt's platform theme follows a light or dark
 * KDE or GNOME session); Light and Dark replace it. Everything in Marquee draws with palette roles, so a change
 * repaints every window at once; widgets whose style sheets name palette() colours are polished again, since a
 * style sheet resolves those when it is applied.
 */
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(SettingsStore &settings, QObject *parent = nullptr);

    [[nodiscard]] Theme theme() const { return m_theme; }
    /// Stores the choice (the setting), which applies it.
    void choose(Theme theme);

    [[nodiscard]] static QString settingValue(Theme theme);
    [[nodiscard]] static Theme fromSettingValue(const QString &value);
    /// Fusion's light palette, whatever the current style's.
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
    /// Window background darker than its text.
    [[nodiscard]] static bool isDark(const QPalette &palette);
    /// A red for error text that stays readable on the palette's window colour, light or dark.
    [[nodiscard]] static QColor errorTextColor(const QPalette &palette);

Q_SIGNALS:
    void themeChanged(marquee::Theme theme);

private:
    [[nodiscard]] Theme storedTheme();
    void apply(Theme theme);

    SettingsStore &m_settings;
    Theme m_theme = Theme::System;
};

} // namespace marquee
