// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "storage/databasepaths.h"

#include <QStringList>

namespace marquee {

class Clock;

/**
 * @brief `marquee-cli state --recover`: copies every row a damaged state file still gives up (positions, played
 * state, favourites, queued changes, servers, settings) into a fresh file at the newest schema, puts the fresh
 * file in its place, keeps the damaged one beside it, and says what could not be read.
 *
 * The damaged file is only ever read, through a read-only connection. Nothing happens to it when it is sound.
 */
class StateRecovery
{
public:
    struct TableOutcome
    {
        QString table;
        int recovered = 0;
        int unreadable = 0;             ///< rows an index still knew of that could not be read
        bool lost = false;              ///< not even the table's columns could be read
    };

    struct Report
    {
        Error error;             ///< set when nothing was recovered (no file, not damaged, or no room)
        bool wasSound = false;   ///< the file passed SQLite's check: nothing was done
        QList<TableOutcome> tables;
        QString keptAs;          ///< where the damaged file now is
        QStringList unreadableItems; ///< item ids whose user data or queued change could not be read
    };

    StateRecovery(DatabasePaths paths, const Clock &clock);

    Report run();

private:
    bool fill(const QString &freshFile, Report *report);

    DatabasePaths m_paths;
    const Clock &m_clock;
};

} // namespace marquee
