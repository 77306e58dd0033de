// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/httpexchange.h"

#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace marquee {

namespace {

/// The Date header ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110's only form for senders): the server's clock, which
/// watermarks are kept in. Qt's RFC 2822 parser takes "+0000" but not "GMT", so that form is read here.
std::optional<qint64> serverTimeOf(const QNetworkReply *reply)
{
    const QString date = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Date")).trimmed());
    if (date.isEmpty())
        return std::nullopt;
    QDateTime parsed;
    if (date.endsWith(QLatin1String(" GMT"))) {
        parsed = QLocale::c().toDateTime(date.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        parsed.setTimeZone(QTimeZone::utc());
    } else {
        parsed = QDateTime::fromString(date, Qt::RFC2822Date);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

/// Network failures where the server was reached and then went away: worth another try for a read.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString networkErrorText(QNetworkReply::NetworkError error)
{
    // Never QNetworkReply::errorString(): Qt puts the full URL, query and all, into it.
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError: return QStringLiteral("connection closed by the server");
    case QNetworkReply::HostNotFoundError: return QStringLiteral("host not found");
    case QNetworkReply::SslHandshakeFailedError: return QStringLiteral("TLS handshake failed");
    case QNetworkReply::TooManyRedirectsError: return QStringLiteral("too many redirects");
    case QNetworkReply::InsecureRedirectError: return QStringLiteral("redirect refused");
    default: break;
    }
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QStringLiteral("network error %1").arg(int(error));
}

QString certificateSha256(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, HttpRequest request, const HttpOptions &options,
                           Callback callback, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_options(options)
    , m_callback(std::move(callback))
    , m_redactedUrl(redactedUrl(m_request.url))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    connect(&m_backoff, &QTimer::timeout, this, &HttpExchange::startAttempt);
}

HttpExchange::~HttpExchange()
{
    if (m_cancelCallbackId)
        m_request.cancel.removeCallback(m_cancelCallbackId);
    blockSignals(true); // no done() from a dying object; the callback still runs
    if (!m_done)
        abort(ErrorKind::Cancelled, QStringLiteral("shut down"));
}

void HttpExchange::start()
{
    m_clock.start();
    m_cancelCallbackId = m_request.cancel.addCallback([this] {
        // Runs in whichever thread cancelled; hop to ours. Dropped if we are gone by then.
        QMetaObject::invokeMethod(this, [this] { abort(ErrorKind::Cancelled, QStringLiteral("cancelled")); },
                                  Qt::QueuedConnection);
    });
    // Already cancelled: the abort posted above ends it, and the server never hears of it.
    if (!m_done && !m_request.cancel.isCancelled())
        startAttempt();
}

void HttpExchange::startAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_body.clear();
    m_receivedHeaders = false;
    m_abortKind = ErrorKind::None;

    QNetworkRequest request(m_request.url);
    // Same origin only: a redirect elsewhere must not carry the Authorization header along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader(QByteArrayLiteral("Accept"), m_request.accept);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);

    const QByteArray verb = httpMethodName(m_request.method);
    if (m_request.method == HttpMethod::Get)
        m_reply = m_network->get(request);
    else if (m_request.method == HttpMethod::Delete)
        m_reply = m_network->deleteResource(request);
    else if (m_request.method == HttpMethod::Put)
        m_reply = m_network->put(request, m_request.body);
    else
        m_reply = m_network->post(request, m_request.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpExchange::onEncrypted);
    m_attemptClock.start();
    m_deadline.start(m_request.timeoutMs.value_or(m_options.timeoutMs));
}

void HttpExchange::onMetaDataChanged()
{
    m_receivedHeaders = true;
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > maxResponseBytes())
        abortReply(ErrorKind::TooLarge, QStringLiteral("announced %1 bytes, limit %2").arg(length).arg(maxResponseBytes()));
}

void HttpExchange::onReadyRead()
{
    if (!m_reply || m_abortKind != ErrorKind::None)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > maxResponseBytes()) {
        abortReply(ErrorKind::TooLarge, QStringLiteral("more than %1 bytes").arg(maxResponseBytes()));
    }
}

bool HttpExchange::isTrustedCertificate(const QString &presented) const
{
    return !m_request.trustedCertificateSha256.isEmpty()
           && presented == QString::fromLatin1(m_request.trustedCertificateSha256).toLower();
}

void HttpExchange::onSslErrors(const QList<QSslError> &errors)
{
    const QString presented = certificateSha256(m_reply->sslConfiguration().peerCertificate());
    // Only the very certificate the user accepted for this server, and only its errors (self-signed, wrong name).
    if (isTrustedCertificate(presented))
        m_reply->ignoreSslErrors(errors);
    else
        m_untrustedCertificate = presented;
}

void HttpExchange::onEncrypted()
{
    // A pinned server that now shows another certificate is refused even if a CA vouches for it.
    const QString presented = certificateSha256(m_reply->sslConfiguration().peerCertificate());
    if (m_request.trustedCertificateSha256.isEmpty() || isTrustedCertificate(presented))
        return;
    m_untrustedCertificate = presented;
    abortReply(ErrorKind::UntrustedCertificate, QStringLiteral("the server shows another certificate than the trusted one"));
}

void HttpExchange::onDeadline()
{
    const int timeoutMs = m_request.timeoutMs.value_or(m_options.timeoutMs);
    abortReply(ErrorKind::Timeout, QStringLiteral("no complete answer in %1 ms").arg(timeoutMs));
}

void HttpExchange::abortReply(ErrorKind kind, const QString &message)
{
    if (!m_reply || m_abortKind != ErrorKind::None)
        return;
    m_abortKind = kind;
    m_abortMessage = message;
    m_reply->abort(); // emits finished() → onFinished()
}

