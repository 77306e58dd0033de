// SPDX-License-Identifier: GPL-3.0-or-later
// Readable, safe file names for downloads from untrusted server text.
#include "services/downloadnaming.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

MediaItem movie(const QString &name, std::optional<int> year = 2008)
{
    MediaItem item;
    item.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    item.type = ItemType::Movie;
    item.name = name;
    item.productionYear = year;
    return item;
}

MediaItem episode(const QString &series, const QString &name, int season, int number)
{
    MediaItem item = movie(name, std::nullopt);
    item.type = ItemType::Episode;
    item.seriesName = series;
    item.parentIndexNumber = season;
    item.indexNumber = number;
    return item;
}

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

TEST(DownloadNaming, ReadablePathsForMoviesAndEpisodes)
{
    EXPECT_EQ(text(DownloadNaming::relativePath(movie(QStringLiteral("Big Buck Bunny")), QStringLiteral("mp4"))),
              "Movies/Big Buck Bunny (2008)/Big Buck Bunny (2008).mp4");
    EXPECT_EQ(text(DownloadNaming::relativePath(episode(QStringLiteral("The Show"), QStringLiteral("Pilot"), 1, 2),
                                                QStringLiteral("mkv"))),
              "Shows/The Show/Season 01/The Show - S01E02 - Pilot.mkv");
    EXPECT_EQ(text(DownloadNaming::extensionFor(QStringLiteral("mov,mp4,m4a,3gp"))), "mov");
    EXPECT_EQ(text(DownloadNaming::extensionFor(QStringLiteral("../x"))), "mkv");
    EXPECT_EQ(text(DownloadNaming::withContainer(QStringLiteral("Movies/A (1)/A (1).mkv"), QStringLiteral("mp4"))),
              "Movies/A (1)/A (1).mp4");
}

TEST(DownloadNaming, HostileTitlesNeverLeaveTheFolderAndAlwaysMakeAFile)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString longTitle = QString(300, QChar(0x00e9)); // 300 × é: 600 bytes in UTF-8
    const QList<MediaItem> hostile{
        movie(QStringLiteral("../../x")),
        movie(QStringLiteral("a/b")),
        movie(QStringLiteral("CON"), std::nullopt),
        movie(QStringLiteral("nul.txt"), std::nullopt),
        movie(longTitle),
        movie(QStringLiteral("Trailing dot."), std::nullopt),
        movie(QStringLiteral("..."), std::nullopt),
        movie(QStringLiteral("tab\there\nnewline <>:\"|?*"), std::nullopt),
        movie(QStringLiteral("/etc/passwd"), std::nullopt),
        episode(QStringLiteral("../.."), QStringLiteral("C:\\Windows"), 1, 1),
        episode(longTitle, longTitle, 12, 345),
    };
    for (const MediaItem &item : hostile) {
        const QString relative = DownloadNaming::relativePath(item, QStringLiteral("mp4"));
        SCOPED_TRACE(text(item.name) + " -> " + text(relative));
        const QString full = QDir::cleanPath(QDir(root.path()).filePath(relative));
        EXPECT_TRUE(full.startsWith(root.path() + QLatin1Char('/')));
        EXPECT_FALSE(QFileInfo(relative).isAbsolute());
        for (const QString &segment : relative.split(QLatin1Char('/'))) {
            EXPECT_FALSE(segment.isEmpty());
            EXPECT_NE(segment, QStringLiteral(".."));
            EXPECT_FALSE(segment.endsWith(QLatin1Char('.')));
            EXPECT_LE(segment.toUtf8().size() + 5, 255); // with ".part"
            EXPECT_NE(segment.section(QLatin1Char('.'), 0, 0).toUpper(), QStringLiteral("CON"));
            EXPECT_NE(segment.section(QLatin1Char('.'), 0, 0).toUpper(), QStringLiteral("NUL"));
        }
        // The file itself can be made, with its part file beside it.
        ASSERT_TRUE(QDir().mkpath(QFileInfo(full).absolutePath()));
        QFile part(full + QStringLiteral(".part"));
        EXPECT_TRUE(part.open(QIODevice::WriteOnly)) << text(part.errorString());
    }
    EXPECT_EQ(text(DownloadNaming::sanitize(QStringLiteral("../../x"))), "-..-x");
    EXPECT_EQ(text(DownloadNaming::sanitize(QStringLiteral("a/b"))), "a-b");
    EXPECT_EQ(text(DownloadNaming::sanitize(QStringLiteral("CON"))), "_CON");
    EXPECT_EQ(text(DownloadNaming::sanitize(QStringLiteral("Trailing dot."))), "Trailing dot");
    EXPECT_EQ(text(DownloadNaming::sanitize(QStringLiteral(".."))), "Untitled");
}

TEST(DownloadNaming, DisambiguatedKeepsFolderAndExtension)
{
    EXPECT_EQ(text(DownloadNaming::disambiguated(QStringLiteral("Movies/A (1)/A (1).mp4"), QStringLiteral("ab12cd34"))),
              "Movies/A (1)/A (1) [ab12cd34].mp4");
}
