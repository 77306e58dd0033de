// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/footerstatuspresenter.h"

#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "ui/models/libraryitemtype.h"

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
    const bool failedLast = state->failureCount > 0 && state->lastAttemptAtMs
                            && (!state->lastSuccessAtMs || *state->lastAttemptAtMs >= *state->lastSuccessAtMs);
    if (failedLast) {
        status.state = FooterStatus::State::Failed;
        status.errorText = state->lastError;
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
        parts << (pending == 1 ? QStringLiteral("1 progress update waiting to sync")
                               : QStringLiteral("%1 progress updates waiting to sync").arg(QLocale().toString(pending)));
    }
    if (lastError.isError())
        parts << QStringLiteral("Last sync error: ") + errorKindName(lastError.kind);
    return parts.join(QStringLiteral(" · "));
}

FooterStatus FooterStatusPresenter::forLibrary(const Library &library, std::optional<int> counted)
{
    const int count = counted ? *counted : m_items.countInLibrary(library.id, libraryItemType(library));
    return fromSyncState(m_syncState.state(SyncStateRepository::libraryScope(library.id)), count);
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
            total.errorText = library.name + QStringLiteral(": ") + one.errorText;
        } else if (one.state == FooterStatus::State::NeverSynced && total.state != FooterStatus::State::Failed) {
            total.state = FooterStatus::State::NeverSynced;
        }
        if (one.lastSyncedAtMs && (!total.lastSyncedAtMs || *one.lastSyncedAtMs < *total.lastSyncedAtMs))
            total.lastSyncedAtMs = one.lastSyncedAtMs;
    }
    return total;
}

} // namespace marquee
