// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/librarypage.h"

#include "core/libraryitemtype.h"
#include "core/logging.h"
#include "storage/itemreader.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "ui/models/librarygridmodel.h"
#include "ui/widgets/libraryviewbar.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterdelegate.h"
#include "ui/widgets/secondarytext.h"
#include "ui/widgets/spinner.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace marquee {

namespace {
constexpr int VisibleItemsDebounceMs = 300;
// A backend request carries the ids in its URL; a large screen shows well under this many posters.
constexpr int MaxVisibleItems = 200;

QString emptyText(bool refreshing, bool filtered)
{
    if (filtered)
        return QCoreApplication::translate("marquee::LibraryPage",
                                           "Nothing in this library matches — change the filters or the search");
    return refreshing ? QCoreApplication::translate("marquee::LibraryPage", "Fetching this library from the server…")
                      : QCoreApplication::translate("marquee::LibraryPage",
                                                    "Nothing cached in this library yet — press Refresh or F5");
}

PlainLabel *quietLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new PlainLabel(text, parent);
    label->setObjectName(objectName);
    SecondaryText::apply(label);
    label->hide();
    return label;
}
} // namespace

LibraryPage::LibraryPage(ItemReader &reader, SettingsRepository &settings, ImageCache &images, const Library &library,
                         QWidget *parent)
    : Page(parent)
    , m_reader(reader)
    , m_settings(settings)
    , m_library(library)
    , m_model(new LibraryGridModel(reader, this))
    , m_view(new QListView(this))
    , m_viewBar(new LibraryViewBar(this))
    , m_title(new PlainLabel(library.name, this))
    , m_refreshSpinner(new Spinner(this))
    , m_refreshText(quietLabel(tr("Refreshing…"), QStringLiteral("refreshText"), this))
    , m_offlineText(quietLabel(tr("Offline · showing what is cached"), QStringLiteral("offlineText"), this))
    , m_emptyText(new PlainLabel(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("libraryTitle"));
    m_title->setScaledFont(1.6, true);
    m_refreshSpinner->setObjectName(QStringLiteral("refreshSpinner"));
    m_refreshSpinner->setSpinning(false);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    SecondaryText::apply(m_emptyText);

    auto *delegate = new PosterDelegate(images, m_view);
    m_view->setObjectName(QStringLiteral("libraryGrid"));
    m_view->setAccessibleName(library.name);
    m_view->setItemDelegate(delegate);
    // One size for every cell, so the view never asks the model for a row to lay the grid out; with the whole
    // row count known up front it lays out once, and only painted rows are read.
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::SinglePass);
    // Several posters (Ctrl or Shift and a click) are downloaded or marked at once from their right-click menu.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(delegate->cellSize(font()).height() / 4);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAttribute(Qt::WA_Hover);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setFocusProxy(m_view);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_refreshSpinner);
    header->addWidget(m_refreshText);
    header->addStretch(1);
    header->addWidget(m_offlineText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 8, 0);
    layout->addLayout(header);
    layout->addWidget(m_viewBar);
    layout->addWidget(m_emptyText, 1);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, &LibraryPage::activate);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
            activate(index);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        const QPoint global = m_view->viewport()->mapToGlobal(position);
        const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
        if (selected.size() < 2 || !m_view->selectionModel()->isSelected(index)) {
            popUpItemMenu(m_model->itemAt(index.row()), global);
            return;
        }
        QList<ItemSummary> items;
        for (const QModelIndex &each : selected) {
            if (const ItemSummary item = m_model->itemAt(each.row()); !item.id.isEmpty())
                items.append(item);
        }
        popUpSelectionMenu(items, global);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibraryPage::updateEmptyState);
    connect(m_viewBar, &LibraryViewBar::viewChanged, this, &LibraryPage::applyView);
    connect(m_viewBar, &LibraryViewBar::searchDismissed, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the library"));
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_viewBar, &LibraryViewBar::focusSearch);

    m_visibleItemsTimer = new QTimer(this);
    m_visibleItemsTimer->setSingleShot(true);
    m_visibleItemsTimer->setInterval(VisibleItemsDebounceMs);
    connect(m_visibleItemsTimer, &QTimer::timeout, this, [this] { Q_EMIT visibleItemsChanged(visibleItemIds()); });
    const auto restartTimer = [this] { m_visibleItemsTimer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, restartTimer);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, restartTimer);
    connect(m_model, &QAbstractItemModel::modelReset, this, restartTimer);

    const ItemType type = libraryItemType(library);
    m_viewBar->setGenres(m_reader.genresInLibrary(library.id, type));
    const LibraryView view = rememberedView();
    m_viewBar->setView(view);
    m_model->setQuery({library.id, type, view});
    updateEmptyState();
}

QString LibraryPage::viewSettingsKey(const QString &libraryId)
{
    return QStringLiteral("library-view/") + libraryId;
}

LibraryView LibraryPage::rememberedView() const
{
    const QString text = m_settings.value(viewSettingsKey(m_library.id));
    if (text.isEmpty())
        return {};
    const Result<LibraryView> view = decodeLibraryView(text);
    if (!view) {
        qCWarning(lcUi) << "library" << m_library.id << "shows its default view:" << view.error().toString();
        return {};
    }
    return view.value();
}

void LibraryPage::applyView(const LibraryView &view)
{
    if (view == m_model->query().view)
        return;
    m_model->setView(view);
    if (!m_settings.setValue(viewSettingsKey(m_library.id), encodeLibraryView(view)))
        qCWarning(lcUi) << "could not remember the view of library" << m_library.id;
}

void LibraryPage::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_refreshSpinner->setSpinning(refreshing);
    m_refreshText->setVisible(refreshing);
    updateEmptyState();
}

void LibraryPage::setOffline(bool offline)
{
    m_offlineText->setVisible(offline);
}

std::pair<int, int> LibraryPage::visibleRows() const
{
    const QRect viewport = m_view->viewport()->rect();
    const QModelIndex first = m_view->indexAt(viewport.topLeft() + QPoint(1, 1));
    if (!first.isValid())
        return {0, -1};
    int last = first.row();
    while (last + 1 < m_model->rowCount() && last + 1 - first.row() < MaxVisibleItems
           && m_view->visualRect(m_model->index(last + 1)).top() <= viewport.bottom())
        ++last;
    return {first.row(), last};
}

std::optional<int> LibraryPage::libraryItemCount() const
{
    if (m_model->query().view.isFiltered())
        return std::nullopt;
    return m_model->rowCount();
}

QStringList LibraryPage::visibleItemIds() const
{
    QStringList ids;
    const auto [first, last] = visibleRows();
    for (int row = first; row <= last; ++row)
        ids << m_model->itemAt(row).id;
    return ids;
}

QString LibraryPage::scope() const
{
    return SyncStateRepository::libraryScope(m_library.id);
}

void LibraryPage::reload()
{
    m_viewBar->setGenres(m_reader.genresInLibrary(m_library.id, libraryItemType(m_library)));
    const auto [first, last] = visibleRows();
    m_model->reload(first, last);
}

void LibraryPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyText->setText(emptyText(m_refreshing, m_model->query().view.isFiltered()));
    m_emptyText->setVisible(empty);
    m_view->setVisible(!empty);
}

void LibraryPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ItemSummary item = m_model->itemAt(index.row());
    if (!item.id.isEmpty())
        Q_EMIT itemActivated(item.id, item.type);
}

} // namespace marquee
