// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plexsignindialog.h"

#include "app/appservices.h"
#include "backend/plexsignin.h"
#include "core/usermessage.h"
#include "ui/dialogs/signindialog.h"
#include "ui/theme.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"
#include "ui/widgets/spinner.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace marquee {

namespace {
const QString DefaultPlexServerUrl = QStringLiteral("http://localhost:32400");

/// A wrapped line of help in the secondary text colour.
PlainLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *hint = new PlainLabel(text, parent);
    hint->setWordWrap(true);
    SecondaryText::apply(hint);
    return hint;
}
} // namespace

PlexSignInDialog::PlexSignInDialog(AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_signIn(services.newPlexSignIn())
    , m_pages(new QTabWidget(this))
    , m_linkText(new PlainLabel(this))
    , m_code(new PlainLabel(this))
    , m_openLink(new QPushButton(tr("&Open in browser"), this))
    , m_serversLabel(new PlainLabel(tr("Choose the server to use:"), this))
    , m_serverList(new QListWidget(this))
    , m_serverUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_error(new PlainLabel(this))
    , m_spinner(new Spinner(this))
    , m_busyText(new PlainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole))
    , m_newCode(m_buttons->addButton(tr("Get a &new code"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("plexSignInDialog"));
    setWindowTitle(tr("Sign in to Plex"));
    m_submit->setObjectName(QStringLiteral("plexSignInButton"));
    m_newCode->setObjectName(QStringLiteral("plexNewCodeButton"));
    m_error->setObjectName(QStringLiteral("plexSignInError"));

    auto *heading = new PlainLabel(tr("Sign in to your Plex Media Server"), this);
    heading->setScaledFont(1.25, true);
    m_pages->addTab(buildAccountPage(), tr("With a plex.tv &account"));
    m_pages->addTab(buildTokenPage(), tr("With a server address and &token"));
    m_pages->setAccessibleName(tr("Ways to sign in"));

    m_error->setWordWrap(true);
    m_error->hide();
    updateErrorColor();

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_spinner);
    footer->addWidget(m_busyText, 1);
    footer->addWidget(m_buttons);
    m_spinner->hide();
    m_busyText->hide();
    m_busyText->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(footer);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlexSignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlexSignInDialog::reject);
    connect(m_newCode, &QPushButton::clicked, this, &PlexSignInDialog::requestCode);
    connect(m_openLink, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_link); });
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        showError({});
        if (m_pages->currentIndex() == int(Page::Account) && !m_codeRequested && isVisible())
            requestCode();
        updateButtons();
    });
    connect(m_serverList, &QListWidget::currentRowChanged, this, &PlexSignInDialog::updateButtons);
    connect(m_serverList, &QListWidget::itemActivated, this, &PlexSignInDialog::submit);
    connect(m_serverUrl, &QLineEdit::textChanged, this, &PlexSignInDialog::updateButtons);
    connect(m_token, &QLineEdit::textChanged, this, &PlexSignInDialog::updateButtons);
    connect(m_signIn.get(), &PlexSignIn::authorized, this, &PlexSignInDialog::onAuthorized);
    connect(m_signIn.get(), &PlexSignIn::failed, this, &PlexSignInDialog::onCodeFailed);
    updateButtons();
}

PlexSignInDialog::~PlexSignInDialog() = default;

QWidget *PlexSignInDialog::buildAccountPage()
{
    auto *page = new QWidget(this);
    m_linkText->setObjectName(QStringLiteral("plexLinkText"));
    m_linkText->setWordWrap(true);
    m_linkText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(QStringLiteral("plexCode"));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setScaledFont(2.2, true);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    m_code->setMinimumHeight(m_code->sizeHint().height() * 2);
    m_openLink->setObjectName(QStringLiteral("plexOpenLinkButton"));
    m_openLink->setAccessibleName(tr("Open the link page in a browser"));
    m_openLink->setAutoDefault(false);
    m_openLink->setEnabled(false);
    m_serverList->setObjectName(QStringLiteral("plexServerList"));
    m_serverList->setAccessibleName(tr("Your Plex servers"));
    m_serversLabel->setBuddy(m_serverList);
    m_serversLabel->hide();
    m_serverList->hide();

    PlainLabel *hint = hintLabel(tr("Marquee never sees your plex.tv password: you sign in on plex.tv, in a browser "
                                    "on any device, and approve this computer with the code."),
                                 page);

    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_openLink);
    openRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_linkText);
    layout->addWidget(m_code);
    layout->addLayout(openRow);
    layout->addWidget(hint);
    layout->addWidget(m_serversLabel);
    layout->addWidget(m_serverList, 1);
    layout->addStretch(0);
    return page;
}

