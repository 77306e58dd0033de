// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes starting at once on an empty folder (issue #19, point 6): both open it, neither fails a migration,
// and neither moves the other's fresh cache aside. Each round starts two children of this binary that wait for the
// same go file, so that both migrate the same brand-new files at the same moment.
#include "childprocess.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "support/testdirectory.h"

#include <QDir>
#include <QSqlQuery>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr int Rounds = 12;

int userVersion(const QSqlDatabase &db, const QString &schema)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA %1.user_version").arg(schema)) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

// Not a test of its own: the body of each child process.
TEST(MigrationRaceChild, OpenTheDatabases)
{
    const QString directory = ChildProcess::directory();
    if (directory.isEmpty())
        GTEST_SKIP() << "runs only as a child of TwoFirstStartsAtOnceBothSucceed";
    ChildProcess::waitForGo();
    Database database(DatabasePaths::inDirectory(directory));
    const Database::OpenReport report = database.open();
    if (!report.ok)
        std::printf("failed: %s\n", qPrintable(report.error.toString()));
    for (const QString &notice : report.notices)
        std::printf("notice: %s\n", qPrintable(notice));
    if (report.ok && report.notices.isEmpty())
        std::printf("opened cleanly\n");
    std::fflush(stdout);
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.notices.isEmpty());
}

TEST(MigrationRace, TwoFirstStartsAtOnceBothSucceed)
{
    int clean = 0;
    for (int round = 0; round < Rounds; ++round) {
        SCOPED_TRACE(round);
        TestDirectory directory;
        const QString goFile = directory.filePath(QStringLiteral("go"));
        ChildProcess first;
        ChildProcess second;
        first.start(QStringLiteral("MigrationRaceChild.OpenTheDatabases"), directory.path(), goFile);
        second.start(QStringLiteral("MigrationRaceChild.OpenTheDatabases"), directory.path(), goFile);
        QFile(goFile).open(QIODevice::WriteOnly);
        const QByteArray one = first.finish();
        const QByteArray two = second.finish();
        EXPECT_TRUE(first.succeeded() && one.contains("opened cleanly")) << one.constData();
        EXPECT_TRUE(second.succeeded() && two.contains("opened cleanly")) << two.constData();
        clean += (one.contains("opened cleanly") ? 1 : 0) + (two.contains("opened cleanly") ? 1 : 0);

        const DatabasePaths paths = DatabasePaths::inDirectory(directory.path());
        const QFileInfo cache(paths.cacheFile);
        EXPECT_TRUE(cache.dir().entryList({cache.fileName() + QStringLiteral(".broken-*")}, QDir::Files).isEmpty())
            << "neither moved the other's cache aside";
        Database database(paths);
        ASSERT_TRUE(database.open().ok);
        EXPECT_EQ(userVersion(database.connection(), QStringLiteral("main")),
                  Migrator(QSqlDatabase(), QStringLiteral(":/migrations/cache")).latestVersion());
        EXPECT_EQ(userVersion(database.connection(), QStringLiteral("state")),
                  Migrator(QSqlDatabase(), QStringLiteral(":/migrations/state")).latestVersion());
    }
    std::printf("%d rounds of two first starts at once: %d of %d opens clean\n", Rounds, clean, 2 * Rounds);
}
