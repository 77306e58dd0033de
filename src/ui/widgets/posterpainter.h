// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace marquee::PosterPainter {

/// What a poster placeholder shows. No images yet: the image cache arrives in a later change.
struct Poster
{
    QString itemId;
    QString title;
    bool played = false;
    double progress = 0.0; ///< [0, 1]; a bar along the bottom when > 0
};

/// A stable colour per item, so a poster keeps its colour between runs.
[[nodiscard]] QColor colorFor(const QString &itemId);
/// Up to two initials from the title's first words, e.g. "The Matrix" → "TM".
[[nodiscard]] QString initialsOf(const QString &title);
/// Paints the placeholder into @p rect: a rounded rectangle, the initials, a played mark, a progress bar.
/// Text is drawn as plain text; the painter's state is restored afterwards.
void paint(QPainter *painter, const QRectF &rect, const Poster &poster, const QPalette &palette);

} // namespace marquee::PosterPainter
