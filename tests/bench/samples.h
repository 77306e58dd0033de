// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QElapsedTimer>
#include <algorithm>

namespace marquee::bench {

/// Milliseconds since @p timer started, with sub-millisecond precision.
inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// @brief Measurements of one figure, summarised the way docs/performance.md reports them.
class Samples
{
public:
    void add(double value) { m_values.append(value); }
    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }
    [[nodiscard]] qsizetype count() const { return m_values.size(); }
    [[nodiscard]] double median() const { return percentile(50); }
    [[nodiscard]] double max() const { return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend()); }
    /// Nearest-rank percentile; 0 when empty.
    [[nodiscard]] double percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5);
        return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
    }

private:
    QList<double> m_values;
};

} // namespace marquee::bench
