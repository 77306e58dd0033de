// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief Deletes one server's rows from the cache and nothing of any other server's. The state database (user
/// data, the playback queue, downloads, sign-in) is never touched: what is not yet sent to a server stays.
class ServerRemoval
{
public:
    explicit ServerRemoval(QSqlDatabase db);

    /// Its libraries, items (with their genres and search entries) and refresh state; the history of its refreshes
    /// and its key stay. Returns how many items went. Run inside a WriteTransaction, with whatever goes with it.
    Result<int> removeMetadata(qint64 serverKey);
    /// Everything of the server, its refresh history and its key included. Run inside a WriteTransaction.
    Result<int> removeServer(qint64 serverKey);

private:

    QSqlDatabase m_db;
};

} // namespace marquee