QWidget *PlexSignInDialog::buildTokenPage()
{
    auto *page = new QWidget(this);
    m_serverUrl->setObjectName(QStringLiteral("plexServerUrl"));
    m_serverUrl->setAccessibleName(tr("Server address"));
    m_serverUrl->setText(DefaultPlexServerUrl);
    m_serverUrl->setPlaceholderText(QStringLiteral("http://server:32400"));
    m_serverUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverUrl->setMinimumWidth(fontMetrics().averageCharWidth() * 46);
    m_token->setObjectName(QStringLiteral("plexToken"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    PlainLabel *hint = hintLabel(tr("For a server without a plex.tv account. Its token is in the server's "
                                    "Preferences.xml (PlexOnlineToken), or in the address of any item's XML view."),
                                 page);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_serverUrl);
    form->addRow(tr("T&oken:"), m_token);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

void PlexSignInDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void PlexSignInDialog::setServerUrl(const QString &url)
{
    m_serverUrl->setText(url);
}

QString PlexSignInDialog::code() const
{
    return m_code->text();
}

QString PlexSignInDialog::linkText() const
{
    return m_linkText->text();
}

QString PlexSignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool PlexSignInDialog::isPolling() const
{
    return m_signIn->isPolling();
}

void PlexSignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_pages->currentIndex() == int(Page::Account) && !m_codeRequested)
        requestCode();
}

void PlexSignInDialog::changeEvent(QEvent *event)
{
    // The theme changed: the error's red follows the new background.
    if (event->type() == QEvent::PaletteChange)
        updateErrorColor();
    QDialog::changeEvent(event);
}

void PlexSignInDialog::updateErrorColor()
{
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeController::errorTextColor(palette()));
    m_error->setPalette(errorPalette);
}

void PlexSignInDialog::requestCode()
{
    const int attempt = ++m_attempt;
    m_codeRequested = true;
    m_signIn->stopPolling();
    m_accountToken.clear();
    m_servers.clear();
    m_serverList->clear();
    m_serverList->hide();
    m_serversLabel->hide();
    m_code->clear();
    m_linkText->clear();
    m_openLink->setEnabled(false);
    showError({});
    setBusy(tr("Asking plex.tv for a code…"));
    m_signIn->requestPin(PlexSignIn::PinKind::TypedAtLinkPage).then(this, [this, attempt](const Result<PlexPin> &pin) {
        if (attempt != m_attempt)
            return;
        if (!pin) {
            setBusy({});
            showError(describePlexTvError(pin.error()), pin.error());
            return;
        }
        m_link = pin.value().linkUrl;
        m_linkText->setText(tr("On any device, go to %1 and enter this code:").arg(m_link.toDisplayString()));
        m_code->setText(pin.value().code);
        m_openLink->setEnabled(true);
        m_signIn->startPolling(pin.value());
        setBusy(tr("Waiting for the code to be entered…"));
    });
}

void PlexSignInDialog::onCodeFailed(const Error &error)
{
    setBusy({});
    m_code->clear();
    m_openLink->setEnabled(false);
    showError(error.kind == ErrorKind::ClientError ? tr("The code expired before it was entered. Get a new code and "
                                                        "try again.")
                                                   : describePlexTvError(error),
              error);
}

void PlexSignInDialog::onAuthorized(const QString &accountToken)
{
    const int attempt = m_attempt;
    m_accountToken = accountToken;
    setBusy(tr("Finding your servers…"));
    m_signIn->servers(accountToken).then(this, [this, attempt](const Result<QList<PlexServerResource>> &servers) {
        if (attempt != m_attempt)
            return;
        if (!servers) {
            setBusy({});
            showError(describePlexTvError(servers.error()), servers.error());
            return;
        }
        showServers(servers.value());
    });
}

void PlexSignInDialog::showServers(const QList<PlexServerResource> &servers)
{
    m_servers = servers;
    if (servers.isEmpty()) {
        setBusy({});
        showError(tr("Your plex.tv account has no Plex Media Server that Marquee can use. Sign in with a server "
                     "address and token instead."));
        return;
    }
    if (servers.size() == 1) {
        connectTo(servers.constFirst());
        return;
    }
    setBusy({});
    for (const PlexServerResource &server : servers)
        m_serverList->addItem(server.name); // plex.tv's text: a list item shows it as plain text
    m_serverList->setCurrentRow(0);
    m_serversLabel->show();
    m_serverList->show();
    m_serverList->setFocus();
    updateButtons();
}

