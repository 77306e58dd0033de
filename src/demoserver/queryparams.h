// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace marquee {

/**
 * @brief A request's query string, read the way ASP.NET binds it: names match case-insensitively,
 * `+` is a space, values are percent-decoded, repeated names join into a list.
 *
 * Each route declares the names it reads; reading an undeclared name is a programming error
 * (asserted), so the declared lists (served at `/Demo/Routes`, checked against the spec by the
 * contract test) are exactly what the server understands.
 */
class QueryParams
{
public:
    QueryParams() = default;
    QueryParams(const QUrl &url, QStringList declared);

    [[nodiscard]] bool has(QLatin1String name) const;
    [[nodiscard]] QString value(QLatin1String name) const;
    [[nodiscard]] std::optional<int> intValue(QLatin1String name) const;
    [[nodiscard]] std::optional<qint64> int64Value(QLatin1String name) const;
    [[nodiscard]] std::optional<bool> boolValue(QLatin1String name) const;
    [[nodiscard]] std::optional<qint64> dateValue(QLatin1String name) const;
    /// Splits on @p separator (',' for most arrays; '|' for genres, studios, ...), drops empties.
    [[nodiscard]] QStringList list(QLatin1String name, QChar separator = QLatin1Char(',')) const;
    /// Names present in the request that the route did not declare (ignored, as the real server does).
    [[nodiscard]] QStringList undeclaredNames() const;

private:
    void checkDeclared(QLatin1String name) const;

    QHash<QString, QStringList> m_values; // lower-cased name -> values
    QStringList m_declaredLower;
};

} // namespace marquee
