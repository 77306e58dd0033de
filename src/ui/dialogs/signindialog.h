// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/result.h"

#include <QDialog>
#include <QFuture>
#include <QUrl>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace marquee {

class PlainLabel;
class Spinner;

/**
 * @brief Asks for a server address, user name and password, and signs in through a function the caller gives
 * (typically Backend::signIn on a backend pointed at the address), so the dialog needs no backend of its own.
 *
 * The call is awaited with a QFutureWatcher, never by blocking; while it runs the fields are disabled and a
 * spinner turns. A failure is shown in plain text in the dialog and the user can try again; success accepts the
 * dialog and session() holds the result. A server whose certificate no authority vouches for is refused with the
 * certificate's SHA-256 fingerprint; "Trust this certificate" signs in again accepting that one certificate for
 * that server, and nothing else. The password is only read from its field when the call is made; it and
 * the token are never logged.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p trustedCertificateSha256: empty, or the self-signed certificate the user chose to trust for @p server.
    using SignInFunction = std::function<QFuture<Result<Session>>(
        const QUrl &server, const QString &userName, const QString &password, const QString &trustedCertificateSha256)>;

    static inline const QString DefaultServerUrl = QStringLiteral("http://localhost:8096");

    explicit SignInDialog(SignInFunction signIn, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QString &url);
    void setUserName(const QString &userName);
    [[nodiscard]] QString serverUrlText() const;
    [[nodiscard]] QString userName() const;

    /// The signed-in session once the dialog was accepted; invalid before.
    [[nodiscard]] const Session &session() const { return m_session; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// What the dialog tells the user went wrong, empty when nothing did.
    [[nodiscard]] QString errorText() const;

    /**
     * The address the user meant: "jellyfin.local:8096" becomes "http://jellyfin.local:8096". Only http and https
     * with a host are accepted; on refusal @p problem says why, for the user.
     */
    [[nodiscard]] static std::optional<QUrl> normalizeServerUrl(const QString &text, QString *problem = nullptr);
    /// The sentence shown for a failed sign-in.
    [[nodiscard]] static QString describeError(const Error &error, const QUrl &server);

Q_SIGNALS:
    /// Emitted just before the dialog accepts.
    void signedIn(const marquee::Session &session);

public Q_SLOTS:
    /// Validates the fields and starts the sign-in; what the "Sign in" button does.
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateErrorColor();
    void finish(const QFuture<Result<Session>> &future, const QUrl &server);
    void setBusy(bool busy);
    void showError(const QString &text);
    void updateSubmitEnabled();
    void trustOfferedCertificate();

    SignInFunction m_signIn;
    QUrl m_lastServer;
    QString m_offeredCertificate;  ///< shown to the user after an UntrustedCertificate error
    QString m_trustedCertificate;  ///< what the user chose to trust, for m_lastServer only
    Session m_session;
    bool m_busy = false;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    PlainLabel *m_error;
    Spinner *m_spinner;
    PlainLabel *m_busyText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_trust;
};

} // namespace marquee
