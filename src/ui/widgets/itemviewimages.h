// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/imagespec.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPersistentModelIndex>
#include <QTimer>

class QAbstractItemView;

namespace marquee {

class ImageCache;

/**
 * @brief The images of one item view, for its delegate: asked for while a cell paints, wanted from the
 * ImageCache while the cell stays on screen, and the cell alone repainted when its image arrives.
 *
 * Cells that scroll out of view, a hidden view, or rows the model removed take their requests with them (the cache
 * cancels what nobody wants any more). The wanted list is sent once per event-loop turn, in paint order, so a
 * scroll that paints forty cells makes one call, not forty.
 */
class ItemViewImages : public QObject
{
    Q_OBJECT

public:
    /// Parented to @p view.
    ItemViewImages(ImageCache &cache, QAbstractItemView *view);

    /// The image of @p spec for the cell at @p index if it is decoded; otherwise null (paint the placeholder) and
    /// the cell repaints once it arrives.
    [[nodiscard]] QImage image(const ImageSpec &spec, const QModelIndex &index);
    /// Images asked for and not arrived (nor failed) yet.
    [[nodiscard]] int waitingCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Wanted
    {
        ImageSpec spec;
        QPersistentModelIndex index;
        bool failed = false; ///< kept so that repainting the placeholder does not ask again while on screen
    };

    void scheduleSend();
    void sendWanted();
    void onImageReady(const QString &key);

    ImageCache &m_cache;
    QAbstractItemView *m_view;
    QHash<QString, Wanted> m_wanted;
    QStringList m_order;
    QTimer m_sendTimer;
};

} // namespace marquee
