// SPDX-License-Identifier: GPL-3.0-or-later
// Server → Sign in to Plex… against the demo server's Plex face, which also plays plex.tv (PINs, the account's
// resources): the real dialog, the real AppServices and PlexSignIn, the plex.tv address taken from the settings.
#include "app/appservices.h"
#include "app/plexsignindialog.h"
#include "backend/awaitfuture.h"
#include "backend/backend.h"
#include "demoserver/demoserver.h"
#include "services/metadatarefreshservice.h"
#include "services/refreshscope.h"
#include "services/settingsstore.h"
#include "storage/libraryrepository.h"
#include "storage/serverrepository.h"
#include "support/germantranslation.h"
#include "support/plexdemosession.h"
#include "support/refreshwait.h"
#include "support/testdirectory.h"
#include "ui/dialogscreenshot.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

constexpr int SignInTimeoutMs = 20'000;
const QString PinChecks = QStringLiteral("/api/v2/pins/{pinId}");

class PlexSignInDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = test::PlexDemoSession::startedServer(12, 1);
        ASSERT_TRUE(server->isRunning());
        services = newServices();
        // What a tester does in Preferences: plex.tv is the demo server.
        ASSERT_TRUE(services->settings()
                        ->set(QString::fromLatin1(SettingsCatalog::PlexTvUrlKey), server->plexBaseUrl().toString())
                        .ok());
        dialog = std::make_unique<PlexSignInDialog>(*services);
    }

    void TearDown() override
    {
        dialog.reset();
        services.reset();
    }

    std::unique_ptr<AppServices> newServices()
    {
        auto created = std::make_unique<AppServices>(AppServices::Options{directory.path(), true, {}});
        EXPECT_TRUE(created->openStorage().ok);
        return created;
    }

    /// Shows the dialog and waits for plex.tv's code.
    QString shownCode()
    {
        dialog->show();
        EXPECT_TRUE(test::waitUntil([&] { return !dialog->code().isEmpty(); }, SignInTimeoutMs)) << "no code shown";
        return dialog->code();
    }

    qint64 pinChecks() const { return server->requestCounts().value(PinChecks); }

    QPushButton *button(const QString &name) const { return dialog->findChild<QPushButton *>(name); }

    test::TestDirectory directory;
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<PlexSignInDialog> dialog;
};

} // namespace

TEST_F(PlexSignInDialogTest, TheCodeEnteredOnPlexTvSignsInToTheAccountsServerAndTheLibrarySyncs)
{
    const QString code = shownCode();
    EXPECT_EQ(code.size(), 4) << "a code short enough to type at plex.tv/link";
    EXPECT_TRUE(dialog->linkText().contains(server->plexBaseUrl().toString() + QStringLiteral("/link")))
        << dialog->linkText().toStdString();
    test::saveScreenshotIfAsked(dialog.get(), QStringLiteral("plex-signin"));
    ASSERT_TRUE(test::waitUntil([&] { return pinChecks() > 0; }, SignInTimeoutMs)) << "the code is never checked";
    EXPECT_TRUE(dialog->isVisible()) << "waiting for the user, not finished";

    // What the user does on plex.tv/link.
    ASSERT_TRUE(server->claimPlexPin(code));
    ASSERT_TRUE(test::waitUntil([&] { return dialog->result() == QDialog::Accepted; }, SignInTimeoutMs))
        << dialog->errorText().toStdString();
    EXPECT_FALSE(dialog->isPolling());

    // The account's one server, at the address that answers: the refusing "local" one was passed over.
    EXPECT_EQ(dialog->session().serverUrl, server->plexBaseUrl());
    EXPECT_EQ(dialog->session().accessToken, server->plexServerToken()) << "the server's own token, not the account's";
    ASSERT_TRUE(services->isConnected());
    EXPECT_EQ(services->backend()->kind(), QStringLiteral("plex"));
    const std::optional<ServerRecord> active = ServerRepository(services->database().connection()).active();
    ASSERT_TRUE(active.has_value());
    EXPECT_EQ(active->kind, ServerKind::Plex);

    MetadataRefreshService &refresh = *services->refreshService();
    EXPECT_FALSE(test::refreshAndWait(refresh, services->broker(), RefreshScope::libraries().key()).isError());
    const QList<Library> libraries = LibraryRepository(services->database().connection(), services->cacheConfig()).all();
    ASSERT_FALSE(libraries.isEmpty());
    for (const Library &library : libraries)
        EXPECT_FALSE(
            test::refreshAndWait(refresh, services->broker(), RefreshScope::library(library.id).key()).isError());
    QSqlQuery movies(services->database().connection());
    ASSERT_TRUE(movies.exec(QStringLiteral("SELECT count(*) FROM items WHERE type = 'Movie'")) && movies.next());
    EXPECT_EQ(movies.value(0).toInt(), 12);
    movies.finish();

    // Remembered: the next launch signs in to the same Plex server with the stored token.
    dialog.reset();
    services.reset();
    services = newServices();
    const Result<bool> restored = test::awaitResult(services->restoreSession());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_TRUE(restored.value());
    EXPECT_EQ(services->backend()->kind(), QStringLiteral("plex"));
}