void PlexSignInDialog::connectTo(const PlexServerResource &server)
{
    const int attempt = m_attempt;
    showError({});
    setBusy(tr("Connecting to %1…").arg(server.name));
    m_signIn->sessionFor(m_accountToken, server).then(this, [this, attempt, name = server.name](const Result<Session> &session) {
        if (attempt != m_attempt)
            return;
        if (!session) {
            setBusy({});
            showError(session.error().kind == ErrorKind::Offline
                          ? tr("None of the addresses of %1 answered. Check that the server is running and "
                               "reachable from this computer.")
                                .arg(name)
                          : describePlexTvError(session.error()),
                      session.error());
            return;
        }
        m_services.usePlexSession(session.value());
        finish(session.value());
    });
}

void PlexSignInDialog::submit()
{
    if (m_busy)
        return;
    if (m_pages->currentIndex() == int(Page::Account)) {
        const int row = m_serverList->currentRow();
        if (row >= 0 && row < m_servers.size())
            connectTo(m_servers.at(row));
        return;
    }
    QString problem;
    const std::optional<QUrl> server = SignInDialog::normalizeServerUrl(m_serverUrl->text(), &problem);
    if (!server) {
        showError(problem);
        m_serverUrl->setFocus();
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        showError(tr("Enter the server's token."));
        m_token->setFocus();
        return;
    }
    m_serverUrl->setText(server->toString());
    const int attempt = ++m_attempt;
    m_signIn->stopPolling(); // the other way was chosen
    m_codeRequested = false;
    m_code->clear();
    showError({});
    setBusy(tr("Signing in…"));
    m_services.signInToPlex(*server, m_token->text().trimmed())
        .then(this, [this, attempt, server = *server](const Result<Session> &session) {
            if (attempt != m_attempt)
                return;
            setBusy({});
            if (!session) {
                showError(session.error().kind == ErrorKind::Unauthorized
                              ? tr("The server did not accept this token (401). Check that you copied all of it "
                                   "and that it belongs to this server.")
                              : SignInDialog::describeError(session.error(), server),
                          session.error());
                m_token->selectAll();
                m_token->setFocus();
                return;
            }
            finish(session.value());
        });
}

void PlexSignInDialog::finish(const Session &session)
{
    setBusy({});
    m_session = session;
    m_token->clear();
    Q_EMIT signedIn(m_session);
    accept();
}

void PlexSignInDialog::reject()
{
    ++m_attempt; // whatever is under way ends unheard
    m_signIn->stopPolling();
    setBusy({});
    QDialog::reject();
}

QString PlexSignInDialog::describePlexTvError(const Error &error) const
{
    switch (error.kind) {
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
        return tr("Cannot reach plex.tv at %1. Check the internet connection, or sign in with a server address and "
                  "token.")
            .arg(m_signIn->plexTvUrl().toDisplayString());
    case ErrorKind::Unauthorized:
        return tr("plex.tv did not accept the sign-in. Get a new code and try again.");
    default: return UserMessage::describe(error.kind);
    }
}

void PlexSignInDialog::setBusy(const QString &text)
{
    // Polling is waiting on the user, not work: the fields stay usable and Cancel ends it.
    m_busy = !text.isEmpty() && !m_signIn->isPolling();
    m_spinner->setVisible(!text.isEmpty());
    m_spinner->setSpinning(!text.isEmpty());
    m_busyText->setText(text);
    m_busyText->setVisible(!text.isEmpty());
    m_serverUrl->setEnabled(!m_busy);
    m_token->setEnabled(!m_busy);
    m_serverList->setEnabled(!m_busy);
    updateButtons();
}

void PlexSignInDialog::showError(const QString &text, const Error &error)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // Words above; the request and its answer for whoever wants them.
    m_error->setToolTip(error.isError() ? Qt::convertFromPlainText(tr("Details: %1").arg(error.toString()),
                                                                   Qt::WhiteSpaceNormal)
                                        : QString());
    updateButtons();
}

void PlexSignInDialog::updateButtons()
{
    const bool account = m_pages->currentIndex() == int(Page::Account);
    m_submit->setText(account ? tr("Use this server") : tr("Sign in"));
    m_submit->setVisible(!account || m_serverList->isVisible());
    m_submit->setEnabled(!m_busy
                         && (account ? m_serverList->currentRow() >= 0
                                     : !m_serverUrl->text().trimmed().isEmpty() && !m_token->text().trimmed().isEmpty()));
    m_submit->setDefault(true);
    // A new code once the old one failed, expired or led nowhere; while one waits there is nothing to renew.
    m_newCode->setVisible(account && !m_busy && !m_signIn->isPolling() && m_codeRequested);
}

} // namespace marquee
