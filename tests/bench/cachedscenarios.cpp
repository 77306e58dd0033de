// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios 4 (library page open, scrolling the whole grid) and 5 (offline search, peak memory) over a big cache.
#include "benchclient.h"
#include "benchlibrary.h"
#include "benchwindow.h"
#include "guiprobes.h"
#include "processruns.h"
#include "rawsqlite.h"
#include "scenarios.h"
#include "timedapplication.h"

#include "demoserver/demoserver.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/pages/searchpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTest>
#include <algorithm>
#include <cstdio>

namespace marquee::bench {

namespace {

constexpr quint64 Seed = 100;
constexpr int ScrollTimeoutMs = 10 * 60'000;
constexpr int SearchLimit = 50;
constexpr int SearchQueries = 40;

double residentMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// A plain QListView laid out like @p like (icon grid, grid size), in a window of its own.
QListView *plainGridLike(const QAbstractItemView *like, QWidget *parent)
{
    auto *view = new QListView(parent);
    if (const auto *grid = qobject_cast<const QListView *>(like)) {
        view->setViewMode(grid->viewMode());
        view->setGridSize(grid->gridSize());
        view->setUniformItemSizes(grid->uniformItemSizes());
        view->setResizeMode(grid->resizeMode());
    }
    return view;
}

/// What a user would type to find titles spread over the whole library: the first four letters of each title's
/// longest word (a common word such as "The" would match most of the library; the max figure shows such a case).
QStringList searchTexts(ItemReader &reader, const QString &libraryId)
{
    static const QRegularExpression separators(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    LibraryPageRequest request;
    request.query = LibraryQuery{libraryId, ItemType::Movie, {}};
    for (LibraryRows page = reader.libraryPage(request); !page.items.isEmpty(); page = reader.libraryPage(request)) {
        names << page.items.constFirst().name;
        request.after = page.last;
    }
    QStringList texts;
    const qsizetype step = std::max<qsizetype>(1, names.size() / SearchQueries);
    for (qsizetype i = 0; i < names.size() && texts.size() < SearchQueries; i += step) {
        const QStringList words = names.at(i).split(separators, Qt::SkipEmptyParts);
        const auto longest = std::max_element(words.cbegin(), words.cend(),
                                              [](const QString &a, const QString &b) { return a.size() < b.size(); });
        if (longest != words.cend())
            texts << longest->left(4);
    }
    return texts;
}

/// The same FTS5 query ItemReader sends, straight through sqlite3: quoted prefix terms.
Samples rawSearch(const QString &cacheFile, const QStringList &texts)
{
    Samples samples;
    RawDatabase db(cacheFile);
    RawStatement search(db, "SELECT i.id, i.name, i.type FROM items_fts f JOIN items i ON i.row_id = f.rowid "
                            "WHERE items_fts MATCH ? ORDER BY f.rank LIMIT ?");
    if (!search.isPrepared())
        return samples;
    for (const QString &text : texts) {
        QElapsedTimer timer;
        timer.start();
        search.bindText(1, QByteArray('"' + text.toUtf8() + "\"*"));
        search.bindInt(2, SearchLimit);
        int rows = 0;
        while (search.stepRow())
            rows += search.text(1) != nullptr; // read what the app reads, not only step
        search.reset();
        samples.add(msSince(timer));
        Q_UNUSED(rows);
    }
    return samples;
}

void measurePageAndScroll(BenchClient &client, const Library &movies, BenchReport &report)
{
    BenchWindow gui(client.services());
    gui.show();
    QTest::qWait(200);
    const double residentBefore = residentMiB("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    gui.window().showLibrary(movies.id);
    Page *page = gui.window().currentPage();
    const std::optional<double> firstPaint = processUntilPainted(page, timer);
    auto *grid = page->findChild<QAbstractItemView *>();
    if (!firstPaint || !grid) {
        report.add({QStringLiteral("4 library page"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, QStringLiteral("the page did not paint, or has no grid")});
        return;
    }

    // Baseline: a plain list view with the same titles shown in a window that is already on screen.
    QStackedWidget plainWindow;
    plainWindow.resize(gui.window().size());
    plainWindow.addWidget(new QWidget(&plainWindow));
    plainWindow.show();
    (void)QTest::qWaitForWindowExposed(&plainWindow);
    QStringList titles;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        titles << grid->model()->index(row, 0).data().toString();
    QStringListModel firstTitles(titles);
    QListView *plain = plainGridLike(grid, &plainWindow);
    plain->setModel(&firstTitles);
    timer.restart();
    plainWindow.addWidget(plain);
    plainWindow.setCurrentWidget(plain);
    const double plainFirstPaint = processUntilPainted(plain, timer).value_or(0);
    report.add({QStringLiteral("4 library page"), QStringLiteral("open to first paint, ms"), *firstPaint,
                plainFirstPaint, QStringLiteral("plain QListView, same first rows"), atMost(50), std::nullopt,
                QStringLiteral("%1 rows on the first read").arg(titles.size())});

    TimedApplication::instance()->startRecording();
    const Samples frames = scrollToEnd(grid, ScrollTimeoutMs);
    TimedApplication::instance()->stopRecording();
    const QString slowest = TimedApplication::instance()->slowest(3);
    const int rows = grid->model()->rowCount();
    titles.clear();
    for (int row = 0; row < rows; ++row)
        titles << QStringLiteral("Title %1").arg(row);
    QStringListModel allTitles(titles);
    plain->setModel(&allTitles);
    const Samples plainFrames = scrollToEnd(plain, ScrollTimeoutMs);
    const QString baseline = QStringLiteral("plain QListView, same grid, %1 rows").arg(rows);
    const QString frameNote = QStringLiteral("%1 frames of a viewport each, median %2 ms; slowest: %3")
                                  .arg(frames.count()).arg(frames.median(), 0, 'f', 2).arg(slowest);
    report.add({QStringLiteral("4 scroll whole grid"), QStringLiteral("frame max, ms"), frames.max(), plainFrames.max(),
                baseline, atMost(16), std::nullopt, frameNote});
    report.add({QStringLiteral("4 scroll whole grid"), QStringLiteral("frame p99, ms"), frames.percentile(99),
                plainFrames.percentile(99), baseline, atMost(16), std::nullopt, {}});
    report.add({QStringLiteral("4 scroll whole grid"), QStringLiteral("RSS added, MiB"),
                residentMiB("VmRSS:") - residentBefore, std::nullopt, {}, std::nullopt, std::nullopt,
                QStringLiteral("page opened and all %1 rows fetched").arg(rows)});
}

void measureSearch(BenchClient &client, const Library &movies, BenchReport &report)
{
    ItemReader reader(client.services().database().connection());
    const QStringList texts = searchTexts(reader, movies.id);
    Samples samples;
    for (const QString &text : texts) {
        QElapsedTimer timer;
        timer.start();
        (void)reader.search(text, SearchLimit);
        samples.add(msSince(timer));
    }
    const Samples raw = rawSearch(client.services().database().paths().cacheFile, texts);
    const QString baseline = QStringLiteral("raw sqlite3, same FTS5 query");
    report.add({QStringLiteral("5 offline search"), QStringLiteral("median, ms"), samples.median(), raw.median(),
                baseline, std::nullopt, std::nullopt,
                QStringLiteral("%1 prefix queries, top %2").arg(texts.size()).arg(SearchLimit)});
    report.add({QStringLiteral("5 offline search"), QStringLiteral("max, ms"), samples.max(), raw.max(), baseline,
                std::nullopt, std::nullopt, {}});

    // The window's search (Ctrl+K) as typed: a one-letter word matches most titles, ranked off the GUI thread; the
    // heartbeat says how long the GUI thread was kept from anything else meanwhile.
    BenchWindow gui(client.services());
    gui.show();
    gui.window().showSearch(QStringLiteral("x")); // the page is made by the first search
    QSignalSpy warm(gui.window().searchPage(), &SearchPage::resultsShown);
    (void)warm.wait(5000);
    StallMonitor heartbeat;
    Samples toResults;
    heartbeat.start();
    for (const QString letter : {QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("o"), QStringLiteral("s"),
                                 QStringLiteral("t")}) {
        QSignalSpy shown(gui.window().searchPage(), &SearchPage::resultsShown);
        QElapsedTimer timer;
        timer.start();
        gui.window().showSearch(letter);
        if (shown.wait(5000))
            toResults.add(msSince(timer));
    }
    heartbeat.stop();
    report.add({QStringLiteral("5 window search"), QStringLiteral("one letter to results, median ms"),
                toResults.median(), std::nullopt, {}, std::nullopt, std::nullopt,
                QStringLiteral("%1 one-letter words, top %2 of each server, on the page").arg(toResults.count())
                    .arg(SearchPage::ResultsPerServer)});
    report.add({QStringLiteral("5 window search"), QStringLiteral("GUI stall meanwhile, max ms"),
                heartbeat.lateness().max(), std::nullopt, {}, atMost(16), std::nullopt,
                QStringLiteral("p99 %1 ms, %2 beats").arg(heartbeat.lateness().percentile(99), 0, 'f', 2)
                    .arg(heartbeat.lateness().count())});
}

} // namespace

QString prepareCachedLibrary(const BenchSettings &settings, BenchReport &report)
{
    const LibrarySize size = LibrarySize::forTotal(settings.cachedItems, EpisodeShare, Seed);
    DemoServer server(size.serverOptions(Seed));
    QString error;
    const QString dataDir = QDir(settings.workDirectory).filePath(QStringLiteral("cached"));
    BenchClient client(dataDir);
    if (server.start(&error))
        error = client.connectTo(server);
    QElapsedTimer timer;
    timer.start();
    if (error.isEmpty())
        error = client.refreshEverything();
    if (!error.isEmpty()) {
        report.add({QStringLiteral("cache for 3-5"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, error});
        return {};
    }
    const int cached = client.cachedItemCount();
    report.add({QStringLiteral("cache for 3-5"), QStringLiteral("first sync, items/s"), cached / (msSince(timer) / 1000),
                std::nullopt, {}, std::nullopt, std::nullopt,
                QStringLiteral("%1 items, %2 movies, through the refresh lane").arg(cached).arg(size.movies)});
    return dataDir;
}

void runCachedScenarios(const BenchSettings &settings, const QString &dataDir, BenchReport &report)
{
    // A process of its own, without the demo server, so that its peak memory is Marquee's alone.
    const ProcessRuns measure(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-cached"), dataDir});
    const ProcessRuns::Run run = measure.runOnce();
    const QList<Figure> figures = BenchReport::figuresFromJson(run.output);
    for (const Figure &figure : figures)
        report.add(figure);
    if (run.exitCode != 0 || figures.isEmpty()) {
        report.add({QStringLiteral("4-5 cached"), QStringLiteral("failed"), std::nullopt, std::nullopt, {},
                    std::nullopt, std::nullopt, QStringLiteral("the measuring process exited with %1").arg(run.exitCode)});
        return;
    }
}

int measureCachedLibrary(const QString &dataDir)
{
    const double startPeak = residentMiB("VmHWM:");
    BenchReport report;
    BenchClient client(dataDir);
    const QString error = client.open();
    const std::optional<Library> movies = client.library(QStringLiteral("movies"));
    if (!error.isEmpty() || !movies) {
        std::fprintf(stderr, "cannot open the cache in %s: %s\n", qPrintable(dataDir), qPrintable(error));
        return 1;
    }
    measurePageAndScroll(client, *movies, report);
    measureSearch(client, *movies, report);
    report.add({QStringLiteral("5 peak memory"), QStringLiteral("VmHWM, MiB"), residentMiB("VmHWM:"), startPeak,
                QStringLiteral("the same process before opening the cache"), atMost(300), std::nullopt,
                QStringLiteral("%1 cached items: library page, whole grid scrolled, searches")
                    .arg(client.cachedItemCount())});
    std::printf("%s", report.json(dataDir).constData());
    return 0;
}

} // namespace marquee::bench
