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

namespace marquee {

namespace {
constexpr qint64 ProgressIntervalMs = 1000;
} // namespace

int CliWarmCommand::run()
{
    if (!m_context.openStorage() || !m_context.connectServer())
        return m_context.exitCode();
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
        return m_context.fail(QStringLiteral("warm failed: %1: %2").arg(failedLibrary, firstError.toString()));
    return CliExit::Ok;
}

bool CliWarmCommand::warm(const Library &library, WarmReport *report)
{
    AppServices &services = m_context.services();
    LibraryWarmer warmer(services.backend(), &services.database(), &services.cacheConfig(), &services.clock());
    warmer.setConcurrency(m_context.options().concurrency);
    QElapsedTimer sincePrinted;
    QObject::connect(&warmer, &LibraryWarmer::progressed, &warmer, [&](int done, int total) {
        if (total == 0 || (sincePrinted.isValid() && sincePrinted.elapsed() < ProgressIntervalMs && done < total))
            return;
        sincePrinted.start();
        m_context.progress(QStringLiteral("%1: details %2 / %3")
                               .arg(library.name, CliContext::number(done), CliContext::number(total)));
    });
    QObject::connect(&m_context, &CliContext::interrupted, &warmer, &LibraryWarmer::cancel);
    warmer.start(library.id);
    m_context.runUntil([&] { return !warmer.isRunning(); });
    *report = warmer.report();

    QTextStream &out = m_context.out();
    out << library.name << ": " << CliContext::number(report->written) << " details stored, "
        << CliContext::number(report->alreadyFull) << " already cached";
    if (report->failed > 0)
        out << ", " << CliContext::number(report->failed) << " failed (retried next run)";
    if (report->cancelled)
        out << ", " << CliContext::number(report->missing - report->fetched - report->failed) << " left";
    out << " in " << CliContext::duration(report->durationMs) << "\n";
    return !report->cancelled && !report->stopped;
}

bool CliWarmCommand::warmImages(const Library &library, ImageWarmReport *report)
{
    AppServices &services = m_context.services();
    const QList<ImageSpec> images =
        ImageWarmer::imagesFor(ItemImageTagReader(services.database().connection()).ofLibrary(library.id));
    ImageWarmer warmer(*services.imageCache());
    warmer.setConcurrency(m_context.options().concurrency);
    QElapsedTimer sincePrinted;
    QObject::connect(&warmer, &ImageWarmer::progressed, &warmer, [&](int done, int total) {
        if (sincePrinted.isValid() && sincePrinted.elapsed() < ProgressIntervalMs && done < total)
            return;
        sincePrinted.start();
        m_context.progress(QStringLiteral("%1: images %2 / %3")
                               .arg(library.name, CliContext::number(done), CliContext::number(total)));
    });
    QObject::connect(&m_context, &CliContext::interrupted, &warmer, &ImageWarmer::cancel);
    warmer.start(images);
    m_context.runUntil([&] { return !warmer.isRunning(); });
    *report = warmer.report();

    QTextStream &out = m_context.out();
    out << library.name << ": " << CliContext::number(report->fetched) << " images stored, "
        << CliContext::number(report->alreadyStored) << " already cached";
    if (report->failed > 0)
        out << ", " << CliContext::number(report->failed) << " failed (retried next run)";
    if (report->cancelled || report->stopped)
        out << ", " << CliContext::number(report->total - report->done()) << " left";
    out << " in " << CliContext::duration(report->durationMs) << "\n";
    return !report->cancelled && !report->stopped;
}

} // namespace marquee
