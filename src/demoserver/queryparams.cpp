// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/queryparams.h"

#include "demoserver/demoformat.h"

namespace marquee {

QueryParams::QueryParams(const QUrl &url, QStringList declared)
{
    for (QString &name : declared)
        name = name.toLower();
    m_declaredLower = std::move(declared);
    const QString raw = url.query(QUrl::FullyEncoded);
    for (const QStringView pair : QStringView(raw).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        auto decode = [](QStringView part) {
            QString s = part.toString();
            s.replace(QLatin1Char('+'), QLatin1Char(' '));
            return QUrl::fromPercentEncoding(s.toUtf8());
        };
        const QString name = decode(eq < 0 ? pair : pair.left(eq)).toLower();
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        m_values[name].append(value);
    }
}

void QueryParams::checkDeclared(QLatin1String name) const
{
    Q_ASSERT_X(m_declaredLower.contains(QString(name).toLower()), "QueryParams",
               "a route reads a query parameter it did not declare");
    Q_UNUSED(name);
}

bool QueryParams::has(QLatin1String name) const
{
    checkDeclared(name);
    const auto it = m_values.constFind(QString(name).toLower());
    return it != m_values.cend() && !it->constFirst().isEmpty();
}

QString QueryParams::value(QLatin1String name) const
{
    checkDeclared(name);
    const auto it = m_values.constFind(QString(name).toLower());
    return it == m_values.cend() ? QString() : it->join(QLatin1Char(','));
}

std::optional<int> QueryParams::intValue(QLatin1String name) const
{
    bool ok = false;
    const int v = value(name).toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<qint64> QueryParams::int64Value(QLatin1String name) const
{
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> QueryParams::boolValue(QLatin1String name) const
{
    const QString v = value(name).trimmed();
    if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<qint64> QueryParams::dateValue(QLatin1String name) const
{
    const QString v = value(name);
    return v.isEmpty() ? std::nullopt : DemoFormat::parseDate(v);
}

QStringList QueryParams::list(QLatin1String name, QChar separator) const
{
    QStringList out;
    for (const QString &part : value(name).split(separator == QLatin1Char(',') ? QLatin1Char(',') : separator,
                                                 Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QStringList QueryParams::undeclaredNames() const
{
    QStringList out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!m_declaredLower.contains(it.key()))
            out.append(it.key());
    }
    return out;
}

} // namespace marquee
