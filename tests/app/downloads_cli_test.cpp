// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-cli download / downloads as a user runs them: the real binary against the demo server in this process,
// killed with SIGKILL or stopped with Ctrl-C mid-transfer, then run again.
#include "demoserver/demoserver.h"
#include "support/testdirectory.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class DownloadsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoServerOptions options;
        options.movies = 12;
        options.series = 1;
        server = std::make_unique<DemoServer>(options);
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
        movie = server->itemIds(DemoItemKind::Movie).first();
        const CliRun set = run({QStringLiteral("settings"), QStringLiteral("downloads/folder"), folder.path()});
        ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    }

    [[nodiscard]] QStringList common() const
    {
        return {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--file-credentials"), QStringLiteral("-q")};
    }
    [[nodiscard]] QStringList signIn() const
    {
        return {QStringLiteral("--server"), server->baseUrl().toString(), QStringLiteral("--user"),
                DemoServer::userName(), QStringLiteral("--password"), DemoServer::password()};
    }

    void start(QProcess &child, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.start(QStringLiteral(MARQUEE_CLI_PATH), common() + arguments);
        ASSERT_TRUE(child.waitForStarted(10'000));
    }

    CliRun run(const QStringList &arguments, int timeoutMs = 120'000)
    {
        QProcess child;
        start(child, arguments);
        // The demo server lives on its own thread in this process: waiting here blocks nothing it needs.
        EXPECT_TRUE(child.waitForFinished(timeoutMs));
        return {child.exitCode(), QString::fromUtf8(child.readAllStandardOutput()),
                QString::fromUtf8(child.readAllStandardError())};
    }

    /// The part file under the download folder, if any.
    [[nodiscard]] QString partFile() const
    {
        QDirIterator it(folder.path(), {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    bool waitForPartSize(qint64 atLeast, int timeoutMs = 30'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const QString part = partFile();
            if (!part.isEmpty() && QFileInfo(part).size() >= atLeast)
                return true;
            QThread::msleep(20);
        }
        return false;
    }

    [[nodiscard]] QByteArray serverFile() const { return server->mediaFileBytes(movie, 0, server->mediaFileSize(movie)); }

    TestDirectory data;
    TestDirectory folder;
    std::unique_ptr<DemoServer> server;
    QString movie;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_F(DownloadsCliTest, ASigkillMidTransferResumesWithoutFetchingMoreThanOneMiBTwice)
{
    ASSERT_TRUE(server->replaceMediaFile(movie, 8 * MiB));
    server->setBandwidthLimit(2 * MiB);
    server->resetCounters();
    QProcess child;
    start(child, signIn() + QStringList{QStringLiteral("download"), movie});
    ASSERT_TRUE(waitForPartSize(3 * MiB)) << child.readAllStandardError().toStdString();
    ::kill(pid_t(child.processId()), SIGKILL); // no clean shutdown, no flush, no destructor
    ASSERT_TRUE(child.waitForFinished(10'000));
    const qint64 onDiskAtKill = QFileInfo(partFile()).size();
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    server->setBandwidthLimit(0);
    const CliRun resumed = run({QStringLiteral("download"), movie}); // the saved sign-in
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    const QString file = resumed.out.trimmed();
    EXPECT_EQ(readFile(file), serverFile()) << file.toStdString();
    EXPECT_LE(server->mediaBytesSent(), 8 * MiB + MiB) << "at most 1 MiB was fetched twice";
    std::printf("killed with %lld bytes on disk; %lld bytes sent in all for a file of %lld\n",
                static_cast<long long>(onDiskAtKill), static_cast<long long>(server->mediaBytesSent()),
                static_cast<long long>(8 * MiB));
    EXPECT_EQ(server->requestCounts().value(QStringLiteral("/Items/{itemId}/Download")), 2);
    EXPECT_TRUE(partFile().isEmpty()) << "left behind: " << partFile().toStdString();
    // The external subtitles come after the file; the command waits for them rather than leave a part behind.
    const QFileInfo downloaded(file);
    const QStringList beside =
        downloaded.dir().entryList({downloaded.completeBaseName() + QStringLiteral(".*.srt")}, QDir::Files);
    EXPECT_FALSE(beside.isEmpty()) << "no subtitle kept beside " << file.toStdString();

    const CliRun table = run({QStringLiteral("downloads")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Downloaded"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("8.0 MB"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("1 download, 8.0 MB on disk"))) << table.out.toStdString();
}

TEST_F(DownloadsCliTest, CtrlCStopsCleanlyAndTheNextRunResumes)
{
    ASSERT_TRUE(server->replaceMediaFile(movie, 6 * MiB));
    server->setBandwidthLimit(2 * MiB);
    server->resetCounters();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(MARQUEE_CLI_PATH),
                QStringList{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--file-credentials")} + signIn()
                    + QStringList{QStringLiteral("download"), movie});
    ASSERT_TRUE(child.waitForStarted(10'000));
    ASSERT_TRUE(waitForPartSize(2 * MiB));
    ::kill(pid_t(child.processId()), SIGINT);
    ASSERT_TRUE(child.waitForFinished(20'000));
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 130);
    const QString err = QString::fromUtf8(child.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("%"))) << "progress on stderr: " << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("run the same command again"))) << err.toStdString();
    EXPECT_FALSE(partFile().isEmpty()) << "what arrived is kept";

    const CliRun table = run({QStringLiteral("downloads")});
    EXPECT_TRUE(table.out.contains(QStringLiteral("Queued"))) << table.out.toStdString();

    server->setBandwidthLimit(0);
    const CliRun resumed = run({QStringLiteral("download"), movie});
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_EQ(readFile(resumed.out.trimmed()), serverFile());
    EXPECT_LE(server->mediaBytesSent(), 6 * MiB + MiB);
}

TEST_F(DownloadsCliTest, TheTableItsActionsAndClearFailures)
{
    const CliRun done = run(signIn() + QStringList{QStringLiteral("download"), movie});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const QString file = done.out.trimmed();
    ASSERT_TRUE(QFile::exists(file));
    const CliRun table = run({QStringLiteral("downloads")});
    const QString id = table.out.section(QLatin1Char('\n'), 1, 1).trimmed().section(QLatin1Char(' '), 0, 0);
    ASSERT_FALSE(id.isEmpty()) << table.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("downloads"), QStringLiteral("--pause"), QStringLiteral("9999")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("downloads"), QStringLiteral("--pause"), id, QStringLiteral("--remove"), id}).exitCode, 2);
    const CliRun removed = run({QStringLiteral("downloads"), QStringLiteral("--remove"), id});
    EXPECT_EQ(removed.exitCode, 0);
    EXPECT_TRUE(removed.out.contains(QStringLiteral("No downloads."))) << removed.out.toStdString();
    EXPECT_FALSE(QFile::exists(file));

    server->setDownloadsAllowed(false);
    const CliRun refused = run({QStringLiteral("download"), server->itemIds(DemoItemKind::Movie).at(1)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("does not allow"))) << refused.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("download")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("downloads/concurrency"), QStringLiteral("-3")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("no/such-key"), QStringLiteral("1")}).exitCode, 2);
    const CliRun settings = run({QStringLiteral("settings")});
    const auto line = [&settings](const QString &key) {
        for (const QString &row : settings.out.split(QLatin1Char('\n'))) {
            if (row.startsWith(key + QLatin1Char(' ')))
                return row;
        }
        return QString();
    };
    EXPECT_TRUE(line(QStringLiteral("downloads/concurrency")).endsWith(QStringLiteral(" 2 (default)")))
        << settings.out.toStdString();
    EXPECT_TRUE(line(QStringLiteral("downloads/folder")).contains(folder.path())) << settings.out.toStdString();
}
