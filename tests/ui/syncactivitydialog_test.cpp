// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/usermessage.h"
#include "dialogscreenshot.h"
#include "services/libraryrefreshjob.h"
#include "services/listingplausibility.h"
#include "services/messagebroker.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "ui/dialogs/syncactivitydialog.h"
#include "ui/dialogs/syncactivitymodel.h"
#include "testpalettes.h"
#include "support/germantranslation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QEnterEvent>
#include <QLocale>
#include <QToolButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

class SyncActivityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        fixture.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
        show = fixture.addSeries(QStringLiteral("lib-movies"), QStringLiteral("Night Shift"), 1, 1);
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    /// A finished run that started `agoMs` before now and took `tookMs`.
    void addRun(const QString &scope, const QString &kind, qint64 agoMs, qint64 tookMs, const QString &status,
                int fetched, int written, int deleted, const QString &error = {},
                ErrorKind errorKind = ErrorKind::None)
    {
        const qint64 started = fixture.clock().nowMs() - agoMs;
        SyncRun run;
        run.id = runs.startRun(scope, kind, started);
        ASSERT_GT(run.id, 0);
        run.finishedAtMs = started + tookMs;
        run.status = status;
        run.fetched = fetched;
        run.written = written;
        run.deleted = deleted;
        run.error = error;
        run.errorKind = errorKind;
        ASSERT_TRUE(runs.finishRun(run));
    }

    /// A full run that succeeded `agoMs` before now, removed `deleted` items and left `note`.
    SyncRun addNotedRun(const QString &scope, qint64 agoMs, int deleted, const QString &note)
    {
        const qint64 started = fixture.clock().nowMs() - agoMs;
        SyncRun run;
        run.id = runs.startRun(scope, QStringLiteral("full"), started);
        run.finishedAtMs = started + 2 * Second;
        run.status = QStringLiteral("succeeded");
        run.deleted = deleted;
        run.note = note;
        EXPECT_TRUE(runs.finishRun(run));
        return run;
    }

    qint64 startRun(const QString &scope, qint64 agoMs)
    {
        return runs.startRun(scope, QStringLiteral("incremental"), fixture.clock().nowMs() - agoMs);
    }

    void seed()
    {
        addRun(QStringLiteral("libraries"), QStringLiteral("libraries"), 30 * Minute, 420, QStringLiteral("succeeded"),
               3, 3, 0);
        addRun(QStringLiteral("library:lib-movies"), QStringLiteral("full"), 29 * Minute, 84 * Second,
               QStringLiteral("succeeded"), 18432, 18432, 0);
        addRun(QStringLiteral("home"), QStringLiteral("home"), 10 * Minute, 1200, QStringLiteral("failed"), 0, 0, 0,
               QStringLiteral("Server unreachable: http://nas:8096/UserItems/Resume (<img src=x> refused)"));
        addRun(QStringLiteral("series:") + show.id, QStringLiteral("series"), 5 * Minute, 2 * Second,
               QStringLiteral("cancelled"), 12, 10, 0, QStringLiteral("Cancelled"));
        running = startRun(QStringLiteral("library:lib-movies"), 12 * Second);
    }

    QString cell(int row, int column) { return dialog->model()->index(row, column).data().toString(); }

    void createDialog()
    {
        dialog = std::make_unique<SyncActivityDialog>(runs, fixture.clock(), &broker);
        dialog->setNameSources(&libraries, &items);
        dialog->setCancelFunction([this](const QString &scope) { cancelled.append(scope); });
    }

    CacheFixture fixture;
    SyncStateRepository runs{fixture.connection()};
    LibraryRepository libraries{fixture.connection(), fixture.config()};
    ItemReader items{fixture.connection()};
    MessageBroker broker;
    MediaItem show;
    qint64 running = 0;
    QStringList cancelled;
    std::unique_ptr<SyncActivityDialog> dialog;
};

} // namespace

