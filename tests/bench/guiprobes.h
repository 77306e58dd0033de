// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samples.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QAbstractItemView;
class QWidget;

namespace marquee::bench {

/// Runs the event loop until @p root or a widget on it has painted and the pass is over; the ms since @p since, or
/// nothing if no paint came within @p timeoutMs.
std::optional<double> processUntilPainted(QWidget *root, const QElapsedTimer &since, int timeoutMs = 5000);

/// Scrolls @p view from top to bottom a viewport's height at a time, as far as its model will fetch, painting each
/// step; one sample per frame (scroll, paint, and the events it caused, fetches included).
Samples scrollToEnd(QAbstractItemView *view, int timeoutMs);

/**
 * @brief The GUI thread's heartbeat: a precise timer that should fire every IntervalMs; how late each beat comes
 * is how long the thread was busy with something else (a stall).
 */
class StallMonitor : public QObject
{
public:
    static constexpr int IntervalMs = 4;

    StallMonitor();
    void start();
    void stop() { m_timer.stop(); }
    [[nodiscard]] const Samples &lateness() const { return m_lateness; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastBeatMs = 0;
    Samples m_lateness;
};

} // namespace marquee::bench
