// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/posterrow.h"

#include "ui/widgets/posterdelegate.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace marquee {

namespace {
constexpr int PosterWidth = 130;
constexpr int StillWidth = 224; // 126 px high at 16:9
} // namespace

PosterRow::PosterRow(ImageCache &images, QWidget *parent)
    : QListView(parent)
    , m_delegate(new PosterDelegate(images, this))
{
    m_delegate->setPosterWidth(PosterWidth);
    setItemDelegate(m_delegate);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    // The focus ring shows where the keys are; a selection left behind in every row the user passed would not.
    setSelectionMode(QAbstractItemView::NoSelection);
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

void PosterRow::setShape(PosterDelegate::Shape shape)
{
    m_delegate->setShape(shape);
    m_delegate->setPosterWidth(shape == PosterDelegate::Shape::Poster ? PosterWidth : StillWidth);
    setFixedHeight(sizeHint().height());
    doItemsLayout();
}

void PosterRow::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool sideways = event->modifiers().testFlag(Qt::ShiftModifier) || qAbs(delta.x()) > qAbs(delta.y());
    if (!sideways) {
        // To the page this row is on. Said outright rather than by ignoring the event: Qt passes an ignored wheel
        // event on to the parents only when it came from the window system.
        for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *page = qobject_cast<QAbstractScrollArea *>(parent)) {
                QCoreApplication::sendEvent(page->viewport(), event);
                return;
            }
        }
        event->ignore();
        return;
    }
    QListView::wheelEvent(event);
}

void PosterRow::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        Q_EMIT stepRequested(event->key() == Qt::Key_Down ? 1 : -1);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
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
