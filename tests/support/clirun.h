// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clirunner.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTextStream>
#include <gtest/gtest.h>

namespace marquee::test {

/// What a user reads after one marquee-cli run: the exit status and both streams.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs marquee-cli in this process against @p dataDir with file credentials, as a user would type @p arguments.
inline CliResult runCli(const QString &dataDir, const QStringList &arguments, const QString &environmentPlexToken = {})
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const QStringList full = QStringList{QStringLiteral("marquee-cli"), QStringLiteral("--data-dir"), dataDir,
                                         QStringLiteral("--file-credentials")}
                             + arguments;
    result.code = CliRunner(out, err).run(full, {}, environmentPlexToken);
    out.flush();
    err.flush();
    return result;
}

/// The first value @p sql gives over the databases in @p dataDir, opened as the app opens them.
inline QVariant queryData(const QString &dataDir, const QString &sql)
{
    Database database(DatabasePaths::inDirectory(dataDir));
    EXPECT_TRUE(database.open().ok);
    QSqlQuery q(database.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    const QVariant value = q.value(0);
    q.finish();
    return value;
}

} // namespace marquee::test
