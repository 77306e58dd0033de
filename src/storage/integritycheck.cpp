// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/integritycheck.h"

#include "storage/setupconnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace marquee {

namespace {
// Enough to tell what is wrong; a badly damaged file can list thousands of lines.
constexpr int MaxProblems = 20;
}

QString IntegrityCheck::Outcome::summary() const
{
    QStringList shown = problems.mid(0, 3);
    if (problems.size() > shown.size())
        shown << QStringLiteral("and %1 more").arg(problems.size() - shown.size());
    return shown.join(QStringLiteral("; "));
}

IntegrityCheck::Outcome IntegrityCheck::run(const QString &file, Depth depth)
{
    Outcome outcome;
    if (!QFileInfo::exists(file))
        return outcome;
    SetupConnection connection(file, SetupConnection::Mode::ReadOnly);
    if (!connection.isOpen())
        return outcome;
    outcome.ran = true;
    QSqlQuery check(connection.db());
    check.setForwardOnly(true);
    const QString pragma = depth == Depth::Quick ? QStringLiteral("PRAGMA quick_check(%1)")
                                                 : QStringLiteral("PRAGMA integrity_check(%1)");
    if (!check.exec(pragma.arg(MaxProblems))) {
        // A header or schema so damaged that SQLite cannot even start the check.
        outcome.problems << check.lastError().text();
        return outcome;
    }
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            outcome.problems << line;
    }
    if (check.lastError().isValid())
        outcome.problems << check.lastError().text();
    return outcome;
}

} // namespace marquee
