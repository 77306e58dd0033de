// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/serverscope.h"

#include <QSqlDatabase>
#include <QString>

namespace marquee {

/// @brief The server of the live session as the cache knows it. A refresh job reads it once, so that all it reads
/// and writes belongs to that one server, even when the server at the address changes identity meanwhile.
struct ActiveServer
{
    QString id;                                ///< its own id: the key of its rows in the state database
    ServerScope scope = ServerScope::active(); ///< its rows in the cache

    [[nodiscard]] static ActiveServer read(QSqlDatabase db);
};

} // namespace marquee
