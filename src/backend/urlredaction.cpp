// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/urlredaction.h"

#include <QUrlQuery>

namespace marquee {

bool isSecretQueryKey(const QString &key)
{
    static const QStringList secretKeys = {
        QStringLiteral("api_key"),      QStringLiteral("apikey"),          QStringLiteral("token"),
        QStringLiteral("access_token"), QStringLiteral("x-emby-token"),    QStringLiteral("x-mediabrowser-token"),
        QStringLiteral("x-plex-token"), QStringLiteral("password"),        QStringLiteral("pw"),
    };
    return secretKeys.contains(key.toLower());
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery kept;
        for (const auto &[key, value] : items) {
            if (isSecretQueryKey(QUrl::fromPercentEncoding(key.toUtf8())))
                continue;
            kept.addQueryItem(key, value);
        }
        copy.setQuery(kept.query(QUrl::FullyEncoded), QUrl::StrictMode);
        if (kept.isEmpty())
            copy.setQuery(QString());
    }
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace marquee
