// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoauth.h"

#include "demoserver/demoformat.h"

#include <QRandomGenerator>
#include <QUrl>

namespace marquee {

std::optional<DemoAuthHeader> DemoAuth::parseHeader(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value).trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0 || text.left(space).compare(QLatin1String("MediaBrowser"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // Split on commas outside quotes.
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : QStringView(text).mid(space + 1)) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    DemoAuthHeader header;
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = part.left(eq).trimmed();
        QString raw = part.mid(eq + 1).trimmed();
        if (raw.startsWith(QLatin1Char('"')))
            raw.remove(0, 1);
        if (raw.endsWith(QLatin1Char('"')))
            raw.chop(1);
        raw.replace(QLatin1Char('+'), QLatin1Char(' '));
        const QString decoded = QUrl::fromPercentEncoding(raw.toUtf8());
        if (key == QLatin1String("Client"))
            header.client = decoded;
        else if (key == QLatin1String("Device"))
            header.device = decoded;
        else if (key == QLatin1String("DeviceId"))
            header.deviceId = decoded;
        else if (key == QLatin1String("Version"))
            header.version = decoded;
        else if (key == QLatin1String("Token"))
            header.token = decoded;
    }
    return header;
}

DemoSession &DemoAuth::createSession(const QString &userId, const DemoAuthHeader &header)
{
    DemoSession session;
    auto *rng = QRandomGenerator::global();
    session.token = DemoFormat::idFromBits(rng->generate64(), rng->generate64());
    session.sessionId = DemoFormat::idFromBits(rng->generate64(), ++m_serial);
    session.userId = userId;
    session.deviceId = header.deviceId;
    session.client = header.client;
    session.device = header.device;
    session.version = header.version;
    return *m_sessions.insert(session.token, session);
}

const DemoSession *DemoAuth::find(const QString &token) const
{
    const auto it = m_sessions.constFind(token);
    return it == m_sessions.cend() ? nullptr : &it.value();
}

bool DemoAuth::revoke(const QString &token)
{
    return m_sessions.remove(token) > 0;
}

} // namespace marquee
