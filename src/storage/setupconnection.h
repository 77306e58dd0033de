// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

namespace marquee {

/// @brief A short-lived connection to one file alone, for checks, migrations and recovery before (or instead of)
/// the shared connections. Read-only ones never write to the file, not even a WAL checkpoint when they close.
class SetupConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit SetupConnection(const QString &file, Mode mode = Mode::ReadWrite);
    ~SetupConnection();
    SetupConnection(const SetupConnection &) = delete;
    SetupConnection &operator=(const SetupConnection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_opened; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    static constexpr int BusyTimeoutMs = 5000;

private:
    QString m_name;
    bool m_opened = false;
    Error m_error;
};

} // namespace marquee
