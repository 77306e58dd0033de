// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/usermessage.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "ui/footerstatuspresenter.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/widgets/relativetime.h"

#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include "uirepositories.h"

#include <gtest/gtest.h>

using namespace marquee;
using State = FooterStatus::State;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

class FooterStatusBarTest : public ::testing::Test
{
protected:
    FooterStatusBarTest() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~FooterStatusBarTest() override { QLocale::setDefault(QLocale::c()); }

    FooterStatus status(State state, int count) const
    {
        FooterStatus s;
        s.state = state;
        s.itemCount = count;
        return s;
    }

    ManualClock clock;
    FooterStatusBar footer{clock};
};

TEST_F(FooterStatusBarTest, IdleShowsTheCountWithSeparatorsAndWhenItWasSynced)
{
    FooterStatus s = status(State::Idle, 18432);
    s.lastSyncedAtMs = clock.nowMs() - 2 * Hour;
    footer.setStatus(s);
    EXPECT_EQ(footer.text(), QStringLiteral("Library: 18,432 items · Synced 2 hours ago"));
    EXPECT_EQ(footer.actionText(), QStringLiteral("Refresh"));
    EXPECT_FALSE(footer.isSpinning());

    clock.advanceMs(3 * 24 * Hour);
    footer.refreshText();
    EXPECT_EQ(footer.text(), QStringLiteral("Library: 18,432 items · Synced 3 days ago"));
}

TEST_F(FooterStatusBarTest, SyncingSpinsAndShowsProgressWhenKnown)
{
    FooterStatus s = status(State::Syncing, 18432);
    footer.setStatus(s);
    EXPECT_EQ(footer.text(), QStringLiteral("Library: 18,432 items · Syncing…"));
    EXPECT_TRUE(footer.isSpinning());
    EXPECT_EQ(footer.actionText(), QString());
    s.progress = 5000;
    s.total = 18432;
    footer.setStatus(s);
    EXPECT_EQ(footer.text(), QStringLiteral("Library: 18,432 items · Syncing… 5,000 / 18,432"));
}

TEST_F(FooterStatusBarTest, NeverSyncedOffersSyncNow)
{
    footer.setStatus(status(State::NeverSynced, 0));
    EXPECT_EQ(footer.text(), QStringLiteral("Not synced"));
    EXPECT_EQ(footer.actionText(), QStringLiteral("Sync now"));
    EXPECT_FALSE(footer.isSpinning());
}

TEST_F(FooterStatusBarTest, FailedOffersRetryWithTheErrorInTheTooltip)
{
    FooterStatus s = status(State::Failed, 1);
    s.errorText = QStringLiteral("Movies could not be synced. ") + UserMessage::describe(ErrorKind::ServerError);
    s.errorDetails = QStringLiteral("Server error: GET http://server/Items?a=1&b=<2> (HTTP 500)");
    footer.setStatus(s);
    EXPECT_EQ(footer.text(), QStringLiteral("Library: 1 item · Sync failed"));
    EXPECT_EQ(footer.actionText(), QStringLiteral("Retry"));
    QTextDocument tooltip;
    tooltip.setHtml(footer.findChild<QLabel *>(QStringLiteral("footerText"))->toolTip());
    const QString shown = tooltip.toPlainText();
    EXPECT_TRUE(shown.startsWith(s.errorText)) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("Details: ") + s.errorDetails)) << "the request, as plain characters";
}

TEST_F(FooterStatusBarTest, OfflineSaysTheCacheIsShown)
{
    footer.setStatus(status(State::Offline, 12));
    EXPECT_EQ(footer.text(), QStringLiteral("Offline · showing cached items"));
    EXPECT_EQ(footer.actionText(), QStringLiteral("Retry"));
}

