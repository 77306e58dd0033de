// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "core/usermessage.h"
#include "storage/serverrepository.h"

#include <QObject>
#include <functional>
#include <optional>

namespace marquee {

class AppServices;
class MainWindow;
class RefreshActivity;

/**
 * @brief The window's side of several saved servers (#14): switching to another one from the sidebar, a server
 * heading's Rename… and Remove…, and how the other servers are doing, in the sidebar and the footer.
 *
 * Lives on the GUI thread beside the window; the services do the work.
 */
class SavedServers : public QObject
{
    Q_OBJECT

public:
    SavedServers(AppServices &services, MainWindow &window, RefreshActivity &activity, QObject *parent = nullptr);

private:
    /// The sidebar's entry of another saved server: it becomes the one in use, with its saved sign-in.
    void switchTo(qint64 serverRowId, const QString &libraryId);
    /// Home's entry of another saved server's item: that server becomes the one in use, then the item opens.
    void openOn(qint64 serverRowId, const QString &itemId, ItemType type);
    /// Switches, then calls @p onSwitched; says why when the switch did not happen.
    void switchThen(qint64 serverRowId, const std::function<void()> &onSwitched);
    /// Asks for the name the sidebar shows.
    void rename(qint64 serverRowId, const QString &currentName);
    /// Says what goes (and what never reached the server), then removes it; the server in use after switching to
    /// another saved one.
    void confirmRemoval(qint64 serverRowId);
    /// The saved server that takes @p server's place when it is removed while in use: the first other one.
    [[nodiscard]] std::optional<ServerRecord> successorOf(const ServerRecord &server) const;
    void removeNow(const ServerRecord &server);
    /// The other servers' lanes, in the sidebar and the footer.
    void showOthers();
    void tell(const QString &headline, const UserMessage &message, bool isError);

    AppServices &m_services;
    MainWindow &m_window;
    RefreshActivity &m_activity;
};

} // namespace marquee
