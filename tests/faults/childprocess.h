// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>

namespace marquee::test {

/**
 * @brief Runs this test binary again as a child process that executes one test (a "child" test that skips itself
 * when run without its environment), so that a fault test can have two real processes share a data folder.
 *
 * Children that must start at the same moment wait for a "go" file (waitForGo()); the parent creates it once every
 * child has started, so the race does not depend on how fast each process happens to start.
 */
class ChildProcess
{
public:
    static constexpr char DirectoryVariable[] = "MARQUEE_FAULT_CHILD_DIR";
    static constexpr char GoFileVariable[] = "MARQUEE_FAULT_CHILD_GO";

    /// Starts `<this binary> --gtest_filter=<test>` with the data folder and the go file in its environment.
    void start(const QString &test, const QString &directory, const QString &goFile = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(DirectoryVariable), directory);
        environment.insert(QString::fromLatin1(GoFileVariable), goFile);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=") + test});
        ASSERT_TRUE(m_process.waitForStarted(30'000));
    }

    /// Waits for the child to end; its whole output.
    QByteArray finish(int timeoutMs = 120'000)
    {
        EXPECT_TRUE(m_process.waitForFinished(timeoutMs)) << "the child did not end";
        m_output += m_process.readAll();
        return m_output;
    }

    [[nodiscard]] QProcess &process() { return m_process; }
    [[nodiscard]] bool succeeded() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    /// In a child: the data folder, or empty when this is not a child run (the test then skips itself).
    [[nodiscard]] static QString directory() { return qEnvironmentVariable(DirectoryVariable); }

    /// In a child: blocks until the parent creates the go file.
    static void waitForGo()
    {
        const QString goFile = qEnvironmentVariable(GoFileVariable);
        QDeadlineTimer deadline(60'000);
        while (!goFile.isEmpty() && !QFile::exists(goFile) && !deadline.hasExpired())
            QThread::usleep(500);
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace marquee::test
