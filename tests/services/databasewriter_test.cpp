// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/databasewriter.h"
#include "support/cachefixture.h"

#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <gtest/gtest.h>

namespace marquee {
namespace {

struct Ran
{
    QThread *thread = nullptr;
    QString connection;
    int cacheSizeKiB = 0;
};

Ran whereItRan(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const int cacheSize = query.exec(QStringLiteral("PRAGMA main.cache_size")) && query.next() ? query.value(0).toInt()
                                                                                             : 0;
    return {QThread::currentThread(), db.connectionName(), -cacheSize};
}

TEST(DatabaseWriterTest, WorkRunsOnTheWriterThreadEvenWhileItsCallerBlocksOnTheResult)
{
    test::CacheFixture fixture;
    DatabaseWriter writer(fixture.database());
    // Two refresh jobs wait on their batches from pool threads; with QtConcurrent's futures a waiting thread ran
    // a queued batch itself, on its own connection, and the two took turns at the write lock again.
    QList<QFuture<Ran>> batches;
    for (int i = 0; i < 8; ++i) {
        batches << QtConcurrent::run([&writer] {
            return writer.run([](const QSqlDatabase &db) {
                QThread::msleep(5);
                return whereItRan(db);
            }).result();
        });
    }
    const Ran first = batches.first().result();
    EXPECT_NE(first.thread, QThread::currentThread());
    EXPECT_GE(first.cacheSizeKiB, 32 * 1024) << "the writer's connection keeps a large page cache";
    for (QFuture<Ran> &batch : batches) {
        const Ran ran = batch.result();
        EXPECT_EQ(ran.thread, first.thread) << "every batch on the one writer thread";
        EXPECT_EQ(ran.connection, first.connection) << "and through its one connection";
    }
}

TEST(DatabaseWriterTest, WorkRunsInTheOrderItWasAskedFor)
{
    test::CacheFixture fixture;
    QList<int> order;
    {
        DatabaseWriter writer(fixture.database());
        for (int i = 0; i < 20; ++i)
            writer.run([&order, i](const QSqlDatabase &) { order << i; });
    } // the destructor finishes the queued work
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected << i;
    EXPECT_EQ(order, expected);
}

} // namespace
} // namespace marquee
