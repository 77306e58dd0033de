// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"

#include <QList>
#include <QStringList>

namespace marquee {

/// What a series' rule asks for now.
struct DownloadRulePlan
{
    QStringList toDownload; ///< episode ids that must be downloaded and have no job yet
    QList<qint64> toRemove; ///< jobs whose episode was watched long enough ago
};

/**
 * @brief The rules per series, as a pure decision over the series' episodes (in airing order, with their played
 * state) and its jobs:
 * - "keep the next N unwatched": the first N unplayed episodes after the last one watched (from the start when
 *   none was) must be downloaded;
 * - "remove N days after watched": a downloaded episode that was watched at least N days ago is deleted.
 * Nothing else is ever deleted by a rule: an episode kept by hand stays.
 */
class DownloadRules
{
public:
    static constexpr qint64 DayMs = 86'400'000;

    [[nodiscard]] static DownloadRulePlan plan(const DownloadRule &rule, const QList<MediaItem> &episodes,
                                               const QList<DownloadJob> &jobs, qint64 nowMs);
};

} // namespace marquee
