// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace marquee {

/**
 * @brief Tolerant readers for server JSON: a missing, null or wrong-typed field reads as "absent",
 * never as a crash or an exception.
 */
class JsonFields
{
public:
    /// The body as a JSON object, or ErrorKind::BadResponse (not JSON, truncated, HTML, array root …).
    /// The error for a body that is not what the API promises.
    [[nodiscard]] static Error badResponse(const QString &message);
    [[nodiscard]] static Result<QJsonObject> parseObject(const QByteArray &body);
    /// The array under @p key: empty when the key is missing or null, a BadResponse when it holds anything else.
    [[nodiscard]] static Result<QJsonArray> optionalArray(const QJsonObject &object, QLatin1String key);
    /// The body as a JSON document whose root is an object or an array, or BadResponse.
    [[nodiscard]] static Result<QJsonDocument> parseDocument(const QByteArray &body);

    [[nodiscard]] static QString string(const QJsonObject &object, QLatin1String key);
    [[nodiscard]] static std::optional<int> optInt(const QJsonObject &object, QLatin1String key);
    [[nodiscard]] static std::optional<qint64> optInt64(const QJsonObject &object, QLatin1String key);
    [[nodiscard]] static std::optional<double> optDouble(const QJsonObject &object, QLatin1String key);
    [[nodiscard]] static bool boolean(const QJsonObject &object, QLatin1String key, bool fallback = false);
    [[nodiscard]] static QJsonObject object(const QJsonObject &object, QLatin1String key);
    [[nodiscard]] static QJsonArray array(const QJsonObject &object, QLatin1String key);
    /// The string elements of an array; other elements are skipped.
    [[nodiscard]] static QStringList stringList(const QJsonObject &object, QLatin1String key);

    /// UTC ms from an ISO 8601 date-time: 0–7 fraction digits, `Z`, an offset or nothing (taken as UTC).
    [[nodiscard]] static std::optional<qint64> parseDateMs(const QString &text);
    /// `2024-05-01T12:34:56.000Z`
    [[nodiscard]] static QString formatDateMs(qint64 utcMs);
};

} // namespace marquee
