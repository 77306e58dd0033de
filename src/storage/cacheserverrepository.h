// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// @brief The servers whose rows the cache holds, each under a small integer key that leads every row and index
/// (migrations/cache/0009); the server's own id string is stored once, here.
class CacheServerRepository
{
public:
    explicit CacheServerRepository(QSqlDatabase db);

    /// The key of a server the cache knows; none for a server it has never held rows of.
    [[nodiscard]] std::optional<qint64> keyOf(const QString &serverId);
    /// The key of a server, given one first if it has none; none on failure (see lastError()).
    std::optional<qint64> ensureKey(const QString &serverId);
    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    SqlStatement m_keyOf;
    SqlStatement m_add;
    Error m_error;
};

} // namespace marquee
