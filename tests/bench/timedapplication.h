// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>

namespace marquee::bench {

/**
 * @brief A QApplication that times each event the GUI thread handles at the top of its loop, while recording, and
 * keeps the slowest: what they were delivered to says what a stall or a slow frame was made of.
 */
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;
    void startRecording();
    void stopRecording() { m_recording = false; }
    /// The @p count slowest events since startRecording(), e.g. "marquee::LibraryPage/Timer 41.2 ms".
    [[nodiscard]] QString slowest(int count) const;

    [[nodiscard]] static TimedApplication *instance() { return static_cast<TimedApplication *>(qApp); }

private:
    struct SlowEvent
    {
        double ms = 0;
        QString what;
    };

    bool m_recording = false;
    int m_depth = 0;
    QList<SlowEvent> m_slowest; ///< sorted, slowest first
};

} // namespace marquee::bench
