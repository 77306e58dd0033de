// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiprobes.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace marquee::bench {

namespace {

/// Application-wide, so that the first paint of any child of the root counts.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *root)
        : m_root(root)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            auto *widget = qobject_cast<QWidget *>(watched);
            painted = painted || (widget && (widget == m_root || m_root->isAncestorOf(widget)));
        }
        return false;
    }

    bool painted = false;

private:
    QWidget *m_root;
};

} // namespace

std::optional<double> processUntilPainted(QWidget *root, const QElapsedTimer &since, int timeoutMs)
{
    PaintWatcher watcher(root);
    QElapsedTimer waited;
    waited.start();
    while (!watcher.painted && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    // The paint that was seen belongs to a pass that ended when processEvents returned.
    return watcher.painted ? std::optional(msSince(since)) : std::nullopt;
}

Samples scrollToEnd(QAbstractItemView *view, int timeoutMs)
{
    Samples frames;
    QScrollBar *bar = view->verticalScrollBar();
    QAbstractItemModel *model = view->model();
    bar->setValue(0);
    QCoreApplication::processEvents();
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer frame;
    while ((model->canFetchMore({}) || bar->value() < bar->maximum()) && wall.elapsed() < timeoutMs) {
        frame.start();
        // At the end of the loaded rows the view fetches more itself, but only when the value changes.
        if (bar->value() == bar->maximum() && model->canFetchMore({}))
            model->fetchMore({});
        bar->setValue(bar->value() + view->viewport()->height());
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        frames.add(msSince(frame));
    }
    return frames;
}

StallMonitor::StallMonitor()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, &StallMonitor::beat);
}

void StallMonitor::start()
{
    m_lateness = {};
    m_clock.start();
    m_lastBeatMs = 0;
    m_timer.start();
}

void StallMonitor::beat()
{
    const double now = msSince(m_clock);
    m_lateness.add(std::max(0.0, now - m_lastBeatMs - IntervalMs));
    m_lastBeatMs = now;
}

} // namespace marquee::bench
