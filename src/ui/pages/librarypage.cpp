// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/librarypage.h"

#include "storage/syncstaterepository.h"
#include "ui/models/itemroles.h"
#include "ui/models/libraryitemtype.h"
#include "ui/models/librarygridmodel.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterdelegate.h"

#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace marquee {

namespace {
constexpr int VisibleItemsDebounceMs = 300;
// A backend request carries the ids in its URL; a large screen shows well under this many posters.
constexpr int MaxVisibleItems = 200;

QString emptyText(bool refreshing)
{
    return refreshing ? QStringLiteral("Fetching this library from the server…")
                      : QStringLiteral("Nothing cached in this library yet — press Refresh or F5");
}
} // namespace

LibraryPage::LibraryPage(ItemReader &reader, ImageCache &images, const Library &library, QWidget *parent)
    : Page(parent)
    , m_library(library)
    , m_model(new LibraryGridModel(reader, this))
    , m_view(new QListView(this))
    , m_title(new PlainLabel(library.name, this))
    , m_emptyText(new PlainLabel(emptyText(false), this))
{
    setObjectName(QStringLiteral("libraryPage"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("libraryTitle"));
    m_title->setScaledFont(1.6, true);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);

    auto *delegate = new PosterDelegate(images, m_view);
    m_view->setObjectName(QStringLiteral("libraryGrid"));
    m_view->setItemDelegate(delegate);
    // A grid that stays smooth with 100,000 rows: one size for every cell (no per-row sizeHint calls), rows
    // fetched a page at a time as the scroll bar nears the end. Single-pass layout, not Batched: each fetchMore
    // re-lays out the whole grid, and in batches the scroll range shrinks meanwhile, so the view jumped back
    // thousands of pixels after every page (measured); with uniform sizes one pass over 100,000 rows is cheap.
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(delegate->cellSize(font()).height() / 4);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAttribute(Qt::WA_Hover);
    m_view->setModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_emptyText, 1);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, &LibraryPage::activate);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
            activate(index);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPage::updateEmptyState);

    m_visibleItemsTimer = new QTimer(this);
    m_visibleItemsTimer->setSingleShot(true);
    m_visibleItemsTimer->setInterval(VisibleItemsDebounceMs);
    connect(m_visibleItemsTimer, &QTimer::timeout, this, [this] { Q_EMIT visibleItemsChanged(visibleItemIds()); });
    const auto restartTimer = [this] { m_visibleItemsTimer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, restartTimer);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, restartTimer);
    connect(m_model, &QAbstractItemModel::modelReset, this, restartTimer);

    m_model->setLibrary(library.id, libraryItemType(library));
    // The first page is read at once so the page never opens blank; the view fetches the rest as it scrolls.
    m_model->fetchMore({});
    updateEmptyState();
}

void LibraryPage::setRefreshing(bool refreshing)
{
    m_emptyText->setText(emptyText(refreshing));
}

QStringList LibraryPage::visibleItemIds() const
{
    QStringList ids;
    const QRect viewport = m_view->viewport()->rect();
    const QModelIndex first = m_view->indexAt(viewport.topLeft() + QPoint(1, 1));
    if (!first.isValid())
        return ids;
    for (int row = first.row(); row < m_model->rowCount() && ids.size() < MaxVisibleItems; ++row) {
        const QRect cell = m_view->visualRect(m_model->index(row));
        if (cell.top() > viewport.bottom())
            break;
        ids << m_model->itemAt(row).id;
    }
    return ids;
}

QString LibraryPage::scope() const
{
    return SyncStateRepository::libraryScope(m_library.id);
}

void LibraryPage::reload()
{
    const int scrollValue = m_view->verticalScrollBar()->value();
    const QString currentId = m_view->currentIndex().data(ItemRoles::IdRole).toString();
    m_model->reload();
    m_view->verticalScrollBar()->setValue(scrollValue);
    for (int row = 0; !currentId.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->itemAt(row).id == currentId) {
            m_view->setCurrentIndex(m_model->index(row));
            break;
        }
    }
}

void LibraryPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyText->setVisible(empty);
    m_view->setVisible(!empty);
}

void LibraryPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ItemSummary &item = m_model->itemAt(index.row());
    Q_EMIT itemActivated(item.id, item.type);
}

} // namespace marquee
