// SPDX-License-Identifier: GPL-3.0-or-later
// What the app shows when its state file is damaged (issue #19, point 3): the file, the copy kept and the way out,
// in words; SQLite's own words only under Details.
#include "app/damagedstatebox.h"
#include "storage/database.h"
#include "storage/userdatarepository.h"
#include "support/testdirectory.h"
#include "ui/dialogscreenshot.h"

#include <QFile>
#include <QMessageBox>
#include <gtest/gtest.h>
#include <memory>

using namespace marquee;
using marquee::test::TestDirectory;

TEST(DamagedStateBox, NamesTheFileTheCopyAndTheWayOutAndKeepsSqlitesWordsUnderDetails)
{
    TestDirectory directory;
    const DatabasePaths paths = DatabasePaths::inDirectory(directory.path());
    {
        Database database(paths);
        ASSERT_TRUE(database.open().ok);
        UserDataRepository userData(database.connection());
        for (int i = 0; i < 400; ++i) {
            UserData data;
            data.itemId = QStringLiteral("item-%1").arg(i, 6, 10, QLatin1Char('0'));
            data.positionTicks = i * 1000;
            ASSERT_TRUE(userData.put(QStringLiteral("server"), data));
        }
    }
    {
        // The middle of the file: a page of played state turned to garbage.
        QFile file(paths.stateFile);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2 / 4096 * 4096;
        ASSERT_TRUE(file.seek(middle));
        QByteArray page = file.read(4096);
        for (char &byte : page)
            byte = char(~byte);
        ASSERT_TRUE(file.seek(middle));
        file.write(page);
    }
    Database database(paths);
    const Database::OpenReport report = database.open();
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(report.error.kind, ErrorKind::StorageCorrupt);

    std::unique_ptr<QMessageBox> box(newDamagedStateBox(report.error.message, report.details));
    EXPECT_EQ(box->textFormat(), Qt::PlainText);
    EXPECT_TRUE(box->informativeText().contains(paths.stateFile));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral(".damaged-"))) << "names the copy it kept";
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("marquee-cli state --recover")));
    EXPECT_FALSE(box->detailedText().isEmpty());
    EXPECT_FALSE(box->informativeText().contains(box->detailedText())) << "SQLite's words only under Details";
    box->show();
    marquee::test::saveScreenshotIfAsked(box.get(), QStringLiteral("state-damaged"));
}
