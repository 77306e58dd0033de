// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedapplication.h"

#include <QMetaEnum>
#include <QThread>
#include <algorithm>

namespace marquee::bench {

namespace {
constexpr int Kept = 8;
}

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const QString what = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/')
        + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type()));
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (m_slowest.size() < Kept || ms > m_slowest.constLast().ms) {
        const auto at = std::find_if(m_slowest.begin(), m_slowest.end(), [ms](const SlowEvent &e) { return e.ms < ms; });
        m_slowest.insert(at, {ms, what});
        if (m_slowest.size() > Kept)
            m_slowest.removeLast();
    }
    return handled;
}

void TimedApplication::startRecording()
{
    m_slowest.clear();
    m_recording = true;
}

QString TimedApplication::slowest(int count) const
{
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, m_slowest.size()); ++i)
        parts << QStringLiteral("%1 %2 ms").arg(m_slowest.at(i).what).arg(m_slowest.at(i).ms, 0, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

} // namespace marquee::bench
