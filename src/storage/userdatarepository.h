// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/userdata.h"
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
    /// Stores what the server says, unless this device has a change for the item still waiting in the playback
    /// queue: that one is newer than anything the server can know. Returns false only on a database failure.
    bool mergeFromServer(const QString &serverId, const UserData &data, qint64 seenAtMs);
    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    SqlStatement m_get;
    SqlStatement m_put;
    SqlStatement m_merge;
    Error m_error;
};

} // namespace marquee
