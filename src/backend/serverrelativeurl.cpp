// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/serverrelativeurl.h"

#include <QUrlQuery>

namespace marquee {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

ServerRelativeUrl ServerRelativeUrl::resolve(const QString &given, const QUrl &server,
                                             const QStringList &credentialNames)
{
    const QUrl url(given);
    ServerRelativeUrl resolved;
    if (!url.isValid() || given.isEmpty())
        return resolved;
    if (!url.isRelative()
        && (url.scheme() != server.scheme() || url.host() != server.host() || portOf(url) != portOf(server))) {
        resolved.kind = Kind::OtherSite;
        resolved.otherSite = url;
        return resolved;
    }
    resolved.kind = Kind::OnServer;
    const QUrlQuery givenQuery(url.query(QUrl::FullyEncoded));
    for (const auto &[name, value] : givenQuery.queryItems(QUrl::FullyDecoded)) {
        if (!credentialNames.contains(name, Qt::CaseInsensitive))
            resolved.query.append({name, value});
    }
    resolved.path = url.path(QUrl::FullyDecoded);
    if (!url.isRelative()) {
        // An absolute address on this server already holds its base path.
        const QString base = server.path(QUrl::FullyDecoded);
        if (!base.isEmpty() && base != QLatin1String("/") && resolved.path.startsWith(base))
            resolved.path = resolved.path.mid(base.size());
    }
    if (!resolved.path.startsWith(QLatin1Char('/')))
        resolved.path.prepend(QLatin1Char('/'));
    return resolved;
}

} // namespace marquee
