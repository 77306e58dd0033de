// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/savedservers.h"

#include "app/appdownloads.h"
#include "app/appservices.h"
#include "services/downloadservice.h"
#include "services/playbacksyncworker.h"
#include "services/serverlane.h"
#include "storage/cachemetarepository.h"
#include "storage/playbackqueuerepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverrepository.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/refreshactivity.h"

#include <QInputDialog>
#include <QPushButton>

#include <algorithm>

namespace marquee {

SavedServers::SavedServers(AppServices &services, MainWindow &window, RefreshActivity &activity, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_activity(activity)
{
    connect(&window, &MainWindow::serverSwitchRequested, this, &SavedServers::switchTo);
    connect(&window, &MainWindow::serverItemRequested, this, &SavedServers::openOn);
    connect(&window, &MainWindow::serverRenameRequested, this, &SavedServers::rename);
    connect(&window, &MainWindow::serverRemoveRequested, this, &SavedServers::confirmRemoval);
    connect(&services, &AppServices::serverLanesChanged, this, &SavedServers::showOthers);
}

void SavedServers::switchTo(qint64 serverRowId, const QString &libraryId)
{
    switchThen(serverRowId, [this, libraryId] { m_window.showServerInUse(libraryId); });
}

void SavedServers::openOn(qint64 serverRowId, const QString &itemId, ItemType type)
{
    switchThen(serverRowId, [this, itemId, type] {
        m_window.showServerInUse({});
        m_window.openItem(itemId, type);
    });
}

void SavedServers::switchThen(qint64 serverRowId, const std::function<void()> &onSwitched)
{
    m_activity.setConnecting(true);
    m_services.switchTo(serverRowId).then(this, [this, onSwitched](const Result<bool> &switched) {
        m_activity.setConnecting(false);
        if (switched && switched.value()) {
            onSwitched();
            return;
        }
        m_window.reloadLibraries(); // the highlight returns to where the window is
        if (!switched) {
            tell(tr("That server's saved sign-in could not be read."),
                 {tr("Sign in to it again from the Server menu; its cached library stays available."),
                  switched.error().toString()},
                 true);
        } else {
            tell(tr("You are signed out of that server."),
                 {tr("Sign in to it again from the Server menu; the server in use stays in use."), {}}, false);
        }
    });
}

void SavedServers::rename(qint64 serverRowId, const QString &currentName)
{
    auto *dialog = new QInputDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename server"));
    dialog->setLabelText(tr("Name in the sidebar (empty: the server's own name):"));
    dialog->setTextValue(currentName);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, serverRowId](const QString &label) {
        if (!ServerRepository(m_services.database().connection()).rename(serverRowId, label)) {
            tell(tr("The new name could not be saved."), {}, true);
            return;
        }
        m_window.reloadLibraries();
        showOthers();
    });
    dialog->open();
}

void SavedServers::confirmRemoval(qint64 serverRowId)
{
    const QSqlDatabase db = m_services.database().connection();
    const std::optional<ServerRecord> server = ServerRepository(db).byId(serverRowId);
    if (!server)
        return;
    // The server in use gives way to another saved one first: the window always shows a server.
    const bool inUse = server->serverId == CacheMetaRepository(db).serverId();
    const std::optional<ServerRecord> successor = inUse ? successorOf(*server) : std::nullopt;
    if (inUse && !successor)
        return;
    const int unsent = std::max(0, PlaybackQueueRepository(db).pendingCount(server->serverId));
    const QList<DownloadJob> &jobs = m_services.downloads()->service().jobs();
    const auto downloads = std::count_if(jobs.cbegin(), jobs.cend(),
                                         [&](const DownloadJob &job) { return job.serverId == server->serverId; });
    QStringList consequences{tr("Its cached library and its saved sign-in go from this computer.")};
    if (successor)
        consequences << tr("Marquee switches to %1 first.").arg(ServerDirectory::displayName(*successor));
    if (downloads > 0)
        consequences << tr("%Ln downloaded item(s) of it will be deleted.", nullptr, int(downloads));
    if (unsent > 0)
        consequences << tr("%Ln change(s) you made (played marks, positions, favourites) never reached it and will be "
                           "lost.", nullptr, unsent);
    QMessageBox *box = MessageBox::create(&m_window, unsent > 0 ? QMessageBox::Warning : QMessageBox::Question,
                                          tr("Remove %1 from Marquee?").arg(ServerDirectory::displayName(*server)),
                                          {consequences.join(QLatin1Char(' ')), {}});
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, record = *server, successor] {
        if (box->clickedButton() != remove)
            return;
        if (successor) {
            switchThen(successor->id, [this, record] {
                m_window.showServerInUse({});
                removeNow(record);
            });
        } else {
            removeNow(record);
        }
    });
    box->open();
}

std::optional<ServerRecord> SavedServers::successorOf(const ServerRecord &server) const
{
    const QList<ServerRecord> servers = ServerRepository(m_services.database().connection()).all();
    for (const ServerRecord &other : servers) {
        if (other.id != server.id)
            return other;
    }
    return std::nullopt;
}

void SavedServers::removeNow(const ServerRecord &server)
{
    m_services.removeServer(server).then(this, [this](const Result<int> &removed) {
        if (!removed)
            tell(tr("The server could not be removed."), UserMessage::from(removed.error()), true);
        m_window.reloadLibraries();
        showOthers();
    });
}

void SavedServers::showOthers()
{
    QList<OtherServerStatus> statuses;
    const QList<ServerRecord> servers = ServerRepository(m_services.database().connection()).all();
    const QHash<qint64, QString> names = ServerDirectory::distinctNames(servers);
    for (const ServerRecord &server : servers) {
        const ServerLane *lane = m_services.laneOf(server.serverId);
        if (!lane)
            continue;
        OtherServerStatus status{server.serverId, names.value(server.id)};
        status.state = lane->isSignedOut() ? OtherServerStatus::State::SignedOut
            : lane->isOnline()             ? OtherServerStatus::State::Online
                                           : OtherServerStatus::State::Offline;
        status.pendingChanges = std::max(0, lane->queue().pendingCount());
        statuses << status;
    }
    m_window.setOtherServers(statuses);
}

void SavedServers::tell(const QString &headline, const UserMessage &message, bool isError)
{
    MessageBox::show(&m_window, isError ? QMessageBox::Warning : QMessageBox::Information, headline, message);
}

} // namespace marquee
