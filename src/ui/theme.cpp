// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include "core/settingscatalog.h"
#include "services/settingsstore.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <memory>

namespace marquee {

ThemeController::ThemeController(SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &SettingsStore::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingsCatalog::ThemeKey))
            apply(storedTheme());
    });
    // At start, System leaves the palette the platform gave untouched.
    if (const Theme stored = storedTheme(); stored != Theme::System)
        apply(stored);
}

Theme ThemeController::storedTheme()
{
    return fromSettingValue(m_settings.value(QString::fromLatin1(SettingsCatalog::ThemeKey)));
}

void ThemeController::choose(Theme theme)
{
    m_settings.set(QString::fromLatin1(SettingsCatalog::ThemeKey), settingValue(theme));
}

QString ThemeController::settingValue(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return {};
}

Theme ThemeController::fromSettingValue(const QString &value)
{
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void ThemeController::apply(Theme theme)
{
    if (theme == m_theme && theme == Theme::System)
        return;
    m_theme = theme;
    switch (theme) {
    // A palette with no role set resolves entirely to the platform's, and keeps following it.
    case Theme::System: QApplication::setPalette(QPalette()); break;
    case Theme::Light: QApplication::setPalette(lightPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
    Q_EMIT themeChanged(theme);
}

QPalette ThemeController::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QApplication::style()->standardPalette();
}

QPalette ThemeController::darkPalette()
{
    // Fusion's light palette turned over: the same contrasts, and a blue that reads on dark grey.
    const QColor window(0x35, 0x37, 0x3b);
    const QColor base(0x26, 0x28, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    const QColor dimText(0x8a, 0x8d, 0x91);
    const QColor highlight(0x3d, 0x8b, 0xe0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window.lighter(110));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(125));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, highlight.lighter(120));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

bool ThemeController::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor ThemeController::errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

} // namespace marquee
