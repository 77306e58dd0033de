// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/usermessage.h"
#include "dialogscreenshot.h"
#include "services/messagebroker.h"
#include "ui/dialogs/firstsyncdialog.h"

#include <QApplication>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

const QString Scope = QStringLiteral("library:lib-movies");

class FirstSyncDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        dialog = std::make_unique<FirstSyncDialog>(&broker, Scope);
        dialog->show();
    }

    void TearDown() override
    {
        dialog.reset();
        QLocale::setDefault(QLocale::c());
    }

    QPushButton *button(const QString &name) { return dialog->findChild<QPushButton *>(name); }

    MessageBroker broker;
    std::unique_ptr<FirstSyncDialog> dialog;
};

} // namespace

TEST_F(FirstSyncDialogTest, ShowsProgressOfItsScopeOnly)
{
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Syncing your library…"));
    EXPECT_FALSE(dialog->isModal()) << "the cache view stays usable";
    Q_EMIT broker.refreshProgress(Scope, 5000, 18432);
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Syncing your library… 5,000 / 18,432"));
    EXPECT_EQ(dialog->progressBar()->maximum(), 18432);
    EXPECT_EQ(dialog->progressBar()->value(), 5000);

    Q_EMIT broker.refreshProgress(QStringLiteral("home"), 1, 2);
    Q_EMIT broker.refreshFinished(QStringLiteral("home"), Error{});
    EXPECT_EQ(dialog->progressBar()->value(), 5000);
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(FirstSyncDialogTest, AnUnknownTotalShowsABusyBar)
{
    Q_EMIT broker.refreshProgress(Scope, 500, 0);
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Syncing your library… 500"));
    EXPECT_EQ(dialog->progressBar()->maximum(), 0);
    EXPECT_EQ(FirstSyncDialog::countText(1234567, 2000000), QStringLiteral("1,234,567 / 2,000,000"));
}

TEST_F(FirstSyncDialogTest, ClosesItselfWhenItsScopeSucceeds)
{
    Q_EMIT broker.refreshProgress(Scope, 18432, 18432);
    Q_EMIT broker.refreshFinished(Scope, Error{});
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
}

TEST_F(FirstSyncDialogTest, AQuickLibraryListHandsOverToTheFirstLibraryInsteadOfClosing)
{
    // The library list is often in before the dialog could show: the first library's sync is what takes long.
    const QString libraries = QStringLiteral("libraries");
    dialog->setScope(libraries);
    dialog->setNextScope([&](const QString &finished) { return finished == libraries ? Scope : QString(); });
    Q_EMIT broker.refreshFinished(libraries, Error{});
    EXPECT_TRUE(dialog->isVisible()) << "closed with the library list, before the long part";
    EXPECT_EQ(dialog->scope(), Scope);
    Q_EMIT broker.refreshProgress(Scope, 10, 120);
    EXPECT_EQ(dialog->progressBar()->value(), 10);
    Q_EMIT broker.refreshFinished(Scope, Error{});
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(FirstSyncDialogTest, AFailureIsShownOnceInPlainTextWithClose)
{
    const int windows = QApplication::topLevelWidgets().size();
    Q_EMIT broker.refreshProgress(Scope, 500, 18432);
    Q_EMIT broker.refreshFinished(Scope, Error{ErrorKind::Offline, QStringLiteral("refused"), {}, 0});
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->hasFailed());
    EXPECT_TRUE(dialog->errorText().startsWith(UserMessage::describe(ErrorKind::Offline))) << "in words";
    EXPECT_TRUE(button(QStringLiteral("closeFirstSync"))->isVisibleTo(dialog.get()));
    EXPECT_FALSE(button(QStringLiteral("continueInBackground"))->isVisibleTo(dialog.get()));

    const Error hostile{ErrorKind::ServerError, QStringLiteral("<b>bold</b>"), QStringLiteral("http://nas/Items"), 500};
    Q_EMIT broker.refreshFinished(Scope, hostile);
    EXPECT_TRUE(dialog->errorText().startsWith(UserMessage::describe(ErrorKind::ServerError)))
        << "the same dialog, the newer message";
    EXPECT_FALSE(dialog->errorText().contains(QLatin1String("http"))) << "the request is for the tooltip";
    EXPECT_EQ(QApplication::topLevelWidgets().size(), windows) << "no new windows";

    QTest::mouseClick(button(QStringLiteral("closeFirstSync")), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(FirstSyncDialogTest, RetryAsksForTheScopeAndARestartShowsProgressAgain)
{
    QSignalSpy retry(dialog.get(), &FirstSyncDialog::retryRequested);
    Q_EMIT broker.refreshFinished(Scope, Error{ErrorKind::Timeout, {}, {}, 0});
    QTest::mouseClick(button(QStringLiteral("retrySync")), Qt::LeftButton);
    ASSERT_EQ(retry.count(), 1);
    EXPECT_EQ(retry.first().at(0).toString(), Scope);

    Q_EMIT broker.refreshStarted(Scope);
    EXPECT_FALSE(dialog->hasFailed());
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Syncing your library…"));
    EXPECT_TRUE(button(QStringLiteral("continueInBackground"))->isVisibleTo(dialog.get()));
}

TEST_F(FirstSyncDialogTest, ContinueInBackgroundHidesIt)
{
    QSignalSpy background(dialog.get(), &FirstSyncDialog::continuedInBackground);
    QTest::mouseClick(button(QStringLiteral("continueInBackground")), Qt::LeftButton);
    EXPECT_EQ(background.count(), 1);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(FirstSyncDialogTest, Screenshot)
{
    Q_EMIT broker.refreshProgress(Scope, 5000, 18432);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    marquee::test::saveScreenshotIfAsked(dialog.get(), QStringLiteral("firstsync"));
    Q_EMIT broker.refreshFinished(Scope, Error{ErrorKind::Offline, QStringLiteral("connection refused"),
                                               QStringLiteral("http://nas:8096/Items"), 0});
    marquee::test::saveScreenshotIfAsked(dialog.get(), QStringLiteral("firstsync-failed"));
}
