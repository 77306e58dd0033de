// SPDX-License-Identifier: GPL-3.0-or-later
// `marquee --help` and `marquee-cli --help` match the README: every option and command they list is documented.
#include "app/clioptions.h"
#include "app/commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

QString readme()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../README.md"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

/// The long options a --help text lists ("--data-dir"), each once; not Qt's own --help-all.
QStringList longOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    QSet<QString> seen;
    QStringList options;
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured();
        if (name != QLatin1String("--help-all") && !seen.contains(name)) {
            seen.insert(name);
            options << name;
        }
    }
    return options;
}

} // namespace

TEST(ReadmeTest, DocumentsEveryOptionOfMarquee)
{
    const QString text = readme();
    const QStringList options = longOptions(CommandLine::parse({QStringLiteral("marquee")}).helpText);
    ASSERT_TRUE(options.contains(QStringLiteral("--data-dir")));
    for (const QString &option : options)
        EXPECT_TRUE(text.contains(QStringLiteral("marquee ") + option)) << "README lacks `marquee " << option.toStdString() << "`";
}

TEST(ReadmeTest, DocumentsEveryOptionAndCommandOfMarqueeCli)
{
    const QString text = readme();
    const QString help = CliOptions::parse({QStringLiteral("marquee-cli"), QStringLiteral("--help")}).helpText;
    const QStringList options = longOptions(help);
    ASSERT_TRUE(options.contains(QStringLiteral("--concurrency")));
    for (const QString &option : options)
        EXPECT_TRUE(text.contains(option)) << "README lacks " << option.toStdString();
    for (const char *command : {"sync", "stats", "clear", "export", "import", "warm", "settings"}) {
        const QString name = QString::fromLatin1(command);
        EXPECT_TRUE(help.contains(QStringLiteral("  ") + name + QLatin1Char(' '))) << "--help lacks " << command;
        EXPECT_TRUE(text.contains(QStringLiteral("marquee-cli ") + name)) << "README lacks marquee-cli " << command;
    }
}
