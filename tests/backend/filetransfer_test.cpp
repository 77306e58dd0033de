// SPDX-License-Identifier: GPL-3.0-or-later
// Files streamed to disk from the demo server's /Items/{id}/Download: whole, resumed, restarted when the file
// changed, refused, capped, cancelled.
#include "backend/filedownloader.h"
#include "support/demosession.h"
#include "support/testdirectory.h"

#include <QElapsedTimer>
#include <QFile>

using namespace marquee;
using namespace marquee::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class FileTransferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        movie = demo.server().itemIds(DemoItemKind::Movie).first();
        ASSERT_TRUE(demo.server().replaceMediaFile(movie, 3'000'000));
        part = directory.filePath(QStringLiteral("movie.mp4.part"));
    }

    FileTransferOutcome fetch(FileTransferRequest request, QList<FileTransferProgress> *progress = nullptr)
    {
        request.source = demo.backend().downloadSource(movie);
        request.partPath = part;
        QFuture<FileTransferOutcome> future = downloader.fetch(request, [progress](const FileTransferProgress &p) {
            if (progress)
                QMetaObject::invokeMethod(qApp, [progress, p] { progress->append(p); }, Qt::QueuedConnection);
        });
        EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, 30'000));
        QCoreApplication::processEvents();
        return future.isFinished() ? future.result() : FileTransferOutcome{};
    }

    QByteArray serverFile() { return demo.server().mediaFileBytes(movie, 0, demo.server().mediaFileSize(movie)); }

    DemoSession demo;
    FileDownloader downloader;
    TestDirectory directory;
    QString movie;
    QString part;
};

} // namespace

TEST_F(FileTransferTest, StreamsTheWholeFileToThePartFile)
{
    QList<FileTransferProgress> progress;
    const FileTransferOutcome outcome = fetch({}, &progress);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(outcome.status, 200);
    EXPECT_EQ(outcome.progress.totalBytes, 3'000'000);
    EXPECT_EQ(outcome.progress.bytesOnDisk, 3'000'000);
    EXPECT_EQ(outcome.progress.syncedBytes, 3'000'000);
    EXPECT_FALSE(outcome.progress.lastModified.isEmpty());
    EXPECT_EQ(readFile(part), serverFile());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first().totalBytes, 3'000'000) << "the headers are reported before the body";
}

TEST_F(FileTransferTest, ResumesWithRangeAndIfRange)
{
    const FileTransferOutcome first = fetch({});
    ASSERT_FALSE(first.error.isError());
    const QByteArray whole = readFile(part);
    writeFile(part, whole.left(1'234'567) + QByteArray(100, 'x')); // the tail past resumeFrom is not trusted
    demo.server().resetCounters();
    FileTransferRequest request;
    request.resumeFrom = 1'234'567;
    request.ifRange = first.progress.lastModified;
    const FileTransferOutcome resumed = fetch(request);
    ASSERT_FALSE(resumed.error.isError()) << resumed.error.toString().toStdString();
    EXPECT_EQ(resumed.status, 206);
    EXPECT_FALSE(resumed.progress.restartedFromZero);
    EXPECT_EQ(readFile(part), whole);
    EXPECT_EQ(demo.server().mediaBytesSent(), 3'000'000 - 1'234'567);
}

TEST_F(FileTransferTest, AChangedFileStartsAgainFromZeroNeverSpliced)
{
    const FileTransferOutcome first = fetch({});
    ASSERT_FALSE(first.error.isError());
    writeFile(part, readFile(part).left(1'000'000));
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 2'500'000));
    FileTransferRequest request;
    request.resumeFrom = 1'000'000;
    request.ifRange = first.progress.lastModified; // the old file's date
    const FileTransferOutcome again = fetch(request);
    ASSERT_FALSE(again.error.isError()) << again.error.toString().toStdString();
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.progress.restartedFromZero);
    EXPECT_EQ(readFile(part), serverFile()) << "byte for byte the new file";
    EXPECT_NE(again.progress.lastModified, first.progress.lastModified);
}

TEST_F(FileTransferTest, ARefusalWritesNothing)
{
    demo.server().setDownloadsAllowed(false);
    const FileTransferOutcome outcome = fetch({});
    EXPECT_EQ(outcome.error.kind, ErrorKind::ClientError);
    EXPECT_EQ(outcome.error.httpStatus, 403);
    EXPECT_FALSE(QFile::exists(part));
    EXPECT_FALSE(outcome.error.url.contains(QStringLiteral("Token"))) << "no credential in errors";

    demo.server().setDownloadsAllowed(true);
    FileTransferRequest unsigned_;
    unsigned_.source = demo.backend().downloadSource(movie);
    unsigned_.source.headers.clear();
    unsigned_.partPath = part;
    QFuture<FileTransferOutcome> future = downloader.fetch(unsigned_);
    ASSERT_TRUE(waitUntil([&] { return future.isFinished(); }, 10'000));
    EXPECT_EQ(future.result().error.kind, ErrorKind::Unauthorized);
}

TEST_F(FileTransferTest, TheCapPacesEveryTransferAndCancelKeepsWhatArrived)
{
    downloader.setBandwidthLimit(1'000'000);
    QElapsedTimer clock;
    clock.start();
    FileTransferRequest request;
    request.source = demo.backend().downloadSource(movie);
    request.partPath = part;
    QFuture<FileTransferOutcome> future = downloader.fetch(request);
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(part).size() > 500'000; }, 10'000));
    request.cancel.cancel();
    ASSERT_TRUE(waitUntil([&] { return future.isFinished(); }, 10'000));
    const FileTransferOutcome outcome = future.result();
    EXPECT_EQ(outcome.error.kind, ErrorKind::Cancelled);
    // 1 MB/s: half a megabyte takes close to half a second, however fast the machine.
    EXPECT_GE(clock.elapsed(), 350);
    EXPECT_GT(outcome.progress.bytesOnDisk, 500'000);
    EXPECT_LT(outcome.progress.bytesOnDisk, 3'000'000);
    EXPECT_EQ(QFileInfo(part).size(), outcome.progress.bytesOnDisk);
    EXPECT_EQ(readFile(part), serverFile().left(outcome.progress.bytesOnDisk));
}
