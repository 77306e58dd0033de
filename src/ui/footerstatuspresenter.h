// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/library.h"
#include "storage/syncstaterepository.h"
#include "ui/widgets/footerstatus.h"

#include <QCoreApplication>

#include <optional>

namespace marquee {

class ItemReader;
class LibraryRepository;

/// A saved server other than the one in use, as its background lane knows it.
struct OtherServerStatus
{
    enum class State { Online, Offline, SignedOut };
    QString serverId;
    QString name;
    State state = State::Online;
    int pendingChanges = 0; ///< this device's changes waiting for it
};

/// @brief Derives the footer's status from what the cache knows: the refresh state of a scope and the number of
/// cached rows. Syncing and Offline are not in the cache; the refresh service sets those on the footer itself.
class FooterStatusPresenter
{
    Q_DECLARE_TR_FUNCTIONS(FooterStatusPresenter)

public:
    FooterStatusPresenter(ItemReader &items, SyncStateRepository &syncState, LibraryRepository &libraries);

    /// The footer for one library: its cached item count and its "library:<id>" refresh state. A caller that has
    /// just counted the library's items passes @p counted, and the library is not counted again.
    [[nodiscard]] FooterStatus forLibrary(const Library &library, std::optional<int> counted = std::nullopt);
    /// The footer for Home and the details pages: every library together. Never synced while any library is;
    /// failed when any failed; otherwise synced as long ago as the oldest library.
    [[nodiscard]] FooterStatus forAllLibraries();
    /// The pure rule: no successful refresh is NeverSynced (or Failed after an attempt), a failure after the
    /// last success is Failed, anything else Idle.
    [[nodiscard]] static FooterStatus fromSyncState(const std::optional<SyncState> &state, int itemCount);
    /// "3 changes waiting to sync" (positions, played marks, favourites), then the last sync error when there is
    /// one; empty when nothing waits and nothing failed.
    [[nodiscard]] static QString uploadText(int pending, const Error &lastError);
    /// The tooltip of uploadText(): the last error in words, then its technical line; empty without an error.
    [[nodiscard]] static QString uploadDetails(const Error &lastError);
    /// "online", "offline" or "signed out".
    [[nodiscard]] static QString stateText(OtherServerStatus::State state);
    /// The other servers for the footer: "Friend's: offline, 2 changes waiting · Attic: online".
    [[nodiscard]] static QString otherServersText(const QList<OtherServerStatus> &servers);

private:
    ItemReader &m_items;
    SyncStateRepository &m_syncState;
    LibraryRepository &m_libraries;
};

} // namespace marquee
