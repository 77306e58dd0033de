// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/navigationsidebar.h"

#include <QSignalBlocker>
#include <QStyle>

namespace marquee {

namespace {
constexpr int LibraryIdRole = Qt::UserRole + 1;
constexpr int DownloadsEntryRole = Qt::UserRole + 2;
}

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setAccessibleName(tr("Libraries"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Window);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    connect(this, &QListWidget::currentRowChanged, this, &NavigationSidebar::requestRow);
    // The highlighted row stays highlighted on a details page opened from it; a click on it must still go there
    // (and does nothing more where the window already is).
    connect(this, &QListWidget::clicked, this, [this](const QModelIndex &index) { requestRow(index.row()); });
    connect(this, &QListWidget::activated, this, [this](const QModelIndex &index) { requestRow(index.row()); });
    setLibraries({});
}

void NavigationSidebar::setLibraries(const QList<Library> &libraries)
{
    const QString selected = selectedLibraryId();
    const bool homeSelected = currentRow() <= 0;
    const bool downloadsSelected = currentRow() > 0 && currentRow() == downloadsRow();
    const QSignalBlocker blocker(this);
    clear();
    auto *home = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Home"), this);
    home->setSizeHint(QSize(0, fontMetrics().height() + 16));
    for (const Library &library : libraries) {
        // QListWidgetItem text is painted as plain text by the default delegate.
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), library.name, this);
        item->setData(LibraryIdRole, library.id);
        item->setSizeHint(home->sizeHint());
    }
    if (m_downloadsShown)
        addDownloadsEntry();
    if (downloadsSelected)
        setCurrentRow(downloadsRow());
    else if (homeSelected || selected.isEmpty())
        setCurrentRow(0);
    else
        selectLibrary(selected);
}

void NavigationSidebar::addDownloadsEntry()
{
    auto *entry = new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowDown), tr("Downloads"), this);
    entry->setData(DownloadsEntryRole, true);
    entry->setSizeHint(QSize(0, fontMetrics().height() + 16));
}

int NavigationSidebar::downloadsRow() const
{
    for (int row = count() - 1; row > 0; --row) {
        if (item(row)->data(DownloadsEntryRole).toBool())
            return row;
    }
    return -1;
}

void NavigationSidebar::setDownloadsShown(bool shown)
{
    if (shown == m_downloadsShown)
        return;
    m_downloadsShown = shown;
    const QSignalBlocker blocker(this);
    if (shown)
        addDownloadsEntry();
    else if (const int row = downloadsRow(); row > 0)
        delete takeItem(row);
}

void NavigationSidebar::selectDownloads()
{
    const QSignalBlocker blocker(this);
    if (const int row = downloadsRow(); row > 0)
        setCurrentRow(row);
}

void NavigationSidebar::selectHome()
{
    const QSignalBlocker blocker(this);
    setCurrentRow(0);
}

void NavigationSidebar::selectLibrary(const QString &libraryId)
{
    const QSignalBlocker blocker(this);
    for (int row = 1; row < count(); ++row) {
        if (item(row)->data(LibraryIdRole).toString() == libraryId) {
            setCurrentRow(row);
            return;
        }
    }
}

QString NavigationSidebar::selectedLibraryId() const
{
    const QListWidgetItem *current = currentItem();
    return current ? current->data(LibraryIdRole).toString() : QString();
}

void NavigationSidebar::requestRow(int row)
{
    if (row == 0)
        Q_EMIT homeRequested();
    else if (row > 0 && item(row)->data(DownloadsEntryRole).toBool())
        Q_EMIT downloadsRequested();
    else if (row > 0)
        Q_EMIT libraryRequested(item(row)->data(LibraryIdRole).toString());
}

} // namespace marquee
