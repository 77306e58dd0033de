// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario 3: the real app started as a whole process on a big cache, until Home has painted.
#include "processruns.h"
#include "scenarios.h"

#include <QRegularExpression>

namespace marquee::bench {

void runColdStartScenario(const BenchSettings &settings, const QString &dataDir, BenchReport &report)
{
    // The app quits once Home has painted (src/app/firstpaintprobe.h).
    const ProcessRuns app(settings.marqueePath, {QStringLiteral("--data-dir"), dataDir},
                          {QStringLiteral("MARQUEE_EXIT_AFTER_FIRST_PAINT=1")});
    const ProcessRuns version(settings.marqueePath, {QStringLiteral("--version")});
    QString error;
    const QList<ProcessRuns::Run> appRuns = app.run(settings.coldStartRuns, &error);
    const QList<ProcessRuns::Run> versionRuns = version.run(settings.coldStartRuns, &error);
    if (appRuns.isEmpty() || versionRuns.isEmpty()) {
        report.add({QStringLiteral("3 cold start"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, error});
        return;
    }
    Samples wall, inMain, peak, versionWall;
    static const QRegularExpression reported(QStringLiteral("first-paint-ms ([0-9.]+) peak-rss-kib ([0-9]+)"));
    for (const ProcessRuns::Run &run : appRuns) {
        const QRegularExpressionMatch match = reported.match(QString::fromLatin1(run.output));
        wall.add(run.wallMs);
        inMain.add(match.captured(1).toDouble());
        peak.add(match.captured(2).toDouble() / 1024.0);
    }
    for (const ProcessRuns::Run &run : versionRuns)
        versionWall.add(run.wallMs);
    const QString baseline = QStringLiteral("marquee --version");
    report.add({QStringLiteral("3 cold start"), QStringLiteral("to Home painted, median ms"), wall.median(),
                versionWall.median(), baseline, atMost(400), std::nullopt,
                QStringLiteral("%1 runs, max %2 ms; main() to paint %3 ms")
                    .arg(wall.count()).arg(wall.max(), 0, 'f', 1).arg(inMain.median(), 0, 'f', 1)});
    report.add({QStringLiteral("3 cold start"), QStringLiteral("VmHWM at Home painted, MiB"), peak.median(),
                std::nullopt, {}, atMost(300), std::nullopt, QStringLiteral("the marquee process")});
}

} // namespace marquee::bench
