// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoformat.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <random>

using namespace marquee;

namespace {
QString slowFormat(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("0000Z");
}
} // namespace

TEST(DemoFormat, FormatDateMatchesQDateTime)
{
    EXPECT_EQ(DemoFormat::formatDate(0), QStringLiteral("1970-01-01T00:00:00.0000000Z"));
    EXPECT_EQ(DemoFormat::formatDate(1'672'531'200'123), QStringLiteral("2023-01-01T00:00:00.1230000Z"));
    for (const qint64 ms : {qint64(-1), qint64(-86'400'000), qint64(951'782'400'000) /* 2000-02-29 */,
                            qint64(-2'208'988'800'001), qint64(253'402'300'799'999) /* 9999-12-31 */,
                            qint64(-62'135'596'800'000) /* 0001-01-01 */})
        EXPECT_EQ(DemoFormat::formatDate(ms), slowFormat(ms)) << ms;
    std::mt19937_64 rng(3);
    std::uniform_int_distribution<qint64> any(-62'135'596'800'000, 253'402'300'799'999);
    for (int i = 0; i < 20'000; ++i) {
        const qint64 ms = any(rng);
        ASSERT_EQ(DemoFormat::formatDate(ms), slowFormat(ms)) << ms;
    }
}
