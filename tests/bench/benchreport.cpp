// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace marquee::bench {

namespace {

QString number(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale::c().toString(value, 'f', decimals);
}

QString formatted(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("-");
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonFloor(const std::optional<Floor> &floor)
{
    if (!floor)
        return {};
    return QJsonObject{{QStringLiteral("atLeast"), floor->kind == Floor::Kind::AtLeast},
                       {QStringLiteral("value"), floor->value}};
}

std::optional<Floor> floorFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject floor = value.toObject();
    return Floor{floor.value(QLatin1String("atLeast")).toBool() ? Floor::Kind::AtLeast : Floor::Kind::AtMost,
                 floor.value(QLatin1String("value")).toDouble()};
}

std::optional<double> numberFromJson(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

} // namespace

QString Floor::text() const
{
    return (kind == Kind::AtLeast ? QStringLiteral(">= ") : QStringLiteral("<= ")) + number(value);
}

std::optional<double> Figure::ratio() const
{
    if (!marquee || !baseline || *baseline == 0)
        return std::nullopt;
    return *marquee / *baseline;
}

QString Figure::verdict() const
{
    if (!marquee)
        return QStringLiteral("not built yet");
    if (!floor && !ratioFloor)
        return QStringLiteral("-");
    const bool valueMet = !floor || floor->isMetBy(*marquee);
    const std::optional<double> r = ratio();
    const bool ratioMet = !ratioFloor || (r && ratioFloor->isMetBy(*r));
    return valueMet && ratioMet ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString BenchReport::table() const
{
    const QStringList header{QStringLiteral("scenario"), QStringLiteral("metric"), QStringLiteral("marquee"),
                             QStringLiteral("baseline"), QStringLiteral("ratio"), QStringLiteral("floor"),
                             QStringLiteral("verdict"), QStringLiteral("baseline is")};
    QList<QStringList> rows{header};
    for (const Figure &figure : m_figures) {
        QStringList floors;
        if (figure.floor)
            floors << figure.floor->text();
        if (figure.ratioFloor)
            floors << QStringLiteral("ratio ") + figure.ratioFloor->text();
        rows.append({figure.scenario, figure.metric, formatted(figure.marquee), formatted(figure.baseline),
                     formatted(figure.ratio()), floors.join(QStringLiteral(", ")), figure.verdict(),
                     figure.baselineName + (figure.note.isEmpty() ? QString() : QStringLiteral(" (") + figure.note + QLatin1Char(')'))});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c + 1 == row.size() ? row[c] : padded(row[c], widths[c]));
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral("\n");
    }
    return text;
}

QByteArray BenchReport::json(const QString &settings) const
{
    QJsonArray figures;
    for (const Figure &figure : m_figures) {
        figures.append(QJsonObject{{QStringLiteral("scenario"), figure.scenario},
                                   {QStringLiteral("metric"), figure.metric},
                                   {QStringLiteral("marquee"), jsonNumber(figure.marquee)},
                                   {QStringLiteral("baseline"), jsonNumber(figure.baseline)},
                                   {QStringLiteral("baselineName"), figure.baselineName},
                                   {QStringLiteral("ratio"), jsonNumber(figure.ratio())},
                                   {QStringLiteral("floor"), jsonFloor(figure.floor)},
                                   {QStringLiteral("ratioFloor"), jsonFloor(figure.ratioFloor)},
                                   {QStringLiteral("verdict"), figure.verdict()},
                                   {QStringLiteral("note"), figure.note}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("settings"), settings}, {QStringLiteral("figures"), figures}})
        .toJson(QJsonDocument::Indented);
}

QList<Figure> BenchReport::figuresFromJson(const QByteArray &json)
{
    QList<Figure> figures;
    const QJsonArray array = QJsonDocument::fromJson(json).object().value(QLatin1String("figures")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject figure = value.toObject();
        figures.append({figure.value(QLatin1String("scenario")).toString(), figure.value(QLatin1String("metric")).toString(),
                        numberFromJson(figure.value(QLatin1String("marquee"))),
                        numberFromJson(figure.value(QLatin1String("baseline"))),
                        figure.value(QLatin1String("baselineName")).toString(),
                        floorFromJson(figure.value(QLatin1String("floor"))),
                        floorFromJson(figure.value(QLatin1String("ratioFloor"))),
                        figure.value(QLatin1String("note")).toString()});
    }
    return figures;
}

} // namespace marquee::bench
