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

/// Every input of @p corpus and of regressions/ through @p check; @p minimum guards against an emptied corpus.
void expectPromisesKept(const char *corpus, QString (*check)(const QByteArray &), qsizetype minimum)
{
    const QStringList inputs = inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/corpus/") + QLatin1String(corpus))
                               + inputsUnder(QStringLiteral(MARQUEE_FUZZ_DIR "/regressions"));
    ASSERT_GE(inputs.size(), minimum);
    for (const QString &file : inputs)
        EXPECT_EQ(check(contentsOf(file)).toStdString(), "") << file.toStdString();
}

} // namespace

TEST(FuzzCorpus, EveryItemInputKeepsTheParsersPromises)
{
    expectPromisesKept("items", &fuzz::checkItemBodies, 15);
}

TEST(FuzzCorpus, EveryResponseInputKeepsTheParsersPromises)
{
    expectPromisesKept("responses", &fuzz::checkResponseBodies, 8);
}

TEST(FuzzCorpus, EveryPlexInputKeepsTheParsersPromises)
{
    expectPromisesKept("plex", &fuzz::checkPlexBodies, 10);
}

TEST(FuzzCorpus, EveryImageInputKeepsTheDecodersPromises)
{
    expectPromisesKept("images", &fuzz::checkImageBytes, 6);
}