TEST_F(SyncActivityTest, ListsTheSeededRunsNewestFirstInWords)
{
    seed();
    createDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    using C = SyncActivityModel;
    ASSERT_EQ(dialog->model()->rowCount(), 5);

    EXPECT_EQ(cell(0, C::What), QStringLiteral("Library “Movies”"));
    EXPECT_EQ(cell(0, C::Status), QStringLiteral("Running"));
    EXPECT_EQ(cell(0, C::Duration), QStringLiteral("12 s so far"));
    EXPECT_EQ(cell(1, C::What), QStringLiteral("Show “Night Shift”"));
    EXPECT_EQ(cell(1, C::Status), QStringLiteral("Cancelled"));
    EXPECT_EQ(cell(2, C::What), QStringLiteral("Home"));
    EXPECT_EQ(cell(2, C::Status), QStringLiteral("Failed"));
    EXPECT_EQ(cell(3, C::Kind), QStringLiteral("Full"));
    EXPECT_EQ(cell(3, C::Duration), QStringLiteral("1 min 24 s"));
    EXPECT_EQ(cell(3, C::Fetched), QStringLiteral("18,432"));
    EXPECT_EQ(cell(3, C::Written), QStringLiteral("18,432"));
    EXPECT_EQ(cell(3, C::Deleted), QStringLiteral("0"));
    EXPECT_EQ(cell(4, C::What), QStringLiteral("Library list"));
    EXPECT_EQ(cell(4, C::Duration), QStringLiteral("420 ms"));
    EXPECT_EQ(cell(2, C::Duration), QStringLiteral("1.2 s"));

    const QDateTime started = QDateTime::fromMSecsSinceEpoch(fixture.clock().nowMs() - 30 * Minute).toLocalTime();
    EXPECT_EQ(cell(4, C::Started), QLocale().toString(started, QLocale::ShortFormat)) << "local time";
    EXPECT_EQ(dialog->model()->index(0, C::What).data(C::ScopeRole).toString(), QStringLiteral("library:lib-movies"));
}

TEST_F(SyncActivityTest, ErrorsArePlainText)
{
    seed();
    createDialog();
    const QModelIndex error = dialog->model()->index(2, SyncActivityModel::ErrorText);
    EXPECT_TRUE(error.data().toString().contains(QLatin1String("(<img src=x> refused)"))) << "shown as typed";
    const QString tooltip = error.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tooltip.contains(QLatin1String("&lt;img src=x&gt;"))) << "escaped for the rich-text tooltip";
    EXPECT_FALSE(tooltip.contains(QLatin1String("<img")));
}

TEST_F(SyncActivityTest, ErrorsSayWhatHappenedInWordsAndKeepTheRequestForTheTooltip)
{
    addRun(QStringLiteral("home"), QStringLiteral("home"), 3 * Minute, 800, QStringLiteral("failed"), 0, 0, 0,
           QStringLiteral("Server error: GET http://nas:8096/UserItems/Resume (HTTP 500)"), ErrorKind::ServerError);
    addRun(QStringLiteral("library:lib-movies"), QStringLiteral("full"), 2 * Minute, 900, QStringLiteral("cancelled"),
           500, 500, 0, QStringLiteral("Cancelled: GET http://nas:8096/Items?ParentId=lib-movies (cancelled)"),
           ErrorKind::Cancelled);
    createDialog();
    const QModelIndex cancelled = dialog->model()->index(0, SyncActivityModel::ErrorText);
    EXPECT_EQ(cancelled.data().toString(), QStringLiteral("Cancelled by you.")) << "a user's own Cancel, in words";
    const QModelIndex failed = dialog->model()->index(1, SyncActivityModel::ErrorText);
    EXPECT_EQ(failed.data().toString(), UserMessage::describe(ErrorKind::ServerError));
    EXPECT_FALSE(failed.data().toString().contains(QLatin1String("http")));
    EXPECT_TRUE(failed.data(Qt::ToolTipRole).toString().contains(QLatin1String("http://nas:8096/UserItems/Resume")))
        << "the request stays for whoever wants it";
}

TEST_F(SyncActivityTest, ARunningRunOffersCancel)
{
    seed();
    createDialog();
    dialog->show();
    QWidget *cell = dialog->view()->indexWidget(dialog->model()->index(0, SyncActivityModel::Status));
    ASSERT_NE(cell, nullptr);
    auto *button = cell->findChild<QToolButton *>(QStringLiteral("cancelRun"));
    ASSERT_NE(button, nullptr);
    for (int row = 1; row < dialog->model()->rowCount(); ++row)
        EXPECT_EQ(dialog->view()->indexWidget(dialog->model()->index(row, SyncActivityModel::Status)), nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(cancelled, QStringList{QStringLiteral("library:lib-movies")});
    EXPECT_FALSE(button->isEnabled());
}

TEST_F(SyncActivityTest, ARunLeftRunningByACrashIsNotCancellable)
{
    seed();
    createDialog();
    dialog->setActivePredicate([](const QString &) { return false; });
    EXPECT_EQ(cell(0, SyncActivityModel::Status), QStringLiteral("Interrupted"));
    EXPECT_EQ(dialog->view()->indexWidget(dialog->model()->index(0, SyncActivityModel::Status)), nullptr);
}

TEST_F(SyncActivityTest, FollowsTheBroker)
{
    createDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog->model()->rowCount(), 0);

    const qint64 id = startRun(QStringLiteral("home"), 0);
    Q_EMIT broker.refreshProgress(QStringLiteral("home"), 10, 0); // the row appears a moment after refreshStarted
    ASSERT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_EQ(cell(0, SyncActivityModel::Status), QStringLiteral("Running"));

    SyncRun done = runs.recentRuns(1).first();
    ASSERT_EQ(done.id, id);
    done.finishedAtMs = fixture.clock().nowMs() + 2 * Second;
    done.status = QStringLiteral("succeeded");
    done.fetched = 40;
    ASSERT_TRUE(runs.finishRun(done));
    Q_EMIT broker.refreshFinished(QStringLiteral("home"), Error{});
    EXPECT_EQ(cell(0, SyncActivityModel::Status), QStringLiteral("Done"));
    EXPECT_EQ(cell(0, SyncActivityModel::Fetched), QStringLiteral("40"));
    EXPECT_EQ(dialog->view()->indexWidget(dialog->model()->index(0, SyncActivityModel::Status)), nullptr);

    startRun(QStringLiteral("libraries"), 0);
    Q_EMIT broker.refreshStarted(QStringLiteral("libraries"));
    EXPECT_EQ(dialog->model()->rowCount(), 2);
}