void HttpExchange::abort(ErrorKind kind, const QString &message)
{
    if (m_done)
        return;
    m_backoff.stop();
    if (m_reply) {
        abortReply(kind, message);
        // A reply that had already finished but whose finished() is still queued: end here.
        if (!m_done)
            finish(makeError(kind, message));
    } else {
        finish(makeError(kind, message));
    }
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    m_deadline.stop();
    if (m_done)
        return;
    if (m_abortKind == ErrorKind::None)
        m_body += reply->readAll();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error error = errorFromReply(reply);
    if (!error.isError() && m_body.size() > maxResponseBytes())
        error = makeError(ErrorKind::TooLarge, QStringLiteral("more than %1 bytes").arg(maxResponseBytes()), status);
    bool truncated = false;
    if (!error.isError()) {
        // QNAM reports success when the server closes before Content-Length bytes; a half body is not a body.
        // (With a Content-Encoding the header counts compressed bytes, so only check identity bodies.)
        bool ok = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
        if (ok && m_body.size() < announced && (encoding.isEmpty() || encoding == "identity")) {
            truncated = true;
            error = makeError(ErrorKind::Offline,
                              QStringLiteral("connection closed after %1 of %2 bytes").arg(m_body.size()).arg(announced),
                              status);
        }
    }

    if (!error.isError()) {
        logOutcome(status, QStringLiteral("ok"));
        HttpResponse response;
        response.status = status;
        response.body = std::exchange(m_body, {});
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.url = m_redactedUrl;
        response.attempts = m_attempt;
        response.elapsedMs = m_clock.elapsed();
        response.serverTimeMs = serverTimeOf(reply);
        finish(std::move(response));
        return;
    }

    const bool retry = shouldRetry(error)
        || (error.kind == ErrorKind::Offline && m_request.isIdempotent() && m_attempt < maxAttempts()
            && (truncated || m_receivedHeaders || isTransientNetworkError(reply->error())));
    logOutcome(status, retry ? error.message + QStringLiteral(", retrying") : error.message);
    if (retry) {
        m_backoff.start(backoffMs(reply));
        return;
    }
    finish(std::move(error));
}

Error HttpExchange::errorFromReply(QNetworkReply *reply) const
{
    if (m_abortKind != ErrorKind::None)
        return makeError(m_abortKind, m_abortMessage);
    if (!m_untrustedCertificate.isEmpty() && reply->error() == QNetworkReply::SslHandshakeFailedError) {
        Error error = makeError(ErrorKind::UntrustedCertificate, {});
        error.message = QStringLiteral("the server's certificate is not trusted (SHA-256 %1)").arg(error.certificateFingerprint());
        return error;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        return {};
    if (status == 401)
        return makeError(ErrorKind::Unauthorized, QStringLiteral("HTTP 401: the server no longer accepts the sign-in"), status);
    if (status >= 500)
        return makeError(ErrorKind::ServerError, QStringLiteral("HTTP %1").arg(status), status);
    if (status >= 400)
        return makeError(ErrorKind::ClientError, QStringLiteral("HTTP %1").arg(status), status);
    if (status > 0)
        return makeError(ErrorKind::BadResponse, QStringLiteral("unexpected HTTP %1").arg(status), status);
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return makeError(ErrorKind::Cancelled, QStringLiteral("cancelled"));
    if (reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorKind::Timeout, QStringLiteral("transfer timed out"));
    return makeError(ErrorKind::Offline, networkErrorText(reply->error()));
}

bool HttpExchange::shouldRetry(const Error &error) const
{
    if (!m_request.isIdempotent() || m_attempt >= maxAttempts() || m_request.cancel.isCancelled())
        return false;
    return error.kind == ErrorKind::ServerError || error.kind == ErrorKind::Timeout;
}

int HttpExchange::backoffMs(const QNetworkReply *reply) const
{
    // 503 while the server starts carries Retry-After in seconds; honour it within our ceiling.
    bool ok = false;
    const int retryAfterSeconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
    if (ok && retryAfterSeconds >= 0)
        return std::min(retryAfterSeconds * 1000, m_options.backoffMaxMs);
    const double base = double(m_options.backoffBaseMs) * double(1 << std::min(m_attempt - 1, 16));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // [0.5, 1.5)
    return int(std::min(base * jitter, double(m_options.backoffMaxMs)));
}

qint64 HttpExchange::maxResponseBytes() const
{
    return m_request.maxResponseBytes.value_or(m_options.maxResponseBytes);
}

Error HttpExchange::makeError(ErrorKind kind, const QString &message, int status) const
{
    Error error;
    error.kind = kind;
    error.message = message;
    error.url = QString::fromLatin1(httpMethodName(m_request.method)) + QLatin1Char(' ') + m_redactedUrl;
    error.httpStatus = status;
    if (kind == ErrorKind::UntrustedCertificate)
        error.certificateSha256 = m_untrustedCertificate;
    return error;
}

void HttpExchange::finish(Result<HttpResponse> result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_backoff.stop();
    if (!result.ok() && result.error().kind == ErrorKind::Cancelled)
        logOutcome(0, result.error().message);
    auto callback = std::exchange(m_callback, {});
    if (callback)
        callback(std::move(result));
    Q_EMIT done();
}

void HttpExchange::logOutcome(int status, const QString &outcome) const
{
    qCDebug(lcBackend).noquote() << httpMethodName(m_request.method) << m_redactedUrl << "status" << status << "bytes"
                                 << m_body.size() << "attempt" << m_attempt << "in" << m_attemptClock.elapsed() << "ms:"
                                 << outcome;
}

} // namespace marquee
