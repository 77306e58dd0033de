// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus and every saved regression through the fuzz targets' entry points, in every build
// (g++ included), so what the fuzzer once found stays fixed.
#include "fuzzentry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

QStringList inputsUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(QLatin1String("README.md")))
            files << file;
    }
    files.sort();
    return files;
}

QByteArray contentsOf(const QString &file)
{
    QFile input(file);
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

} // namespace

TEST(FuzzCorpus, EveryItemInputKeepsTheParsersPromises)
{
    const QStringList inputs = inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/corpus/items"))
                               + inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/regressions"));
    ASSERT_GE(inputs.size(), 15);
    for (const QString &file : inputs)
        EXPECT_EQ(fuzz::checkItemBodies(contentsOf(file)).toStdString(), "") << file.toStdString();
}

TEST(FuzzCorpus, EveryResponseInputKeepsTheParsersPromises)
{
    const QStringList inputs = inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/corpus/responses"))
                               + inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/regressions"));
    ASSERT_GE(inputs.size(), 8);
    for (const QString &file : inputs)
        EXPECT_EQ(fuzz::checkResponseBodies(contentsOf(file)).toStdString(), "") << file.toStdString();
}
