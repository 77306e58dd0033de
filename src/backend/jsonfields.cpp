// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jsonfields.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace marquee {

Result<QJsonDocument> JsonFields::parseDocument(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return badResponse(QStringLiteral("empty body where JSON was expected"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badResponse(QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject() && !document.isArray())
        return badResponse(QStringLiteral("JSON root is neither an object nor an array"));
    return document;
}

Error JsonFields::badResponse(const QString &message)
{
    return Error{ErrorKind::BadResponse, message, {}, 0};
}

Result<QJsonObject> JsonFields::parseObject(const QByteArray &body)
{
    Result<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document.value().isObject())
        return badResponse(QStringLiteral("JSON root is not an object"));
    return document.value().object();
}

Result<QJsonArray> JsonFields::optionalArray(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray() && !value.isNull() && !value.isUndefined())
        return badResponse(QStringLiteral("\"%1\" is not an array").arg(key));
    return value.toArray();
}

QString JsonFields::string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<double> JsonFields::optDouble(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> JsonFields::optInt64(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // 2^63 itself is not representable; stay inside the range where the conversion is defined.
    if (!std::isfinite(number) || number >= 9.2e18 || number <= -9.2e18)
        return std::nullopt;
    return value.toInteger();
}

std::optional<int> JsonFields::optInt(const QJsonObject &object, QLatin1String key)
{
    const auto number = optInt64(object, key);
    if (!number || *number > std::numeric_limits<int>::max() || *number < std::numeric_limits<int>::min())
        return std::nullopt;
    return int(*number);
}

bool JsonFields::boolean(const QJsonObject &object, QLatin1String key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QJsonObject JsonFields::object(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toObject();
}

QJsonArray JsonFields::array(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toArray();
}

QStringList JsonFields::stringList(const QJsonObject &object, QLatin1String key)
{
    QStringList list;
    const QJsonArray values = array(object, key);
    for (const QJsonValue &value : values) {
        if (value.isString())
            list.append(value.toString());
    }
    return list;
}

std::optional<qint64> JsonFields::parseDateMs(const QString &text)
{
    // Jellyfin writes 7 fraction digits ("…56.0000000Z"); Qt reads at most 3, so trim to milliseconds.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString normalized = match.captured(1);
    const QString fraction = match.captured(2);
    if (!fraction.isEmpty())
        normalized += QLatin1Char('.') + QString(fraction + QStringLiteral("00")).left(3);
    const QString zone = match.captured(3);
    normalized += zone.isEmpty() ? QStringLiteral("Z") : zone;
    const QDateTime dateTime = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toMSecsSinceEpoch();
}

QString JsonFields::formatDateMs(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace marquee
