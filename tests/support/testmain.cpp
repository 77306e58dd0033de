// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"
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
    // As the app starts: the system's language, else English with its plural forms ("1 item", not "1 item(s)").
    marquee::installTranslations();
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
