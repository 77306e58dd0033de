// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace marquee::test {

/// A dark palette as a platform theme builds one: every main role set, PlaceholderText left as the light palette
/// had it (which is what made secondary text disappear on dark pages).
inline QPalette darkPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    const QColor text(0xe4, 0xe6, 0xeb);
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1d, 0x1e, 0x21));
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2e, 0x33));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x39));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x8a));
    return palette;
}

/// The palette the style offers by default: Fusion's light one.
inline QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace marquee::test
