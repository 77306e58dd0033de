// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clidownloadcommand.h"

#include "app/appdownloads.h"
#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/downloadservice.h"
#include "ui/downloadstatustext.h"

#include <QElapsedTimer>
#include <QHash>

namespace marquee {

namespace {
constexpr qint64 ProgressIntervalMs = 1000;

bool settled(const DownloadJob &job)
{
    return job.state == DownloadState::Ready || job.state == DownloadState::Failed
        || job.state == DownloadState::Paused
        || (job.state == DownloadState::Waiting && job.reason != DownloadReason::Offline);
}

QString progressLine(const DownloadJob &job, qint64 bytesPerSecond)
{
    QString line = QStringLiteral("%1: %2").arg(job.title, DownloadStatusText::label(job));
    if (job.state == DownloadState::Transferring && job.sizeBytes > 0) {
        line += QStringLiteral(" (%1 of %2").arg(CliContext::bytes(job.bytesDone), CliContext::bytes(job.sizeBytes));
        if (bytesPerSecond > 0)
            line += QStringLiteral(", %1/s").arg(CliContext::bytes(bytesPerSecond));
        line += QLatin1Char(')');
    }
    return line;
}

} // namespace

int CliDownloadCommand::download()
{
    if (!m_context.openStorage() || !m_context.connectServer())
        return m_context.exitCode();
    DownloadService &service = m_context.services().downloads()->service();
    const QFuture<void> started = service.start();
    m_context.runUntil([&] { return started.isFinished(); });
    if (m_context.options().keepUnwatched || m_context.options().removeWatchedAfterDays)
        return applyRule(service);

    const Result<QList<DownloadJob>> jobs = m_context.await(service.download(m_context.options().items));
    if (!jobs)
        return m_context.fail(jobs.error().kind == ErrorKind::Cancelled ? QStringLiteral("interrupted")
                                                                          : jobs.error().message,
                              m_context.wasInterrupted() ? CliExit::Interrupted : CliExit::Failure);
    QList<qint64> ids;
    for (const DownloadJob &job : jobs.value()) {
        ids.append(job.id);
        // A job paused or failed before: asking for it again means "go on".
        if (job.state == DownloadState::Paused || job.state == DownloadState::Failed)
            service.resume(job.id);
    }
    return waitFor(service, ids);
}

int CliDownloadCommand::applyRule(DownloadService &service)
{
    const CliOptions &options = m_context.options();
    for (const QString &seriesId : options.items) {
        DownloadRule rule{service.serverId(), seriesId, options.keepUnwatched.value_or(0), options.removeWatchedAfterDays};
        const Status saved = m_context.await(service.setRule(rule));
        if (!saved)
            return m_context.fail(QStringLiteral("the rule was not saved: ") + saved.error().toString());
        m_context.out() << "Rule for series " << seriesId << ": keep the next " << rule.keepUnwatched
                        << " unwatched episodes";
        if (rule.removeWatchedAfterDays)
            m_context.out() << ", delete an episode " << *rule.removeWatchedAfterDays << " days after it was watched";
        m_context.out() << "\n";
    }
    QList<qint64> ids;
    for (const DownloadJob &job : service.jobs()) {
        if (options.items.contains(job.seriesId))
            ids.append(job.id);
    }
    return waitFor(service, ids);
}

int CliDownloadCommand::waitFor(DownloadService &service, const QList<qint64> &ids)
{
    QElapsedTimer sincePrinted;
    QElapsedTimer offlineFor;
    QHash<qint64, qint64> lastBytes;
    const auto allSettled = [&] {
        for (const qint64 id : ids) {
            const std::optional<DownloadJob> job = service.job(id);
            if (job && !settled(*job))
                return false;
        }
        // The subtitles and poster kept beside a finished file come after it: leaving now would lose them.
        return !service.isFetchingExtras();
    };
    m_context.runUntil([&] {
        if (m_context.wasInterrupted() || allSettled())
            return true;
        bool offline = false;
        for (const qint64 id : ids) {
            const std::optional<DownloadJob> job = service.job(id);
            offline = offline || (job && job->state == DownloadState::Waiting);
        }
        if (!offline)
            offlineFor.invalidate();
        else if (!offlineFor.isValid())
            offlineFor.start();
        if (offlineFor.isValid() && offlineFor.elapsed() > OfflineGiveUpMs)
            return true;
        if (!sincePrinted.isValid() || sincePrinted.elapsed() >= ProgressIntervalMs) {
            const qint64 elapsed = sincePrinted.isValid() ? std::max<qint64>(1, sincePrinted.elapsed()) : 0;
            sincePrinted.start();
            for (const qint64 id : ids) {
                const std::optional<DownloadJob> job = service.job(id);
                if (!job || job->state != DownloadState::Transferring)
                    continue;
                const qint64 rate = elapsed > 0 ? (job->bytesDone - lastBytes.value(id, job->bytesDone)) * 1000 / elapsed : 0;
                lastBytes.insert(id, job->bytesDone);
                m_context.progress(progressLine(*job, rate));
            }
        }
        return false;
    });
    if (m_context.wasInterrupted()) {
        service.stopTransfers();
        m_context.warn(QStringLiteral("stopped; run the same command again to resume where it stopped"));
        return CliExit::Interrupted;
    }
    int ready = 0;
    QStringList problems;
    for (const qint64 id : ids) {
        const std::optional<DownloadJob> job = service.job(id);
        if (!job)
            continue;
        if (job->state == DownloadState::Ready) {
            ++ready;
            m_context.out() << job->filePath() << "\n";
        } else {
            problems.append(QStringLiteral("%1: %2").arg(job->title, DownloadStatusText::label(*job)));
            m_context.progress(QStringLiteral("%1: %2").arg(job->title, DownloadStatusText::explanation(*job)));
        }
    }
    if (!problems.isEmpty()) {
        service.stopTransfers();
        return m_context.fail(QStringLiteral("%1 of %2 downloaded; %3").arg(ready).arg(ids.size()).arg(problems.join(QStringLiteral("; "))));
    }
    return CliExit::Ok;
}

int CliDownloadCommand::downloads()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    DownloadService &service = m_context.services().downloads()->service();
    // Shown and edited only: this command transfers nothing.
    const QFuture<void> started = service.start(false);
    m_context.runUntil([&] { return started.isFinished(); });
    const CliOptions &options = m_context.options();
    if (options.jobId > 0) {
        if (!service.job(options.jobId))
            return m_context.fail(QStringLiteral("no download with id %1 (see marquee-cli downloads)").arg(options.jobId),
                                  CliExit::Usage);
        switch (options.jobAction) {
        case CliOptions::JobAction::Pause: service.pause(options.jobId); break;
        case CliOptions::JobAction::Resume: service.resume(options.jobId); break;
        case CliOptions::JobAction::Remove: service.remove(options.jobId); break;
        case CliOptions::JobAction::None: break;
        }
    }
    printTable(service.jobs());
    return CliExit::Ok;
}

