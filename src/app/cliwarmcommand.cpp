// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliwarmcommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "app/clirefresh.h"
#include "services/imagecache.h"
#include "services/imagewarmer.h"
#include "services/librarywarmer.h"
#include "services/refreshscope.h"
#include "storage/itemimagetagreader.h"

#include <QElapsedTimer>
#include <functional>
#include <memory>
#include <optional>

namespace marquee {

namespace {
constexpr qint64 ProgressIntervalMs = 1000;

/// "Movies: images 10 / 24" on stderr, at most once a second and always at the end.
std::function<void(int, int)> progressPrinter(CliContext &context, const QString &library, const QString &what)
{
    auto sincePrinted = std::make_shared<QElapsedTimer>();
    return [&context, library, what, sincePrinted](int done, int total) {
        if (total == 0 || (sincePrinted->isValid() && sincePrinted->elapsed() < ProgressIntervalMs && done < total))
            return;
        sincePrinted->start();
        context.progress(QStringLiteral("%1: %2 %3 / %4")
                             .arg(library, what, CliContext::number(done), CliContext::number(total)));
    };
}

struct StageSummary
{
    int stored = 0;
    int alreadyCached = 0;
    int failed = 0;
    std::optional<int> left; ///< set when the stage stopped early
    qint64 durationMs = 0;
};

/// "Movies: 24 images stored, 0 already cached, 1 failed (retried next run) in 1.2 s" on stdout.
void printSummary(QTextStream &out, const QString &library, const QString &what, const StageSummary &summary)
{
    out << library << ": " << CliContext::number(summary.stored) << ' ' << what << " stored, "
        << CliContext::number(summary.alreadyCached) << " already cached";
    if (summary.failed > 0)
        out << ", " << CliContext::number(summary.failed) << " failed (retried next run)";
    if (summary.left)
        out << ", " << CliContext::number(*summary.left) << " left";
    out << " in " << CliContext::duration(summary.durationMs) << "\n";
}
} // namespace

int CliWarmCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    return m_context.onEachServer([this] { return warmServer(); });
}

int CliWarmCommand::warmServer()
{
    CliRefresh refresh(m_context);
    const std::optional<QList<Library>> libraries = refresh.refreshLibraries(QStringLiteral("warm"));
    if (!libraries)
        return m_context.exitCode();

    int written = 0;
    int imagesFetched = 0;
    Error firstError;
    QString failedLibrary;
    for (const Library &library : *libraries) {
        // The listing first: details are fetched for the items the server has now, not for deleted ones.
        const QString scope = RefreshScope::library(library.id).key();
        const Error listed = refresh.run({scope}).value(scope);
        if (m_context.wasInterrupted())
            break;
        if (listed.isError()) {
            firstError = listed;
            failedLibrary = library.name;
            break;
        }
        WarmReport report;
        bool goOn = warm(library, &report);
        written += report.written;
        Error error = report.error;
        if (goOn) {
            ImageWarmReport images;
            goOn = warmImages(library, &images);
            imagesFetched += images.fetched;
            if (!error.isError())
                error = images.error;
        }
        if (error.isError() && !firstError.isError()) {
            firstError = error;
            failedLibrary = library.name;
        }
        if (!goOn)
            break;
    }
    m_context.out().flush();
    if (m_context.wasInterrupted()) {
        return m_context.fail(QStringLiteral("interrupted; %1 items and %2 images were stored, run warm again to continue")
                                  .arg(CliContext::number(written), CliContext::number(imagesFetched)),
                              CliExit::Interrupted);
    }
    if (firstError.isError())
        return m_context.fail(QStringLiteral("warm failed: %1: %2").arg(failedLibrary, CliContext::explain(firstError)));
    return CliExit::Ok;
}

bool CliWarmCommand::warm(const Library &library, WarmReport *report)
{
    AppServices &services = m_context.services();
    LibraryWarmer warmer(services.backend(), &services.database(), &services.cacheConfig(), &services.clock());
    warmer.setConcurrency(m_context.options().concurrency);
    QObject::connect(&warmer, &LibraryWarmer::progressed, &warmer,
                     progressPrinter(m_context, library.name, QStringLiteral("details")));
    QObject::connect(&m_context, &CliContext::interrupted, &warmer, &LibraryWarmer::cancel);
    warmer.start(library.id);
    m_context.runUntil([&] { return !warmer.isRunning(); });
    *report = warmer.report();
    const std::optional<int> left =
        report->cancelled ? std::optional<int>(report->missing - report->fetched - report->failed) : std::nullopt;
    printSummary(m_context.out(), library.name, QStringLiteral("details"),
                 {report->written, report->alreadyFull, report->failed, left, report->durationMs});
    return !report->cancelled && !report->stopped;
}

bool CliWarmCommand::warmImages(const Library &library, ImageWarmReport *report)
{
    AppServices &services = m_context.services();
    const QList<ImageSpec> images =
        ImageWarmer::imagesFor(ItemImageTagReader(services.database().connection()).ofLibrary(library.id));
    ImageWarmer warmer(*services.imageCache());
    warmer.setConcurrency(m_context.options().concurrency);
    QObject::connect(&warmer, &ImageWarmer::progressed, &warmer,
                     progressPrinter(m_context, library.name, QStringLiteral("images")));
    QObject::connect(&m_context, &CliContext::interrupted, &warmer, &ImageWarmer::cancel);
    warmer.start(images);
    m_context.runUntil([&] { return !warmer.isRunning(); });
    *report = warmer.report();
    const bool early = report->cancelled || report->stopped;
    printSummary(m_context.out(), library.name, QStringLiteral("images"),
                 {report->fetched, report->alreadyStored, report->failed,
                  early ? std::optional<int>(report->total - report->done()) : std::nullopt, report->durationMs});
    return !early;
}

} // namespace marquee
