// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"

#include <QList>

namespace marquee {

class CliContext;
class DownloadService;

/**
 * @brief `marquee-cli download ITEM_OR_SERIES…` (movies, episodes, seasons and series, which expand to their
 * episodes; `--keep-unwatched N` / `--remove-watched-after DAYS` set a series' rule instead), `marquee-cli downloads`
 * (a table of every job) and `marquee-cli downloads --pause|--resume|--remove ID`.
 *
 * download: progress on stderr once a second; Ctrl-C stops the transfers (exit 130) and the next run resumes from
 * the bytes on disk. It waits while the server does not answer for up to OfflineGiveUpMs, then exits 1 saying the
 * downloads will go on the next time; a job that waits for another reason or failed ends the run with exit 1 and
 * the reason in words.
 */
class CliDownloadCommand
{
public:
    static constexpr qint64 OfflineGiveUpMs = 60'000;

    explicit CliDownloadCommand(CliContext &context) : m_context(context) {}
    int download();
    int downloads();

private:
    int waitFor(DownloadService &service, const QList<qint64> &ids);
    int applyRule(DownloadService &service);
    void printTable(const QList<DownloadJob> &jobs);

    CliContext &m_context;
};

} // namespace marquee
