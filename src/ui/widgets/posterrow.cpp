// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterrow.h"

#include "ui/widgets/posterdelegate.h"

#include <QScrollBar>

namespace marquee {

PosterRow::PosterRow(ImageCache &images, QWidget *parent)
    : QListView(parent)
    , m_delegate(new PosterDelegate(images, this))
{
    m_delegate->setPosterWidth(130);
    setItemDelegate(m_delegate);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    horizontalScrollBar()->setSingleStep(40);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

QSize PosterRow::sizeHint() const
{
    const QSize cell = m_delegate->cellSize(font());
    return {cell.width() * 4, cell.height() + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth()};
}

QSize PosterRow::minimumSizeHint() const
{
    return {m_delegate->cellSize(font()).width(), sizeHint().height()};
}

} // namespace marquee
