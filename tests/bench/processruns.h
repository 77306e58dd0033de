// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samples.h"

#include <QStringList>

namespace marquee::bench {

/// @brief Starts a program as a whole new process, several times: wall time from spawn to exit, and what it printed.
///
/// The child's peak memory is not taken from rusage: a child spawned from this (large) process starts on its
/// parent's memory, and ru_maxrss counts that. Children report their own VmHWM instead.
class ProcessRuns
{
public:
    struct Run
    {
        double wallMs = 0;
        QByteArray output;      ///< what it printed on stdout
        int exitCode = -1;
    };

    /// @p environment entries ("NAME=value") are added to this process's environment.
    ProcessRuns(QString program, QStringList arguments, QStringList environment = {});

    /// One run; exitCode stays -1 when the program could not be started or did not exit normally.
    [[nodiscard]] Run runOnce() const;
    /// @p count runs after one unmeasured warm-up (libraries into the page cache); all must exit with 0.
    [[nodiscard]] QList<Run> run(int count, QString *error) const;

private:
    QString m_program;
    QStringList m_arguments;
    QStringList m_environment;
};

} // namespace marquee::bench