TEST(SyncActivityModel, ShortRunsReadInMillisecondsNotAsZero)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(SyncActivityModel::durationText(37), QStringLiteral("37 ms"));
    EXPECT_EQ(SyncActivityModel::durationText(4), QStringLiteral("4 ms"));
    EXPECT_EQ(SyncActivityModel::durationText(2'460), QStringLiteral("2.5 s"));
    EXPECT_EQ(SyncActivityModel::durationText(42'000), QStringLiteral("42 s"));
    EXPECT_EQ(SyncActivityModel::durationText(84'000), QStringLiteral("1 min 24 s"));
    QLocale::setDefault(QLocale::c());
}

TEST_F(SyncActivityTest, EveryColumnHasAHeader)
{
    createDialog();
    for (int column = 0; column < dialog->model()->columnCount(); ++column)
        EXPECT_FALSE(dialog->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty())
            << "column " << column;
}

TEST_F(SyncActivityTest, RowsStayPutUnderThePointerWhileRunsStartAndEnd)
{
    seed();
    createDialog();
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    QTableView *view = dialog->view();
    const QModelIndex status = dialog->model()->index(0, SyncActivityModel::Status);
    QWidget *cancelCell = view->indexWidget(status);
    ASSERT_NE(cancelCell, nullptr);

    // The user moves the pointer onto the list to reach Cancel.
    const QPoint inside = view->viewport()->mapTo(view, view->visualRect(status).center());
    QEnterEvent enter(inside, inside, view->mapToGlobal(inside));
    QApplication::sendEvent(view, &enter);
    const qint64 other = startRun(QStringLiteral("home"), 0);
    Q_EMIT broker.refreshStarted(QStringLiteral("home"));
    Q_EMIT broker.refreshProgress(QStringLiteral("home"), 1, 10);
    EXPECT_EQ(dialog->model()->rowCount(), 5) << "no row is pushed down under the pointer";
    EXPECT_EQ(dialog->model()->run(0).id, running);
    EXPECT_EQ(view->indexWidget(status), cancelCell) << "Cancel is where it was";

    // The run under the pointer ends: its row says so where it is.
    SyncRun done = runs.recentRuns(2).at(1);
    ASSERT_EQ(done.id, running);
    done.finishedAtMs = fixture.clock().nowMs();
    done.status = QStringLiteral("succeeded");
    ASSERT_TRUE(runs.finishRun(done));
    Q_EMIT broker.refreshFinished(QStringLiteral("library:lib-movies"), Error{});
    EXPECT_EQ(dialog->model()->run(0).id, running);
    EXPECT_EQ(cell(0, SyncActivityModel::Status), QStringLiteral("Done"));
    EXPECT_EQ(view->indexWidget(status), nullptr);

    // Once the pointer leaves, the new run shows at the top.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view, &leave);
    ASSERT_EQ(dialog->model()->rowCount(), 6);
    EXPECT_EQ(dialog->model()->run(0).id, other);
    EXPECT_NE(view->indexWidget(dialog->model()->index(0, SyncActivityModel::Status)), nullptr);
}

TEST_F(SyncActivityTest, ScreenshotsLightAndDark)
{
    seed();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : test::lightPalette());
        createDialog();
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        marquee::test::saveScreenshotIfAsked(dialog.get(), dark ? QStringLiteral("syncactivity-dark")
                                                                : QStringLiteral("syncactivity"));
    }
    QApplication::setPalette(test::lightPalette());
}

TEST_F(SyncActivityTest, WhatARunRemovedAndWhyIsInTheNotes)
{
    // Issue #19: a mass removal goes only after a second look, and Sync activity says so beside the counts.
    const SyncRun run = addNotedRun(QStringLiteral("library:lib-movies"), Minute, 1190,
                                    QStringLiteral("Removed 1,190 of the 1,200 items in the cache: the server's "
                                                   "listing and a second look (a separate list of 10 ids) agree that "
                                                   "the server no longer has them."));
    createDialog();
    using C = SyncActivityModel;
    EXPECT_EQ(dialog->model()->headerData(C::ErrorText, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Notes"));
    EXPECT_EQ(cell(0, C::Deleted), QStringLiteral("1,190"));
    EXPECT_EQ(cell(0, C::ErrorText), run.note);
    marquee::test::saveScreenshotIfAsked(dialog.get(), QStringLiteral("syncactivity-notes"));
}

TEST_F(SyncActivityTest, TheNotesReadInGermanAndANoteItDoesNotKnowAsItWasStored)
{
    // Issue #17: the services write their notes in English, as old rows have them; the dialog says them in German.
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    addNotedRun(QStringLiteral("library:lib-movies"), Minute, 1190,
                LibraryRefreshJob::clockAheadNote() + QLatin1Char(' ')
                        + ListingPlausibility::massRemovalNote(1190, 1200,
                                                               QStringLiteral("a separate list of 1234 ids")));
    const SyncRun older
            = addNotedRun(QStringLiteral("home"), 2 * Minute, 0, QStringLiteral("A note from a later version of Marquee."));
    createDialog();
    using C = SyncActivityModel;
    EXPECT_EQ(cell(0, C::ErrorText),
              QStringLiteral("Die Marke der letzten Aktualisierung war der Uhr des Servers voraus, deshalb wurden alle "
                             "Titel neu aufgelistet statt nur der Änderungen. 1.190 von 1.200 Titeln im "
                             "Zwischenspeicher entfernt: Die Liste des Servers und ein zweiter Blick (eine eigene Liste "
                             "mit 1.234 IDs) stimmen überein, dass der Server sie nicht mehr hat."));
    EXPECT_EQ(cell(1, C::ErrorText), older.note);
    marquee::test::saveScreenshotIfAsked(dialog.get(), QStringLiteral("syncactivity-notes-de"));
}

TEST_F(SyncActivityTest, AListingThatContradictedItselfIsExplainedInGermanInTheTooltip)
{
    // Issue #17: the runs keep the English line the services wrote; the tooltip says it in the user's language.
    ListingPlausibility movies(QStringLiteral("Movies"));
    movies.addPage({QStringLiteral("a"), QStringLiteral("b")}, 3);
    const std::optional<Error> contradiction = movies.contradiction();
    ASSERT_TRUE(contradiction.has_value());
    const ListingPlausibility episodes(QStringLiteral("the seasons and episodes of “Night Shift”"));
    const Error refused = episodes.massRemovalRefused(1190, 1200, QStringLiteral("a separate count says 10"));
    addRun(QStringLiteral("library:lib-movies"), QStringLiteral("full"), 3 * Minute, 800, QStringLiteral("failed"), 2, 2,
           0, contradiction->toString(), ErrorKind::Contradictory);
    addRun(QStringLiteral("series:") + show.id, QStringLiteral("series"), 2 * Minute, 900, QStringLiteral("failed"), 0,
           0, 0, refused.toString(), ErrorKind::Contradictory);

    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    createDialog();
    const QString removedNothing = QStringLiteral(
            "Nichts wurde aus dem Zwischenspeicher entfernt. Marquee versucht es bei der nächsten Aktualisierung "
            "erneut; wenn das immer wieder passiert, muss die Bibliothek des Servers vielleicht neu eingelesen werden.");
    const QString series = dialog->model()->index(0, SyncActivityModel::ErrorText).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(series.contains(QStringLiteral(
            "Widersprüchliche Liste (Die Liste des Servers für die Staffeln und Folgen von „Night Shift“ lässt 1.190 "
            "der 1.200 Titel im Zwischenspeicher aus, und ein zweiter Blick stimmt nicht zu (eine eigene Zählung ergibt "
            "10). ") + removedNothing + QLatin1Char(')')))
            << series.toStdString();
    const QString library = dialog->model()->index(1, SyncActivityModel::ErrorText).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(library.contains(QStringLiteral("Widersprüchliche Liste (Die Liste des Servers für Movies hat sich "
                                                "selbst widersprochen: sie kündigte 3 Titel an, sendete aber 2. ")
                                 + removedNothing))
            << library.toStdString();
    EXPECT_FALSE(library.contains(QLatin1String("contradicted")));
    EXPECT_EQ(cell(0, SyncActivityModel::Kind), QStringLiteral("Serie")) << "the kind of run, not its key";
}
