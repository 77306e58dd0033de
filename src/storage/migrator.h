// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

namespace marquee {

/// @brief Brings one database file to the newest schema with the numbered scripts in a resource folder
/// (":/migrations/cache/0001_initial.sql" …); PRAGMA user_version holds the number of the last step applied.
class Migrator
{
public:
    enum class Outcome {
        UpToDate,
        Migrated,
        TooNew, ///< written by a newer Marquee: left untouched
        Failed,
    };

    struct Report
    {
        Outcome outcome = Outcome::Failed;
        int fromVersion = 0;
        int toVersion = 0;
        Error error;
    };

    Migrator(QSqlDatabase db, QString resourceFolder);

    [[nodiscard]] int latestVersion() const;
    /// Every step, with its user_version bump, runs in one transaction that holds the write lock from before the
    /// version is read: a crash leaves the version it started from, and two processes opening the same new file
    /// at once both succeed (the second waits, then finds nothing to do).
    Report migrate();

private:
    struct Step
    {
        int version;
        QString path;
    };
    [[nodiscard]] QList<Step> steps() const;
    bool applyStep(const Step &step, Error *error);

    QSqlDatabase m_db;
    QString m_folder;
};

} // namespace marquee
