// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"

#include <QListWidget>

namespace marquee {

/// A saved server that is not the one in use, and the libraries its cache holds.
struct SidebarServer
{
    qint64 serverRowId = 0; ///< ServerRecord::id; 0: not a saved server (the demo)
    QString name;         ///< as the heading shows it
    QString plainName;    ///< the name alone, without a state or an address added
    QString address;
    QList<Library> libraries;
};

/// @brief The list on the left: Home, then each library in the server's order, then Downloads once shown. Choosing
/// a row, or clicking the highlighted one, asks to go there.
///
/// With several servers saved, each server's libraries sit under its name, the server in use first: choosing
/// another server's library (or its name) asks to switch to that server.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    void setLibraries(const QList<Library> &libraries);
    /// The servers besides the one in use (@p inUse, whose libraries are setLibraries()'s); none: no server
    /// headings at all.
    void setOtherServers(const SidebarServer &inUse, const QList<SidebarServer> &servers);
    /// Moves the highlight without emitting a signal (navigation already happened).
    void selectHome();
    void selectLibrary(const QString &libraryId);
    /// Adds (or removes) the Downloads entry after the libraries.
    void setDownloadsShown(bool shown);
    void selectDownloads();
    [[nodiscard]] QString selectedLibraryId() const;

Q_SIGNALS:
    void homeRequested();
    void libraryRequested(const QString &libraryId);
    void downloadsRequested();
    /// Another saved server's library was chosen.
    void serverLibraryRequested(qint64 serverRowId, const QString &libraryId);
    /// Another saved server's name was chosen.
    void serverRequested(qint64 serverRowId);
    /// Rename… in a server heading's context menu.
    void serverRenameRequested(qint64 serverRowId, const QString &currentName);
    /// Remove… in another server's heading menu (the server in use cannot be removed).
    void serverRemoveRequested(qint64 serverRowId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void requestRow(int row);
    void rebuild();
    void addServerHeading(const SidebarServer &server, bool inUse);
    QListWidgetItem *addLibrary(const Library &library);
    void addDownloadsEntry();
    [[nodiscard]] int downloadsRow() const;

    bool m_downloadsShown = false;
    QList<Library> m_libraries;
    SidebarServer m_inUse;
    QList<SidebarServer> m_otherServers;
};

} // namespace marquee
