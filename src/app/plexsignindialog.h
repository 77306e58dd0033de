// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/plexresponseparser.h"
#include "core/error.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace marquee {

class AppServices;
class PlainLabel;
class PlexSignIn;
class Spinner;

/**
 * @brief Server → Sign in to Plex…: two ways to a Plex Media Server, on two tabs.
 *
 * *plex.tv account*: asks plex.tv for a short code, shows it with `<plex.tv>/link` where the user enters it, and
 * checks in the background (PlexSignIn polls; nothing here blocks) until it is entered. Then the account's servers:
 * one is used at once, several are listed to choose from; PlexSignIn picks the address that answers, local before
 * remote before relay. *Server address and token*: for a server without a plex.tv account.
 *
 * Success makes the session the active one through AppServices (the token goes to the credential store, the library
 * syncs as after any sign-in) and accepts. Failures are said in words in the dialog, which stays open; Cancel stops
 * the polling. Lives in app/ rather than ui/ because it drives the backend's PlexSignIn itself.
 */
class PlexSignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Account, Token };

    explicit PlexSignInDialog(AppServices &services, QWidget *parent = nullptr);
    ~PlexSignInDialog() override;

    void showPage(Page page);
    /// The token page's server address (e.g. the active Plex server's).
    void setServerUrl(const QString &url);

    /// The code the user enters at the link page; empty until plex.tv gave one.
    [[nodiscard]] QString code() const;
    /// Where the code is entered, as shown.
    [[nodiscard]] QString linkText() const;
    /// What the dialog says went wrong, empty when nothing did.
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isPolling() const;
    /// The session in use once the dialog was accepted; invalid before.
    [[nodiscard]] const Session &session() const { return m_session; }

public Q_SLOTS:
    /// Asks plex.tv for a new code and waits for it to be entered; what "Get a new code" does.
    void requestCode();
    /// The token page: signs in with the address and token. The account page: uses the chosen server.
    void submit();
    void reject() override;

Q_SIGNALS:
    /// Emitted just before the dialog accepts.
    void signedIn(const marquee::Session &session);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildAccountPage();
    QWidget *buildTokenPage();
    void onAuthorized(const QString &accountToken);
    void onCodeFailed(const Error &error);
    void showServers(const QList<PlexServerResource> &servers);
    void connectTo(const PlexServerResource &server);
    void finish(const Session &session);
    /// Spinner and @p text while something runs; empty: idle.
    void setBusy(const QString &text);
    void showError(const QString &text, const Error &error = {});
    void updateErrorColor();
    void updateButtons();
    [[nodiscard]] QString describePlexTvError(const Error &error) const;

    AppServices &m_services;
    std::unique_ptr<PlexSignIn> m_signIn;
    /// Bumped by every new start and by Cancel: an answer to an older one is dropped.
    int m_attempt = 0;
    bool m_busy = false;
    bool m_codeRequested = false;
    QString m_accountToken;
    QList<PlexServerResource> m_servers;
    QUrl m_link;
    Session m_session;

    QTabWidget *m_pages;
    PlainLabel *m_linkText;
    PlainLabel *m_code;
    QPushButton *m_openLink;
    PlainLabel *m_serversLabel;
    QListWidget *m_serverList;
    QLineEdit *m_serverUrl;
    QLineEdit *m_token;
    PlainLabel *m_error;
    Spinner *m_spinner;
    PlainLabel *m_busyText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_newCode;
};

} // namespace marquee
