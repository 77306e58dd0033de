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
    /// Each step runs in its own transaction together with its user_version bump, so a crash between
    /// steps leaves a database at a well-defined version.
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
