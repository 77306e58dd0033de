// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/navigationsidebar.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>

namespace marquee {

namespace {
constexpr int LibraryIdRole = Qt::UserRole + 1;
constexpr int DownloadsEntryRole = Qt::UserRole + 2;
constexpr int ServerRowRole = Qt::UserRole + 3; ///< on a heading, and on another server's libraries
constexpr int HeadingRole = Qt::UserRole + 4;
constexpr int PlainNameRole = Qt::UserRole + 5;
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
    m_libraries = libraries;
    rebuild();
}

void NavigationSidebar::setOtherServers(const SidebarServer &inUse, const QList<SidebarServer> &servers)
{
    m_inUse = inUse;
    m_otherServers = servers;
    rebuild();
}

void NavigationSidebar::rebuild()
{
    const QString selected = selectedLibraryId();
    const bool homeSelected = currentRow() <= 0;
    const bool downloadsSelected = currentRow() > 0 && currentRow() == downloadsRow();
    const QSignalBlocker blocker(this);
    clear();
    auto *home = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Home"), this);
    home->setSizeHint(QSize(0, fontMetrics().height() + 16));
    if (!m_otherServers.isEmpty())
        addServerHeading(m_inUse, true);
    for (const Library &library : std::as_const(m_libraries))
        addLibrary(library);
    for (const SidebarServer &server : std::as_const(m_otherServers)) {
        addServerHeading(server, false);
        for (const Library &library : server.libraries)
            addLibrary(library)->setData(ServerRowRole, server.serverRowId);
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

void NavigationSidebar::addServerHeading(const SidebarServer &server, bool inUse)
{
    // Plain text, as every QListWidgetItem: a server's name is the server's to choose.
    auto *heading = new QListWidgetItem(server.name, this);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 0.9);
    heading->setFont(bold);
    heading->setData(HeadingRole, true);
    heading->setData(PlainNameRole, server.plainName);
    heading->setSizeHint(QSize(0, fontMetrics().height() + 14));
    heading->setData(ServerRowRole, server.serverRowId);
    if (inUse) {
        heading->setFlags(Qt::ItemIsEnabled); // a heading only: nowhere to go
        heading->setToolTip(tr("The server in use"));
    } else {
        heading->setToolTip(tr("%1 at %2: choose to switch to it").arg(server.plainName, server.address));
    }
}

void NavigationSidebar::contextMenuEvent(QContextMenuEvent *event)
{
    const QListWidgetItem *entry = itemAt(event->pos());
    if (!entry || !entry->data(HeadingRole).toBool() || entry->data(ServerRowRole).toLongLong() <= 0) {
        QListWidget::contextMenuEvent(event);
        return;
    }
    const qint64 serverRowId = entry->data(ServerRowRole).toLongLong();
    const QString name = entry->data(PlainNameRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, serverRowId, name] { Q_EMIT serverRenameRequested(serverRowId, name); });
    // Headings show only with two servers or more: the server in use can go too, another one taking its place.
    menu.addAction(tr("Re&move…"), this, [this, serverRowId] { Q_EMIT serverRemoveRequested(serverRowId); });
    menu.exec(event->globalPos());
}

QListWidgetItem *NavigationSidebar::addLibrary(const Library &library)
{
    // QListWidgetItem text is painted as plain text by the default delegate.
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), library.name, this);
    item->setData(LibraryIdRole, library.id);
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    return item;
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
        if (item(row)->data(LibraryIdRole).toString() == libraryId && !item(row)->data(ServerRowRole).isValid()) {
            setCurrentRow(row);
            return;
        }
    }
}

QString NavigationSidebar::selectedLibraryId() const
{
    const QListWidgetItem *current = currentItem();
    return current && !current->data(ServerRowRole).isValid() ? current->data(LibraryIdRole).toString() : QString();
}

void NavigationSidebar::requestRow(int row)
{
    if (row == 0) {
        Q_EMIT homeRequested();
        return;
    }
    const QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    const QVariant server = entry->data(ServerRowRole);
    if (entry->data(DownloadsEntryRole).toBool())
        Q_EMIT downloadsRequested();
    else if (!entry->data(HeadingRole).toBool() && !server.isValid())
        Q_EMIT libraryRequested(entry->data(LibraryIdRole).toString());
    else if (!entry->data(HeadingRole).toBool())
        Q_EMIT serverLibraryRequested(server.toLongLong(), entry->data(LibraryIdRole).toString());
    else if (entry->flags() & Qt::ItemIsSelectable) // another server's name; the one in use is a heading only
        Q_EMIT serverRequested(server.toLongLong());
}

} // namespace marquee
