// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace marquee {

/**
 * @brief For measuring a cold start (marquee-bench, docs/performance.md): with MARQUEE_EXIT_AFTER_FIRST_PAINT set,
 * the app prints `first-paint-ms <ms since main() began> peak-rss-kib <VmHWM>` on stdout once the given page has
 * painted, and quits.
 *
 * Without the variable nothing is installed, so an ordinary start pays nothing for it.
 */
class FirstPaintProbe : public QObject
{
public:
    static constexpr char EnvironmentVariable[] = "MARQUEE_EXIT_AFTER_FIRST_PAINT";

    /// Watches @p page (and everything on it) when the variable is set; the probe is owned by the application.
    static void installIfRequested(QWidget *page, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(QWidget *page, const QElapsedTimer &sinceStart);
    void report();

    QPointer<QWidget> m_page;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};

} // namespace marquee
