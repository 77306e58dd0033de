// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/userdata.h"
#include "storage/userdataconflict.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// @brief The user's played state, position and favourites per item, in the state database.
class UserDataRepository
{
public:
    explicit UserDataRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<UserData> get(const QString &serverId, const QString &itemId);
    bool put(const QString &serverId, const UserData &data);
    /// Stores what the server says. When this device still has changes for the item in the playback queue,
    /// UserDataConflict decides per field; queued play-state changes that lose are removed from the queue (they would
    /// overwrite a newer change made elsewhere), and each such decision is logged (marquee.sync). Run inside a
    /// WriteTransaction. Returns false only on a database failure.
    bool mergeFromServer(const QString &serverId, const UserData &data, qint64 seenAtMs);
    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    [[nodiscard]] std::optional<PendingLocalChange> pendingChange(const QString &serverId, const QString &itemId);
    bool fail(const SqlStatement &statement);

    SqlStatement m_get;
    SqlStatement m_put;
    SqlStatement m_merge;
    SqlStatement m_pending;
    SqlStatement m_dropPlayState;
    Error m_error;
};

} // namespace marquee
