// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/resultpromise.h"
#include "core/usermessage.h"
#include "dialogscreenshot.h"
#include "ui/dialogs/signindialog.h"
#include "ui/widgets/plainlabel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <gtest/gtest.h>
#include <memory>

using namespace marquee;

namespace {

/// Stands in for Backend::signIn: records the call and answers when the test says so.
struct FakeSignIn
{
    int calls = 0;
    QUrl server;
    QString user;
    QString password;
    QString trustedCertificate;
    std::shared_ptr<ResultPromise<Session>> pending;

    SignInDialog::SignInFunction function()
    {
        return [this](const QUrl &url, const QString &name, const QString &secret, const QString &certificate) {
            ++calls;
            trustedCertificate = certificate;
            server = url;
            user = name;
            password = secret;
            pending = std::make_shared<ResultPromise<Session>>();
            return pending->future();
        };
    }

    void answer(Result<Session> result) { pending->fulfil(std::move(result)); }
};

Session validSession(const QUrl &server)
{
    return Session{server, QStringLiteral("server-id"), QStringLiteral("user-id"), QStringLiteral("demo"),
                   QStringLiteral("secret-token")};
}

class SignInDialogTest : public ::testing::Test
{
protected:
    void fill(const QString &server, const QString &user, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(server);
        dialog.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(user);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    }

    /// Lets the watcher deliver the answer.
    static void settle() { QTest::qWait(20); }

    QPushButton *submitButton() { return dialog.findChild<QPushButton *>(QStringLiteral("signInButton")); }

    FakeSignIn fake;
    SignInDialog dialog{fake.function()};
};

} // namespace

TEST(SignInDialogUrlTest, NormalizesAndValidatesTheServerAddress)
{
    using D = SignInDialog;
    EXPECT_EQ(D::normalizeServerUrl(QStringLiteral("http://localhost:8096"))->toString(),
              QStringLiteral("http://localhost:8096"));
    EXPECT_EQ(D::normalizeServerUrl(QStringLiteral("  jellyfin.local:8096/ "))->toString(),
              QStringLiteral("http://jellyfin.local:8096"));
    EXPECT_EQ(D::normalizeServerUrl(QStringLiteral("HTTPS://Media.Example.org/jellyfin/"))->toString(),
              QStringLiteral("https://media.example.org/jellyfin"));
    EXPECT_EQ(D::normalizeServerUrl(QStringLiteral("192.168.1.20"))->toString(), QStringLiteral("http://192.168.1.20"));

    QString problem;
    EXPECT_FALSE(D::normalizeServerUrl(QStringLiteral(""), &problem));
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_FALSE(D::normalizeServerUrl(QStringLiteral("ftp://server"), &problem));
    EXPECT_TRUE(problem.contains(QLatin1String("http://")));
    EXPECT_FALSE(D::normalizeServerUrl(QStringLiteral("http://"), &problem));
    EXPECT_FALSE(D::normalizeServerUrl(QStringLiteral("http:// bad host"), &problem));
    EXPECT_FALSE(D::normalizeServerUrl(QStringLiteral("http://me:pw@server"), &problem));
}

TEST_F(SignInDialogTest, StartsPrefilledWithAHiddenPassword)
{
    EXPECT_EQ(dialog.serverUrlText(), QStringLiteral("http://localhost:8096"));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(submitButton()->isEnabled()) << "no user name yet";
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST_F(SignInDialogTest, SignsInWithoutBlockingAndAccepts)
{
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    fill(QStringLiteral("demo.local:8096"), QStringLiteral(" demo "), QStringLiteral("pa ss"));
    ASSERT_TRUE(submitButton()->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);

    ASSERT_EQ(fake.calls, 1);
    EXPECT_EQ(fake.server, QUrl(QStringLiteral("http://demo.local:8096")));
    EXPECT_EQ(fake.user, QStringLiteral("demo"));
    EXPECT_EQ(fake.password, QStringLiteral("pa ss")) << "passwords are sent as typed";
    EXPECT_TRUE(dialog.isBusy()) << "waiting, not blocked";
    EXPECT_FALSE(submitButton()->isEnabled());
    EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled());

    fake.answer(validSession(fake.server));
    settle();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.session().accessToken, QStringLiteral("secret-token"));
    EXPECT_EQ(signedIn.count(), 1);
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
}

