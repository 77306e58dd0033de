// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace marquee {

/// @brief A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so two writers wait on the
/// busy timeout instead of failing with SQLITE_BUSY halfway through, and rolls back unless commit() ran.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Error &error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace marquee