TEST_F(FooterStatusBarTest, TheButtonOnlyEmitsRefreshRequested)
{
    footer.setStatus(status(State::Idle, 3));
    QSignalSpy spy(&footer, &FooterStatusBar::refreshRequested);
    QTest::mouseClick(footer.findChild<QToolButton *>(QStringLiteral("footerAction")), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(FooterStatusBarTest, EachStateRendersWithoutClipping)
{
    for (State state : {State::Idle, State::Syncing, State::NeverSynced, State::Failed, State::Offline}) {
        footer.setStatus(status(state, 18432));
        footer.resize(footer.sizeHint().expandedTo(QSize(600, 0)));
        footer.layout()->activate();
        const QImage image = footer.grab().toImage();
        EXPECT_FALSE(image.isNull());
        const auto *label = footer.findChild<QLabel *>(QStringLiteral("footerText"));
        EXPECT_GE(label->width(), label->fontMetrics().horizontalAdvance(label->text())) << int(state);
    }
}

TEST(RelativeTime, ReadsLikeAPerson)
{
    const qint64 now = 1'700'000'000'000;
    EXPECT_EQ(relativeTimeText(now - 10'000, now), QStringLiteral("just now"));
    EXPECT_EQ(relativeTimeText(now + 10'000, now), QStringLiteral("just now"));
    EXPECT_EQ(relativeTimeText(now - Minute, now), QStringLiteral("1 minute ago"));
    EXPECT_EQ(relativeTimeText(now - 5 * Minute, now), QStringLiteral("5 minutes ago"));
    EXPECT_EQ(relativeTimeText(now - Hour, now), QStringLiteral("1 hour ago"));
    EXPECT_EQ(relativeTimeText(now - 2 * Hour - 5 * Minute, now), QStringLiteral("2 hours ago"));
    EXPECT_EQ(relativeTimeText(now - 24 * Hour, now), QStringLiteral("1 day ago"));
    EXPECT_EQ(relativeTimeText(now - 3 * 24 * Hour, now), QStringLiteral("3 days ago"));
}

TEST(FooterStatusPresenter, DerivesTheStateFromTheRefreshRecord)
{
    EXPECT_EQ(FooterStatusPresenter::fromSyncState(std::nullopt, 0).state, State::NeverSynced);

    SyncState synced;
    synced.lastSuccessAtMs = 1000;
    synced.lastAttemptAtMs = 1000;
    FooterStatus s = FooterStatusPresenter::fromSyncState(synced, 42);
    EXPECT_EQ(s.state, State::Idle);
    EXPECT_EQ(s.itemCount, 42);
    EXPECT_EQ(s.lastSyncedAtMs, 1000);

    SyncState failed = synced;
    failed.failureCount = 2;
    failed.lastAttemptAtMs = 2000;
    failed.lastError = QStringLiteral("Bad response: GET http://h/Items (not JSON)");
    failed.lastErrorKind = ErrorKind::BadResponse;
    s = FooterStatusPresenter::fromSyncState(failed, 42);
    EXPECT_EQ(s.state, State::Failed);
    EXPECT_EQ(s.errorText, UserMessage::describe(ErrorKind::BadResponse));
    EXPECT_EQ(s.errorDetails, failed.lastError);
    EXPECT_EQ(s.lastSyncedAtMs, 1000);

    SyncState neverSucceeded;
    neverSucceeded.failureCount = 1;
    neverSucceeded.lastAttemptAtMs = 2000;
    EXPECT_EQ(FooterStatusPresenter::fromSyncState(neverSucceeded, 0).state, State::Failed);
}

TEST(FooterStatusPresenter, ReadsCountsAndRefreshStateFromTheCache)
{
    test::CacheFixture cache;
    const Library movies = cache.addLibrary(QStringLiteral("lib-m"), QStringLiteral("Movies"), QStringLiteral("movies"));
    const Library shows = cache.addLibrary(QStringLiteral("lib-s"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    cache.addMovies(movies.id, 25);
    cache.addSeries(shows.id, QStringLiteral("Harbor"), 2, 3);
    ItemReader items(cache.connection());
    SyncStateRepository syncState(cache.connection());
    LibraryRepository libraries(cache.connection(), cache.config());
    FooterStatusPresenter presenter(items, syncState, libraries);

    FooterStatus s = presenter.forLibrary(movies);
    EXPECT_EQ(s.state, State::NeverSynced);
    EXPECT_EQ(s.itemCount, 25);
    EXPECT_EQ(presenter.forLibrary(shows).itemCount, 1); // one series; seasons and episodes are not grid rows

    ASSERT_TRUE(syncState.recordSuccess(SyncStateRepository::libraryScope(movies.id), 5000, 9999999, {}, 25));
    EXPECT_EQ(presenter.forLibrary(movies).state, State::Idle);
    EXPECT_EQ(presenter.forAllLibraries().state, State::NeverSynced);
    ASSERT_TRUE(syncState.recordSuccess(SyncStateRepository::libraryScope(shows.id), 9000, 9999999, {}, 1));
    s = presenter.forAllLibraries();
    EXPECT_EQ(s.state, State::Idle);
    EXPECT_EQ(s.itemCount, 26);
    EXPECT_EQ(s.lastSyncedAtMs, 5000);
    const Error serverError{ErrorKind::ServerError, QStringLiteral("HTTP 500"), QStringLiteral("GET http://h/Items"), 500};
    ASSERT_TRUE(syncState.recordFailure(SyncStateRepository::libraryScope(shows.id), 9500, serverError, 0));
    s = presenter.forAllLibraries();
    EXPECT_EQ(s.state, State::Failed);
    EXPECT_TRUE(s.errorText.startsWith(QStringLiteral("Shows could not be synced. The server ran into a problem.")))
        << s.errorText.toStdString();
    EXPECT_FALSE(s.errorText.contains(QStringLiteral("http"))) << "an address in the words";
    EXPECT_EQ(s.errorDetails, serverError.toString());
}

TEST(FooterStatusPresenter, AServerThatCouldNotBeReachedIsNoSyncFailureOnceItAnswers)
{
    // The steps: the server went away, a library refresh failed, the server came back and other scopes
    // synced; the footer of every page said "Sync failed" until that library happened to refresh again.
    test::CacheFixture cache;
    const Library movies = cache.addLibrary(QStringLiteral("lib-m"), QStringLiteral("Movies"), QStringLiteral("movies"));
    cache.addMovies(movies.id, 5);
    ItemReader items(cache.connection());
    SyncStateRepository syncState(cache.connection());
    LibraryRepository libraries(cache.connection(), cache.config());
    FooterStatusPresenter presenter(items, syncState, libraries);
    const QString scope = SyncStateRepository::libraryScope(movies.id);
    ASSERT_TRUE(syncState.recordSuccess(scope, 5000, 9999999, {}, 5));
    const Error refused{ErrorKind::Offline, QStringLiteral("Connection refused"), QStringLiteral("GET http://h/Items"), 0};
    ASSERT_TRUE(syncState.recordFailure(scope, 8000, refused, 13000));
    FooterStatus s = presenter.forAllLibraries();
    EXPECT_EQ(s.state, State::Idle) << "the Offline state is live; the cache is as good as at the last sync";
    EXPECT_EQ(s.lastSyncedAtMs, 5000);
    const Error timeout{ErrorKind::Timeout, QStringLiteral("no answer"), QStringLiteral("GET http://h/Items"), 0};
    ASSERT_TRUE(syncState.recordFailure(scope, 9000, timeout, 19000));
    EXPECT_EQ(presenter.forLibrary(movies).state, State::Idle);
}

TEST_F(FooterStatusBarTest, ChangesWaitingForTheServerAndTheLastSyncErrorAreShownUntilSent)
{
    EXPECT_TRUE(footer.uploadText().isEmpty());
    const Error offline{ErrorKind::Offline, QStringLiteral("Connection refused"), QStringLiteral("POST http://h/x"), 0};
    footer.setUploadText(FooterStatusPresenter::uploadText(1234, offline), FooterStatusPresenter::uploadDetails(offline));
    EXPECT_EQ(footer.uploadText(), QStringLiteral("1,234 changes waiting to sync · Last sync error: Server unreachable"))
        << "positions, played marks and favourites are all changes, not progress updates";
    EXPECT_EQ(FooterStatusPresenter::uploadText(1, {}), QStringLiteral("1 change waiting to sync"));
    const QString details = FooterStatusPresenter::uploadDetails(offline);
    EXPECT_TRUE(details.startsWith(UserMessage::describe(ErrorKind::Offline))) << details.toStdString();
    EXPECT_TRUE(details.endsWith(QStringLiteral("Details: ") + offline.toString())) << details.toStdString();
    footer.setUploadText(FooterStatusPresenter::uploadText(0, {}));
    EXPECT_TRUE(footer.uploadText().isEmpty()) << "nothing waits: the note goes away";
}

} // namespace
