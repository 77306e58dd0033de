// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace marquee {

/// @brief The player's control icons, drawn in white so they read over a dark bar on any widget style
/// (the style's own media icons are dark on Fusion). Each has a faint Disabled mode: the style's own dimming of a
/// white glyph stays nearly white, and a disabled button must look disabled.
class PlayerIcons
{
public:
    enum class Glyph { Play, Pause, FullScreen, Volume, Muted, Back };

    [[nodiscard]] static QIcon icon(Glyph glyph);
};

} // namespace marquee
