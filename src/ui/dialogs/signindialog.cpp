// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/signindialog.h"

#include "ui/theme.h"
#include "core/usermessage.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"
#include "ui/widgets/spinner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace marquee {

SignInDialog::SignInDialog(SignInFunction signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(std::move(signIn))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new PlainLabel(this))
    , m_spinner(new Spinner(this))
    , m_busyText(new PlainLabel(tr("Signing in…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole))
    , m_trust(m_buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->hide();
    connect(m_trust, &QPushButton::clicked, this, &SignInDialog::trustOfferedCertificate);

    m_server->setText(DefaultServerUrl);
    m_server->setPlaceholderText(QStringLiteral("http://server:8096"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_server->setMinimumWidth(fontMetrics().averageCharWidth() * 46);

    auto *heading = new PlainLabel(tr("Sign in to your Jellyfin server"), this);
    heading->setScaledFont(1.25, true);
    auto *hint = new PlainLabel(
            tr("Marquee keeps a copy of your library on this computer, so it stays browsable offline."), this);
    hint->setWordWrap(true);
    SecondaryText::apply(hint);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error->setWordWrap(true);
    updateErrorColor();
    m_error->hide();

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_spinner);
    footer->addWidget(m_busyText);
    footer->addStretch(1);
    footer->addWidget(m_buttons);
    m_spinner->hide();
    m_busyText->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(footer);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_submit->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitEnabled);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitEnabled);
    updateSubmitEnabled();
    m_user->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::changeEvent(QEvent *event)
{
    // The theme changed (View → Theme, or the desktop went dark): the error's red follows the new background.
    if (event->type() == QEvent::PaletteChange)
        updateErrorColor();
    QDialog::changeEvent(event);
}

void SignInDialog::updateErrorColor()
{
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeController::errorTextColor(palette()));
    m_error->setPalette(errorPalette);
}

void SignInDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

void SignInDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    if (!userName.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::serverUrlText() const
{
    return m_server->text();
}

QString SignInDialog::userName() const
{
    return m_user->text();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<QUrl> SignInDialog::normalizeServerUrl(const QString &text, QString *problem)
{
    const auto refuse = [problem](const QString &why) -> std::optional<QUrl> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("Enter the address of your server, for example http://localhost:8096."));
    // Checked on the text, not on QUrl::scheme(): "localhost:8096" parses as the scheme "localhost".
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(tr("The address must start with http:// or https://."));
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("That is not a server address. Try something like http://localhost:8096."));
    if (!url.userInfo().isEmpty())
        return refuse(tr("Leave the user name and password out of the address."));
    QUrl normalized = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    normalized.setScheme(scheme);
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath({}); // StripTrailingSlash keeps a lone "/"
    return normalized;
}

QString SignInDialog::describeError(const Error &error, const QUrl &server)
{
    switch (error.kind) {
    case ErrorKind::Unauthorized: return tr("Wrong user name or password.");
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
        return tr("Cannot reach the server at %1. Check the address and that the server is running.")
                .arg(server.toDisplayString());
    case ErrorKind::Cancelled: return tr("Signing in was cancelled.");
    case ErrorKind::UntrustedCertificate:
        return tr("The certificate of %1 is not signed by an authority this computer trusts. Its SHA-256 "
                  "fingerprint is\n%2\nTrust it only if it is the fingerprint your server shows.")
                .arg(server.host(), error.certificateFingerprint());
    default: return UserMessage::describe(error.kind);
    }
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    QString problem;
    const std::optional<QUrl> server = normalizeServerUrl(m_server->text(), &problem);
    if (!server) {
        showError(problem);
        m_server->setFocus();
        return;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    m_server->setText(server->toString());
    if (*server != m_lastServer)
        m_trustedCertificate.clear(); // a certificate is trusted for the server it was shown for, no other
    m_lastServer = *server;
    showError({});
    m_trust->hide();
    setBusy(true);
    const QFuture<Result<Session>> future =
        m_signIn(*server, m_user->text().trimmed(), m_password->text(), m_trustedCertificate);
    // Parented to the dialog: if it closes first, the answer goes nowhere.
    auto *watcher = new QFutureWatcher<Result<Session>>(this);
    connect(watcher, &QFutureWatcher<Result<Session>>::finished, this, [this, watcher, server = *server] {
        watcher->deleteLater();
        finish(watcher->future(), server);
    });
    watcher->setFuture(future);
}

void SignInDialog::finish(const QFuture<Result<Session>> &future, const QUrl &server)
{
    setBusy(false);
    if (future.isCanceled() || future.resultCount() == 0) {
        showError(describeError({ErrorKind::Cancelled, {}, {}, 0}, server));
        return;
    }
    const Result<Session> result = future.result();
    if (!result) {
        showError(describeError(result.error(), server));
        // Words above; the request and its answer for whoever wants them, as in every message box.
        m_error->setToolTip(result.error().kind == ErrorKind::Cancelled
                                    ? QString()
                                    : Qt::convertFromPlainText(tr("Details: %1").arg(result.error().toString()),
                                                               Qt::WhiteSpaceNormal));
        m_offeredCertificate = result.error().certificateSha256;
        m_trust->setVisible(result.error().kind == ErrorKind::UntrustedCertificate && !m_offeredCertificate.isEmpty());
        if (result.error().kind == ErrorKind::Unauthorized) {
            m_password->selectAll();
            m_password->setFocus();
        }
        return;
    }
    m_session = result.value();
    m_password->clear();
    Q_EMIT signedIn(m_session);
    accept();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_spinner->setVisible(busy);
    m_spinner->setSpinning(busy);
    m_busyText->setVisible(busy);
    updateSubmitEnabled();
}

void SignInDialog::showError(const QString &text)
{
    m_error->setToolTip({});
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignInDialog::trustOfferedCertificate()
{
    m_trustedCertificate = m_offeredCertificate;
    submit();
}

void SignInDialog::updateSubmitEnabled()
{
    m_submit->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

} // namespace marquee
