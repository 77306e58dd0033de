// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace marquee::bench {

/// A limit a figure is held to: at least or at most a value.
struct Floor
{
    enum class Kind { AtLeast, AtMost };
    Kind kind = Kind::AtLeast;
    double value = 0;

    [[nodiscard]] bool isMetBy(double figure) const { return kind == Kind::AtLeast ? figure >= value : figure <= value; }
    [[nodiscard]] QString text() const;
};

[[nodiscard]] inline Floor atLeast(double value) { return {Floor::Kind::AtLeast, value}; }
[[nodiscard]] inline Floor atMost(double value) { return {Floor::Kind::AtMost, value}; }

/// @brief One line of the table: Marquee's figure beside the baseline measured in the same run.
struct Figure
{
    QString scenario; ///< "1 full refresh" …
    QString metric;   ///< what was measured, with its unit ("items/s", "ms" …)
    std::optional<double> marquee; ///< unset: the scenario is not built yet
    std::optional<double> baseline;
    QString baselineName;
    std::optional<Floor> floor;        ///< on Marquee's figure
    std::optional<Floor> ratioFloor;   ///< on marquee ÷ baseline
    QString note;

    [[nodiscard]] std::optional<double> ratio() const;
    /// "met", "MISSED", "-" (no floor) or "not built yet".
    [[nodiscard]] QString verdict() const;
};

/// @brief Collects the figures of a run and prints them as a table or as JSON.
class BenchReport
{
public:
    void add(Figure figure) { m_figures.append(std::move(figure)); }
    [[nodiscard]] const QList<Figure> &figures() const { return m_figures; }
    [[nodiscard]] QString table() const;
    [[nodiscard]] QByteArray json(const QString &settings) const;
    /// Reads the figures back from json(), e.g. from a child process; empty when @p json is not such a report.
    [[nodiscard]] static QList<Figure> figuresFromJson(const QByteArray &json);

private:
    QList<Figure> m_figures;
};

} // namespace marquee::bench
