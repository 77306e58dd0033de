// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/httprequest.h"

namespace marquee {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QByteArrayLiteral("GET");
    case HttpMethod::Post: return QByteArrayLiteral("POST");
    case HttpMethod::Put: return QByteArrayLiteral("PUT");
    case HttpMethod::Delete: return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

QUrl endpointUrl(const QUrl &base, const QString &path, const QueryItems &query)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    QString encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(",")));
    }
    url.setQuery(encoded.isEmpty() ? QString() : encoded, QUrl::TolerantMode);
    return url;
}

} // namespace marquee