TEST_F(PlexSignInDialogTest, AWrongTokenIsRefusedWithTheServersAnswerAndTheDialogStaysOpen)
{
    dialog->showPage(PlexSignInDialog::Page::Token);
    dialog->show();
    dialog->findChild<QLineEdit *>(QStringLiteral("plexServerUrl"))->setText(server->plexBaseUrl().toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("plexToken"))->setText(QStringLiteral("not-the-token"));
    EXPECT_EQ(pinChecks(), 0) << "no code is asked for when the token way is chosen";
    QTest::mouseClick(button(QStringLiteral("plexSignInButton")), Qt::LeftButton);

    ASSERT_TRUE(test::waitUntil([&] { return !dialog->errorText().isEmpty(); }, SignInTimeoutMs));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("401"))) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("token"))) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), 0);
    EXPECT_FALSE(ServerRepository(services->database().connection()).active().has_value()) << "nothing saved";

    // The right one then works from the same dialog.
    dialog->findChild<QLineEdit *>(QStringLiteral("plexToken"))->setText(server->plexServerToken());
    QTest::mouseClick(button(QStringLiteral("plexSignInButton")), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return dialog->result() == QDialog::Accepted; }, SignInTimeoutMs))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(services->isConnected());
}

TEST_F(PlexSignInDialogTest, CancelStopsAskingPlexTvWhetherTheCodeWasEntered)
{
    shownCode();
    ASSERT_TRUE(test::waitUntil([&] { return pinChecks() > 0; }, SignInTimeoutMs));
    ASSERT_TRUE(dialog->isPolling());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(dialog->isPolling());
    // A check already on its way may still land; after it, nothing more in well over two poll intervals.
    QTest::qWait(300);
    const qint64 afterCancel = pinChecks();
    QTest::qWait(2'500);
    EXPECT_EQ(pinChecks(), afterCancel) << "plex.tv is still being asked after Cancel";
    EXPECT_FALSE(services->isConnected());
}

TEST_F(PlexSignInDialogTest, AnUnreachablePlexTvIsSaidInWords)
{
    ASSERT_TRUE(services->settings()
                    ->set(QString::fromLatin1(SettingsCatalog::PlexTvUrlKey), QStringLiteral("http://127.0.0.1:1"))
                    .ok());
    PlexSignInDialog unreachable(*services);
    unreachable.show();
    ASSERT_TRUE(test::waitUntil([&] { return !unreachable.errorText().isEmpty(); }, SignInTimeoutMs));
    EXPECT_TRUE(unreachable.errorText().contains(QStringLiteral("Cannot reach plex.tv at http://127.0.0.1:1")))
        << unreachable.errorText().toStdString();
    EXPECT_TRUE(unreachable.findChild<QPushButton *>(QStringLiteral("plexNewCodeButton"))->isVisible())
        << "the way to try again";
}

TEST_F(PlexSignInDialogTest, SpeaksGerman)
{
    const test::GermanTranslation inGerman;
    ASSERT_TRUE(inGerman.loaded());
    {
        PlexSignInDialog german(*services);
        EXPECT_EQ(german.windowTitle(), QStringLiteral("Bei Plex anmelden"));
        const auto *pages = german.findChild<QTabWidget *>();
        EXPECT_EQ(pages->tabText(0), QStringLiteral("Mit einem plex.tv-&Konto"));
        EXPECT_EQ(pages->tabText(1), QStringLiteral("Mit Serveradresse und &Token"));
        german.show();
        ASSERT_TRUE(test::waitUntil([&] { return !german.code().isEmpty(); }, SignInTimeoutMs));
        EXPECT_TRUE(german.linkText().startsWith(QStringLiteral("Gehen Sie auf einem beliebigen Gerät zu ")))
            << german.linkText().toStdString();
        test::saveScreenshotIfAsked(&german, QStringLiteral("plex-signin-de"));
        german.reject();
    }
}
