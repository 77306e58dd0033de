// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloadrules.h"

#include <QHash>

namespace marquee {

DownloadRulePlan DownloadRules::plan(const DownloadRule &rule, const QList<MediaItem> &episodes,
                                     const QList<DownloadJob> &jobs, qint64 nowMs)
{
    DownloadRulePlan plan;
    QHash<QString, const DownloadJob *> jobOf;
    for (const DownloadJob &job : jobs)
        jobOf.insert(job.itemId, &job);
    const auto played = [](const MediaItem &episode) { return episode.userData && episode.userData->played; };

    if (rule.keepUnwatched > 0) {
        qsizetype from = 0;
        for (qsizetype i = episodes.size() - 1; i >= 0; --i) {
            if (played(episodes.at(i))) {
                from = i + 1;
                break;
            }
        }
        int kept = 0;
        for (qsizetype i = from; i < episodes.size() && kept < rule.keepUnwatched; ++i) {
            const MediaItem &episode = episodes.at(i);
            if (played(episode))
                continue;
            ++kept;
            if (!jobOf.contains(episode.id))
                plan.toDownload.append(episode.id);
        }
    }
    if (rule.removeWatchedAfterDays) {
        const qint64 keepMs = qint64(std::max(0, *rule.removeWatchedAfterDays)) * DayMs;
        for (const MediaItem &episode : episodes) {
            const DownloadJob *job = jobOf.value(episode.id);
            if (!job || job->state != DownloadState::Ready || !played(episode))
                continue;
            const qint64 watchedAt = episode.userData->lastPlayedAtMs.value_or(0);
            if (watchedAt + keepMs <= nowMs)
                plan.toRemove.append(job->id);
        }
    }
    return plan;
}

} // namespace marquee
