// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <gtest/gtest.h>

using marquee::CommandLine;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("marquee")};
    for (const char *arg : list)
        result << QString::fromUtf8(arg);
    return result;
}

TEST(CommandLine, NoArgumentsStartsTheApp)
{
    const CommandLine line = CommandLine::parse(args({}));
    EXPECT_TRUE(line.error.isEmpty());
    EXPECT_FALSE(line.showVersion);
    EXPECT_FALSE(line.demo);
    EXPECT_TRUE(line.dataDir.isEmpty());
}

TEST(CommandLine, ReadsVersionDataDirAndDemo)
{
    EXPECT_TRUE(CommandLine::parse(args({"--version"})).showVersion);
    EXPECT_EQ(CommandLine::versionText(), QStringLiteral("marquee ") + QStringLiteral(MARQUEE_VERSION));
    const CommandLine line = CommandLine::parse(args({"--data-dir", "/tmp/m", "--demo"}));
    EXPECT_EQ(line.dataDir, QStringLiteral("/tmp/m"));
    EXPECT_TRUE(line.demo);
    EXPECT_TRUE(CommandLine::parse(args({"--help"})).showHelp);
    EXPECT_TRUE(CommandLine::parse(args({"--help"})).helpText.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(CommandLine::parse(args({"--help"})).helpText.startsWith(QStringLiteral("Usage: marquee [options]\n")))
        << "the usage names the program as the README does";
}

TEST(CommandLine, RejectsUnknownOptionsAndStrayArguments)
{
    EXPECT_FALSE(CommandLine::parse(args({"--bogus"})).error.isEmpty());
    EXPECT_FALSE(CommandLine::parse(args({"stray"})).error.isEmpty());
    EXPECT_FALSE(CommandLine::parse(args({"--data-dir"})).error.isEmpty());
}

} // namespace
