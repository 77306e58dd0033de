// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/firstpaintprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace marquee {

FirstPaintProbe::FirstPaintProbe(QWidget *page, const QElapsedTimer &sinceStart)
    : QObject(QCoreApplication::instance())
    , m_page(page)
    , m_sinceStart(sinceStart)
{
    // Application-wide: the page's children (rows of posters) paint in the same pass as the page.
    QCoreApplication::instance()->installEventFilter(this);
}

void FirstPaintProbe::installIfRequested(QWidget *page, const QElapsedTimer &sinceStart)
{
    if (page && qEnvironmentVariableIsSet(EnvironmentVariable))
        new FirstPaintProbe(page, sinceStart);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_painted || !m_page)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (widget && (widget == m_page || m_page->isAncestorOf(widget))) {
        m_painted = true;
        // Queued, so the whole window has painted and been flushed when the time is taken.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return false;
}

namespace {
/// The process's peak resident memory so far (VmHWM), in KiB; 0 where procfs has no such line.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

void FirstPaintProbe::report()
{
    // The peak is read here because a parent cannot see it: rusage of a spawned child counts the parent's memory too.
    std::printf("first-paint-ms %.2f peak-rss-kib %lld\n", double(m_sinceStart.nsecsElapsed()) / 1e6,
                peakResidentKiB());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace marquee