void CliDownloadCommand::printTable(const QList<DownloadJob> &jobs)
{
    QTextStream &out = m_context.out();
    if (jobs.isEmpty()) {
        out << "No downloads.\n";
        return;
    }
    out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("ID"), 5).arg(QStringLiteral("STATE"), -28)
                                             .arg(QStringLiteral("SIZE"), 10).arg(QStringLiteral("TITLE"));
    qint64 total = 0;
    for (const DownloadJob &job : jobs) {
        QString title = job.seriesName.isEmpty() ? job.title : job.seriesName + QStringLiteral(" · ") + job.title;
        if (const QString copy = DownloadStatusText::serverCopyText(job.serverCopy); !copy.isEmpty())
            title += QStringLiteral(" (") + copy.section(QLatin1Char('.'), 0, 0) + QLatin1Char(')');
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(job.id, 5)
                   .arg(DownloadStatusText::label(job), -28)
                   .arg(job.sizeBytes > 0 ? CliContext::bytes(job.sizeBytes) : QStringLiteral("?"), 10)
                   .arg(title);
        total += job.state == DownloadState::Ready ? job.sizeBytes : job.bytesDone;
    }
    out << CliContext::number(jobs.size()) << (jobs.size() == 1 ? " download, " : " downloads, ")
        << CliContext::bytes(total) << " on disk\n";
}

} // namespace marquee
