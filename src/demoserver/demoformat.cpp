// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoformat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace marquee::DemoFormat {

QString idFromBits(quint64 high, quint64 low)
{
    return QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
}

QString normalizeId(QStringView id)
{
    QString out;
    out.reserve(32);
    for (const QChar c : id) {
        if (c == QLatin1Char('-') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            continue;
        out.append(c.toLower());
    }
    return out;
}

QString formatDate(qint64 msSinceEpoch)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    // Jellyfin prints 100 ns precision; we keep milliseconds and pad.
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

std::optional<qint64> parseDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 ms = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const QString zone = m.captured(8);
    if (zone.size() > 1) { // an offset: local = UTC + offset
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
        ms -= (zone.startsWith(QLatin1Char('-')) ? -1 : 1) * qint64(minutes) * 60'000;
    }
    return ms;
}

QByteArray httpDate(qint64 msSinceEpoch)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return QLocale::c().toString(dt, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
}

QString md5Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

} // namespace marquee::DemoFormat
