// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QImage;
class QPainter;
class QPalette;

namespace marquee::PosterPainter {

/// What a poster shows besides its image, and in place of it while there is none.
struct Poster
{
    QString itemId;
    QString title;
    bool played = false;
    double progress = 0.0; ///< [0, 1]; a bar along the bottom when > 0
    QString imageTag;      ///< the primary image's; empty when the item has none
    bool favorite = false;
    int unplayedEpisodes = 0; ///< a series': shown in place of the played mark while > 0
    bool downloaded = false; ///< a small badge: it plays offline
};

/// A stable colour per item, so a poster keeps its colour between runs.
[[nodiscard]] QColor colorFor(const QString &itemId);
/// Up to two initials from the title's first words, e.g. "The Matrix" → "TM".
[[nodiscard]] QString initialsOf(const QString &title);
/// Paints the poster into @p rect: @p image with rounded corners, or without one the placeholder (a rounded
/// rectangle and the initials); then a heart for a favourite, the played mark (or a series' unplayed episodes), a
/// downloaded badge and a progress bar. Text is drawn as plain text; the painter's state is restored afterwards.
void paint(QPainter *painter, const QRectF &rect, const Poster &poster, const QPalette &palette, const QImage &image);
/// @p image scaled to cover @p rect, centred, with rounded corners.
void paintImage(QPainter *painter, const QRectF &rect, const QImage &image, qreal radius);

} // namespace marquee::PosterPainter
