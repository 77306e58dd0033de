// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metatypes.h"

#include <QApplication>
#include <QStandardPaths>
#include <gmock/gmock.h>

int main(int argc, char **argv)
{
    // Tests never touch the user's real cache or state folders.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee-tests"));
    marquee::registerMetaTypes();
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
