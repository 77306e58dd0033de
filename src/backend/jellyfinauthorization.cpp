// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinauthorization.h"

#include <QRegularExpression>
#include <QUrl>

namespace marquee {

QByteArray JellyfinAuthorization::encodeValue(const QString &value)
{
    static const QRegularExpression newlines(QStringLiteral("[\\r\\n]+"));
    QString cleaned = value.trimmed();
    cleaned.replace(newlines, QStringLiteral(" "));
    return QUrl::toPercentEncoding(cleaned);
}

QByteArray JellyfinAuthorization::headerValue(const ClientIdentity &identity, const QString &token)
{
    QByteArray header = QByteArrayLiteral("MediaBrowser Client=\"") + encodeValue(identity.client)
        + QByteArrayLiteral("\", Device=\"") + encodeValue(identity.device)
        + QByteArrayLiteral("\", DeviceId=\"") + encodeValue(identity.deviceId)
        + QByteArrayLiteral("\", Version=\"") + encodeValue(identity.version) + '"';
    if (!token.isEmpty())
        header += QByteArrayLiteral(", Token=\"") + encodeValue(token) + '"';
    return header;
}

} // namespace marquee
