// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/singleinstance.h"
#include "support/testdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace marquee;

namespace {
constexpr char ChildFolderVariable[] = "MARQUEE_INSTANCE_CHILD_DIR";
} // namespace

TEST(SingleInstance, TheSecondInstanceRaisesTheFirstAndStepsAside)
{
    test::TestDirectory directory;
    SingleInstance first(directory.path());
    ASSERT_EQ(first.claim(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::activationRequested);

    SingleInstance second(directory.path());
    EXPECT_EQ(second.claim(), SingleInstance::Role::Secondary);
    EXPECT_TRUE(raised.wait(5000)) << "the first instance was asked to show its window";
}

TEST(SingleInstance, AnotherDataFolderIsAnotherInstance)
{
    test::TestDirectory one;
    test::TestDirectory other;
    SingleInstance first(one.path());
    SingleInstance second(other.path());
    EXPECT_EQ(first.claim(), SingleInstance::Role::Primary);
    EXPECT_EQ(second.claim(), SingleInstance::Role::Primary);
    EXPECT_NE(SingleInstance::socketName(one.path()), SingleInstance::socketName(other.path()));
}

TEST(SingleInstance, TheLockOfAnEndedInstanceIsFreeAgain)
{
    test::TestDirectory directory;
    {
        SingleInstance first(directory.path());
        ASSERT_EQ(first.claim(), SingleInstance::Role::Primary);
    }
    SingleInstance next(directory.path());
    EXPECT_EQ(next.claim(), SingleInstance::Role::Primary);
}

// The body of the child processes of TwoInstancesStartedAtOnce: claims, says its role, and holds it a moment.
TEST(SingleInstanceChild, ClaimAndHold)
{
    const QString folder = qEnvironmentVariable(ChildFolderVariable);
    if (folder.isEmpty())
        GTEST_SKIP() << "runs only as a child of TwoInstancesStartedAtOnceOneWins";
    SingleInstance instance(folder);
    const SingleInstance::Role role = instance.claim();
    std::printf("role=%s\n", role == SingleInstance::Role::Primary ? "primary"
                             : role == SingleInstance::Role::Secondary ? "secondary" : "failed");
    std::fflush(stdout);
    if (role == SingleInstance::Role::Primary) {
        QSignalSpy raised(&instance, &SingleInstance::activationRequested);
        raised.wait(8000);
        std::printf("raised=%lld\n", qlonglong(raised.count()));
    }
}

TEST(SingleInstance, TwoInstancesStartedAtOnceOneWins)
{
    test::TestDirectory directory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildFolderVariable), directory.path());
    QProcess a;
    QProcess b;
    for (QProcess *child : {&a, &b}) {
        child->setProcessEnvironment(environment);
        child->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=SingleInstanceChild.*")});
    }
    ASSERT_TRUE(a.waitForFinished(20'000) && b.waitForFinished(20'000));
    const QByteArray output = a.readAllStandardOutput() + b.readAllStandardOutput();
    EXPECT_EQ(output.count("role=primary"), 1) << output.constData();
    EXPECT_EQ(output.count("role=secondary"), 1) << output.constData();
    EXPECT_TRUE(output.contains("raised=1")) << output.constData();
    EXPECT_EQ(a.exitCode(), 0);
    EXPECT_EQ(b.exitCode(), 0);
}
