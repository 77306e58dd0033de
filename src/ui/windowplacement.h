// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QMainWindow;

namespace marquee {

class SettingsRepository;

/// @brief Where the main window opens: sized to the screen on the first launch, and afterwards where and how the
/// user left it (size, position, maximised or full screen, tool bars), kept in the settings table.
namespace WindowPlacement {

inline constexpr auto GeometryKey = "window/geometry"; ///< QWidget::saveGeometry, base64
inline constexpr auto StateKey = "window/state";       ///< QMainWindow::saveState (tool bars), base64

/// The first launch's size on a screen whose free area (without panels and docks) is @p available, in the
/// device-independent pixels Qt lays out in: 1280×800 where that fits with room around it, less on a small or
/// highly scaled screen (a 2560×1600 panel at scale 2 offers 1280×800 minus its panels).
[[nodiscard]] QSize firstSize(const QRect &available);
/// Puts @p window where the settings say it was, or, on the first launch, sizes it with firstSize() and centres
/// it on its screen. Before show(), so the window never appears at another size first.
void restore(QMainWindow &window, SettingsRepository &settings);
/// Remembers the window's geometry and state for the next launch.
void save(const QMainWindow &window, SettingsRepository &settings);

} // namespace WindowPlacement

} // namespace marquee
