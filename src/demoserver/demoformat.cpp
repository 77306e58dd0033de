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

namespace {

/// Writes @p value as @p width decimal digits (zero-padded) at @p out.
void putDigits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

/// Year, month, day of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

} // namespace

QString formatDate(qint64 msSinceEpoch)
{
    // Pages print two or three dates per item; QDateTime::toString() with a format is the slow way.
    constexpr qint64 DayMs = 86'400'000;
    qint64 days = msSinceEpoch / DayMs;
    qint64 msOfDay = msSinceEpoch % DayMs;
    if (msOfDay < 0) {
        msOfDay += DayMs;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
        // Jellyfin prints 100 ns precision; we keep milliseconds and pad.
        return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
    }
    char text[] = "0000-00-00T00:00:00.0000000Z";
    putDigits(text, year, 4);
    putDigits(text + 5, month, 2);
    putDigits(text + 8, day, 2);
    putDigits(text + 11, msOfDay / 3'600'000, 2);
    putDigits(text + 14, msOfDay / 60'000 % 60, 2);
    putDigits(text + 17, msOfDay / 1000 % 60, 2);
    putDigits(text + 20, msOfDay % 1000, 3);
    return QString::fromLatin1(text, qsizetype(sizeof(text) - 1));
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
