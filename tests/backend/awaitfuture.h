// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QThread>
#include <gtest/gtest.h>

/// Readable QString values in gtest failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace marquee::test {

/// Waits for a backend future while letting the test thread's events (queued signals) run; bounded.
template <typename T>
Result<T> awaitResult(QFuture<Result<T>> future, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    if (!future.isFinished()) {
        ADD_FAILURE() << "future did not finish in " << timeoutMs << " ms";
        return Error{ErrorKind::Timeout, QStringLiteral("test wait expired"), {}, 0};
    }
    return future.result();
}

/// Runs the test thread's events until @p condition holds or @p timeoutMs pass; returns the condition.
template <typename Condition>
bool waitUntil(Condition condition, int timeoutMs = 3000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return condition();
}

} // namespace marquee::test
