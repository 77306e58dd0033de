// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/footerstatuspresenter.h"

#include "core/libraryitemtype.h"
#include "core/usermessage.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "ui/dialogs/syncnotetext.h"

#include <QLocale>

namespace marquee {

FooterStatusPresenter::FooterStatusPresenter(ItemReader &items, SyncStateRepository &syncState,
                                             LibraryRepository &libraries)
    : m_items(items)
    , m_syncState(syncState)
    , m_libraries(libraries)
{
}

FooterStatus FooterStatusPresenter::fromSyncState(const std::optional<SyncState> &state, int itemCount)
{
    FooterStatus status;
    status.itemCount = itemCount;
    if (!state) {
        status.state = FooterStatus::State::NeverSynced;
        return status;
    }
    status.lastSyncedAtMs = state->lastSuccessAtMs;
    // A server that could not be reached is the live "Offline" while it lasts (RefreshActivity), and no failure of
    // the sync once it answers again: the cache is as good as it was, and the next look refreshes it.
    const bool unreachable =
        state->lastErrorKind == ErrorKind::Offline || state->lastErrorKind == ErrorKind::Timeout;
    if (state->lastAttemptFailed() && !unreachable) {
        status.state = FooterStatus::State::Failed;
        status.errorText = state->lastErrorKind == ErrorKind::None
                ? tr("The last sync failed. Marquee tries again by itself; press Retry to try now.")
                : UserMessage::describe(state->lastErrorKind);
        status.errorDetails = SyncNoteText::errorDetails(state->lastError);
    } else if (state->lastSuccessAtMs) {
        status.state = FooterStatus::State::Idle;
    } else {
        status.state = FooterStatus::State::NeverSynced;
    }
    return status;
}

QString FooterStatusPresenter::uploadText(int pending, const Error &lastError)
{
    QStringList parts;
    if (pending > 0) {
        parts << tr("%Ln change(s) waiting to sync", nullptr, pending);
    }
    if (lastError.isError())
        parts << tr("Last sync error: %1").arg(errorKindName(lastError.kind));
    return parts.join(QStringLiteral(" · "));
}

QString FooterStatusPresenter::uploadDetails(const Error &lastError)
{
    const UserMessage message = UserMessage::from(lastError);
    if (message.details.isEmpty())
        return message.text;
    return message.text + QStringLiteral("\n\n") + tr("Details: %1").arg(message.details);
}

QString FooterStatusPresenter::stateText(OtherServerStatus::State state)
{
    switch (state) {
    case OtherServerStatus::State::Online: return tr("online");
    case OtherServerStatus::State::Offline: return tr("offline");
    case OtherServerStatus::State::SignedOut: return tr("signed out");
    }
    return {};
}

QString FooterStatusPresenter::otherServersText(const QList<OtherServerStatus> &servers)
{
    QStringList parts;
    for (const OtherServerStatus &server : servers) {
        QString part = tr("%1: %2").arg(server.name, stateText(server.state));
        if (server.pendingChanges > 0)
            part += tr(", %Ln change(s) waiting", nullptr, server.pendingChanges);
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

FooterStatus FooterStatusPresenter::forLibrary(const Library &library, std::optional<int> counted)
{
    const int count = counted ? *counted : m_items.countInLibrary(library.id, libraryItemType(library));
    FooterStatus status = fromSyncState(m_syncState.state(SyncStateRepository::libraryScope(library.id)), count);
    if (status.state == FooterStatus::State::Failed)
        status.errorText = tr("%1 could not be synced. %2").arg(library.name, status.errorText);
    return status;
}

FooterStatus FooterStatusPresenter::forAllLibraries()
{
    const QList<Library> libraries = m_libraries.all();
    FooterStatus total;
    total.state = libraries.isEmpty() ? FooterStatus::State::NeverSynced : FooterStatus::State::Idle;
    for (const Library &library : libraries) {
        const FooterStatus one = forLibrary(library);
        total.itemCount += one.itemCount;
        if (one.state == FooterStatus::State::Failed) {
            total.state = FooterStatus::State::Failed;
            total.errorText = one.errorText;
            total.errorDetails = one.errorDetails;
        } else if (one.state == FooterStatus::State::NeverSynced && total.state != FooterStatus::State::Failed) {
            total.state = FooterStatus::State::NeverSynced;
        }
        if (one.lastSyncedAtMs && (!total.lastSyncedAtMs || *one.lastSyncedAtMs < *total.lastSyncedAtMs))
            total.lastSyncedAtMs = one.lastSyncedAtMs;
    }
    return total;
}

} // namespace marquee
