// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httprequest.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSslError>
#include <QObject>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace marquee {

/**
 * @brief One logical request with its attempts: deadline, size cap, retries with backoff, cancellation.
 *
 * Lives on the network thread (HttpClient creates it there). The callback runs exactly once, on that thread.
 */
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    HttpExchange(QNetworkAccessManager *network, HttpRequest request, const HttpOptions &options, Callback callback,
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    /// Ends the exchange now with @p kind (Cancelled on shutdown or by the token).
    void abort(ErrorKind kind, const QString &message);
    [[nodiscard]] bool isDone() const { return m_done; }

Q_SIGNALS:
    void done();

private:
    void startAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    [[nodiscard]] bool isTrustedCertificate(const QString &presented) const;
    void abortReply(ErrorKind kind, const QString &message);
    [[nodiscard]] Error errorFromReply(QNetworkReply *reply) const;
    [[nodiscard]] bool shouldRetry(const Error &error) const;
    [[nodiscard]] int maxAttempts() const { return m_request.maxAttempts.value_or(m_options.maxAttempts); }
    [[nodiscard]] int backoffMs(const QNetworkReply *reply) const;
    [[nodiscard]] qint64 maxResponseBytes() const;
    [[nodiscard]] Error makeError(ErrorKind kind, const QString &message, int status = 0) const;
    void finish(Result<HttpResponse> result);
    void logOutcome(int status, const QString &outcome) const;

    QNetworkAccessManager *m_network;
    HttpRequest m_request;
    HttpOptions m_options;
    Callback m_callback;
    QString m_redactedUrl;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    QElapsedTimer m_attemptClock;
    QByteArray m_body;
    int m_attempt = 0;
    bool m_receivedHeaders = false;
    bool m_done = false;
    int m_cancelCallbackId = 0;
    ErrorKind m_abortKind = ErrorKind::None;
    QString m_abortMessage;
    QString m_untrustedCertificate; ///< hex SHA-256 of a certificate that failed verification
};

} // namespace marquee
