// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace marquee {

/// @brief SQLite's own check of one database file, through a read-only connection of its own, so that checking a
/// damaged file never writes to it. Quick: every page and record is well formed (PRAGMA quick_check; reads the
/// whole file once). Full: also that every index matches its table (PRAGMA integrity_check).
class IntegrityCheck
{
public:
    enum class Depth { Quick, Full };

    struct Outcome
    {
        bool ran = false;     ///< false: the file could not be opened at all (missing, unreadable)
        QStringList problems; ///< what SQLite found; empty when the file is sound
        [[nodiscard]] bool damaged() const { return !problems.isEmpty(); }
        /// The first few problems on one line, for a Details disclosure and the log.
        [[nodiscard]] QString summary() const;
    };

    [[nodiscard]] static Outcome run(const QString &file, Depth depth);
};

} // namespace marquee
