// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/canceltoken.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace marquee {

enum class HttpMethod { Get, Post, Put, Delete };

[[nodiscard]] QByteArray httpMethodName(HttpMethod method);

using QueryItems = QList<QPair<QString, QString>>;

/// @p path (starting with '/') under @p base's path, with @p query percent-encoded ('+' included, commas kept).
[[nodiscard]] QUrl endpointUrl(const QUrl &base, const QString &path, const QueryItems &query = {});

/// Limits that every request gets unless it overrides them.
struct HttpOptions
{
    int timeoutMs = 30'000;                 ///< total deadline per attempt (a trickling server still times out)
    int maxAttempts = 3;                    ///< for idempotent reads; writes are sent once
    int backoffBaseMs = 500;                ///< first retry after ~base, then doubling, ±50 % jitter
    int backoffMaxMs = 10'000;
    qint64 maxResponseBytes = 64LL << 20;   ///< 64 MiB
};

/// One HTTP exchange as the backend asks for it. Headers must not be logged: they carry the token.
struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    std::optional<int> timeoutMs; ///< overrides HttpOptions::timeoutMs
    std::optional<qint64> maxResponseBytes; ///< overrides HttpOptions::maxResponseBytes
    std::optional<int> maxAttempts;         ///< overrides HttpOptions::maxAttempts (1: a probe that must not wait)
    QByteArray accept = QByteArrayLiteral("application/json");
    /// Hex SHA-256 of the one certificate the user chose to trust for this server (self-signed). When set, only
    /// that certificate is accepted, whatever a CA says; when empty, the system's CAs decide.
    QByteArray trustedCertificateSha256;
    CancelToken cancel;

    /// Only reads are retried: a repeated POST could apply twice.
    [[nodiscard]] bool isIdempotent() const { return method == HttpMethod::Get; }
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString url; ///< redacted
    int attempts = 1;
    qint64 elapsedMs = 0;
    std::optional<qint64> serverTimeMs; ///< the Date header (UTC ms, whole seconds); unset when absent or unreadable
};

} // namespace marquee