TEST_F(SignInDialogTest, AWrongPasswordSaysSoAndAllowsAnotherTry)
{
    fill(QStringLiteral("http://localhost:8096"), QStringLiteral("demo"), QStringLiteral("wrong"));
    dialog.submit();
    fake.answer(Error{ErrorKind::Unauthorized, QStringLiteral("401"), QStringLiteral("http://localhost:8096/Users/AuthenticateByName"), 401});
    settle();
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Wrong user name or password."));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.session().isValid());
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(submitButton()->isEnabled());

    dialog.submit();
    EXPECT_EQ(fake.calls, 2);
    EXPECT_TRUE(dialog.errorText().isEmpty()) << "the old error goes while trying again";
    fake.answer(validSession(fake.server));
    settle();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(SignInDialogTest, AnUnreachableServerIsNamed)
{
    fill(QStringLiteral("http://nas:8096"), QStringLiteral("demo"), QStringLiteral("demo"));
    for (const ErrorKind kind : {ErrorKind::Offline, ErrorKind::Timeout}) {
        dialog.submit();
        fake.answer(Error{kind, QStringLiteral("connection refused"), {}, 0});
        settle();
        EXPECT_TRUE(dialog.errorText().startsWith(QLatin1String("Cannot reach the server at http://nas:8096")))
            << dialog.errorText().toStdString();
    }
}

TEST_F(SignInDialogTest, OtherErrorsSayWhatHappenedInWordsWithTheRequestInTheTooltip)
{
    fill(QStringLiteral("http://localhost:8096"), QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.submit();
    const Error error{ErrorKind::ServerError, QStringLiteral("<b>boom</b>"), QStringLiteral("http://localhost:8096/x"),
                      500};
    fake.answer(error);
    settle();
    EXPECT_EQ(dialog.errorText(), UserMessage::describe(ErrorKind::ServerError)) << "words, not the request";
    const auto *label = dialog.findChild<PlainLabel *>(QStringLiteral("signInError"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    QTextDocument tooltip;
    tooltip.setHtml(label->toolTip());
    EXPECT_EQ(tooltip.toPlainText(), QStringLiteral("Details: ") + error.toString()) << "the markup stays characters";
}

TEST_F(SignInDialogTest, AnUntrustedCertificateShowsItsFingerprintAndIsTrustedOnlyWhenTheUserSaysSo)
{
    fill(QStringLiteral("https://nas.local:8920"), QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.submit();
    EXPECT_TRUE(fake.trustedCertificate.isEmpty()) << "verified by default";
    Error untrusted{ErrorKind::UntrustedCertificate, QStringLiteral("not trusted"), QStringLiteral("GET https://nas.local:8920/x"), 0};
    untrusted.certificateSha256 = QStringLiteral("0a1b").repeated(16);
    fake.answer(untrusted);
    settle();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("0A:1B:0A:1B"))) << dialog.errorText().toStdString();
    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustCertificateButton"));
    ASSERT_NE(trust, nullptr);
    EXPECT_FALSE(trust->isHidden());

    trust->click();
    EXPECT_EQ(fake.calls, 2);
    EXPECT_EQ(fake.trustedCertificate, untrusted.certificateSha256);
    EXPECT_TRUE(trust->isHidden());
    fake.answer(validSession(QUrl(QStringLiteral("https://nas.local:8920"))));
    settle();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(SignInDialogTest, ATrustedCertificateDoesNotFollowTheUserToAnotherServer)
{
    fill(QStringLiteral("https://nas.local:8920"), QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.submit();
    Error untrusted{ErrorKind::UntrustedCertificate, QStringLiteral("not trusted"), {}, 0};
    untrusted.certificateSha256 = QStringLiteral("ff").repeated(32);
    fake.answer(untrusted);
    settle();
    dialog.findChild<QPushButton *>(QStringLiteral("trustCertificateButton"))->click();
    fake.answer(Error{ErrorKind::Unauthorized, {}, {}, 401});
    settle();
    fill(QStringLiteral("https://elsewhere.example:8920"), QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.submit();
    EXPECT_TRUE(fake.trustedCertificate.isEmpty());
}

TEST_F(SignInDialogTest, AnInvalidAddressIsRefusedBeforeAnyRequest)
{
    fill(QStringLiteral("ftp://server"), QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.submit();
    EXPECT_EQ(fake.calls, 0);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_FALSE(dialog.isBusy());
}

TEST_F(SignInDialogTest, ClosingWhileWaitingDropsTheLateAnswer)
{
    auto dialogOnHeap = std::make_unique<SignInDialog>(fake.function());
    dialogOnHeap->setUserName(QStringLiteral("demo"));
    dialogOnHeap->submit();
    ASSERT_EQ(fake.calls, 1);
    dialogOnHeap.reset();
    fake.answer(validSession(fake.server));
    settle(); // nothing to crash into
}

TEST_F(SignInDialogTest, Screenshot)
{
    dialog.setUserName(QStringLiteral("demo"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("demo"));
    dialog.submit();
    fake.answer(Error{ErrorKind::Unauthorized, {}, {}, 401});
    settle();
    dialog.show();
    dialog.adjustSize();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    marquee::test::saveScreenshotIfAsked(&dialog, QStringLiteral("signin"));
}
