// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

/// @brief The colour of secondary text (years under posters, episode lines, "Next Up", durations, hints), one rule
/// for the whole UI: dimmer than the text beside it, but always readable.
///
/// QPalette::PlaceholderText is no such colour: platform themes that build a dark palette often leave it at the
/// light palette's half-transparent black, which disappears on a dark page, and even Qt's own default is only
/// 4.0:1 on white. The colour here is worked out from the text and the background it is drawn on, so it keeps
/// WCAG's 4.5:1 for normal text in any palette.
namespace marquee::SecondaryText {

/// WCAG 2's floor for normal-size text.
inline constexpr double MinimumContrast = 4.5;

/// @p over (with its alpha) painted on the opaque @p under: the colour the eye sees.
[[nodiscard]] QColor composed(const QColor &over, const QColor &under);
/// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white); alpha is ignored.
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);
/// Secondary text to be drawn over @p background where normal text would be @p text: a mix of the two that keeps
/// at least MinimumContrast against @p background (when even @p text has less, a colour beyond it, towards black
/// or white).
[[nodiscard]] QColor color(const QColor &text, const QColor &background);
/// The same over one of @p palette's background roles, with the text role that goes with it (Text over Base and
/// AlternateBase, HighlightedText over Highlight, ButtonText over Button, WindowText over Window).
[[nodiscard]] QColor color(const QPalette &palette, QPalette::ColorRole background,
                           QPalette::ColorGroup group = QPalette::Active);
/// The background @p widget's text is really drawn on: the colour of the nearest widget up its parents that fills
/// its background (or of the window).
[[nodiscard]] QColor backgroundBehind(const QWidget *widget, QPalette::ColorGroup group = QPalette::Active);
/// Draws @p widget's text (a label's) in the secondary colour for the background behind it, and keeps doing so
/// when the palette changes (a dark theme, a theme chosen in the app) or the widget moves to another parent.
void apply(QWidget *widget);

} // namespace marquee::SecondaryText
