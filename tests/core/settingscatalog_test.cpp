// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"
#include "core/cacheconfig.h"
#include "core/settingscatalog.h"

#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

using namespace marquee;
using namespace std::chrono_literals;

namespace {

const SettingDescriptor &setting(const char *key)
{
    const SettingDescriptor *found = SettingsCatalog::find(QString::fromLatin1(key));
    EXPECT_NE(found, nullptr) << key;
    return *found;
}

std::string problem(const char *key, const char *value)
{
    return SettingsCatalog::validate(setting(key), QString::fromLatin1(value)).problem.toStdString();
}

class SettingsCatalogTest : public ::testing::Test
{
protected:
    // English carries the plural forms: without it "%n hour(s)" would read "4 hour(s)".
    static void SetUpTestSuite() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

} // namespace

TEST_F(SettingsCatalogTest, EveryDefaultIsValidAndEverySettingIsDescribed)
{
    QSet<QString> keys;
    for (const SettingDescriptor &entry : SettingsCatalog::all()) {
        EXPECT_FALSE(keys.contains(entry.key)) << "twice: " << entry.key.toStdString();
        keys.insert(entry.key);
        EXPECT_FALSE(SettingsCatalog::group(entry).isEmpty());
        EXPECT_FALSE(SettingsCatalog::label(entry).isEmpty());
        EXPECT_GT(SettingsCatalog::description(entry).size(), 20) << entry.key.toStdString();
        const SettingsCatalog::Checked checked = SettingsCatalog::validate(entry, entry.defaultValue);
        EXPECT_TRUE(checked.ok()) << entry.key.toStdString() << ": " << checked.problem.toStdString();
        EXPECT_EQ(checked.stored, entry.defaultValue) << entry.key.toStdString();
    }
}

TEST_F(SettingsCatalogTest, TheDefaultsAreTheOnesTheDesignAndCacheConfigUse)
{
    const CacheConfig config;
    EXPECT_EQ(setting("ttl/movies").defaultValue, QString::number(std::chrono::seconds(4h).count()));
    EXPECT_EQ(config.ttl(ContentKind::Movies), 4h);
    EXPECT_EQ(config.ttl(ContentKind::Images), 24h * 30);
    EXPECT_EQ(setting("images/max-disk-bytes").defaultValue, QStringLiteral("1073741824"));
    EXPECT_EQ(setting("images/max-memory-bytes").defaultValue, QStringLiteral("67108864"));
    EXPECT_EQ(setting("playback/played-share").defaultValue, QStringLiteral("0.9"));
}

TEST_F(SettingsCatalogTest, RefusesZeroNegativeAndNonsenseTtls)
{
    EXPECT_EQ(problem("ttl/movies", "0"), "“Movies” must be between 0.1 hours and 8,760 hours.");
    EXPECT_FALSE(problem("ttl/movies", "-3600").empty());
    EXPECT_FALSE(problem("ttl/movies", "359").empty()) << "shorter than the 0.1 hours the dialog allows";
    EXPECT_EQ(problem("ttl/episodes", "soon"), "“Episodes” must be a whole number.");
    EXPECT_EQ(problem("ttl/episodes", "3600.5"), "“Episodes” must be a whole number.");
    EXPECT_TRUE(problem("ttl/movies", "360").empty());
    EXPECT_EQ(SettingsCatalog::validate(setting("ttl/movies"), QStringLiteral(" 7200.0 ")).stored, QStringLiteral("7200"));
}

TEST_F(SettingsCatalogTest, RefusesImageCachesSmallerThanAScreenOfPosters)
{
    EXPECT_EQ(problem("images/max-memory-bytes", "1048576"), "“Memory cache” must be between 32 MB and 4,096 MB.");
    EXPECT_TRUE(problem("images/max-memory-bytes", "33554432").empty());
    EXPECT_FALSE(problem("images/max-disk-bytes", "0").empty());
    EXPECT_FALSE(problem("images/max-disk-bytes", "-1").empty());
}

TEST_F(SettingsCatalogTest, ChoicesAndCountsAreChecked)
{
    EXPECT_EQ(problem("ui/theme", "purple"), "“Theme” must be one of: system, light, dark.");
    EXPECT_TRUE(problem("ui/theme", "dark").empty());
    EXPECT_FALSE(problem("refresh/concurrency", "0").empty());
    EXPECT_FALSE(problem("refresh/batch-size", "1.5").empty());
    EXPECT_FALSE(problem("playback/played-share", "1.2").empty());
    EXPECT_TRUE(problem("playback/played-share", "0.75").empty());
}

TEST_F(SettingsCatalogTest, ShowsValuesInUnitsPeopleRead)
{
    const auto format = [](const char *key, const char *stored) {
        return SettingsCatalog::format(setting(key), QString::fromLatin1(stored)).toStdString();
    };
    EXPECT_EQ(format("ttl/libraries", "3600"), "1 hour");
    EXPECT_EQ(format("ttl/movies", "14400"), "4 hours");
    EXPECT_EQ(format("ttl/movies", "5400"), "1.5 hours");
    EXPECT_EQ(format("ttl/images", "2592000"), "30 days");
    EXPECT_EQ(format("ttl/images", "86400"), "1 day");
    EXPECT_EQ(format("images/max-disk-bytes", "1073741824"), "1,024 MB");
    EXPECT_EQ(format("playback/played-share", "0.9"), "90%");
    EXPECT_EQ(format("refresh/batch-size", "500"), "500");
    EXPECT_EQ(format("ui/theme", "dark"), "Dark");
    EXPECT_EQ(SettingsCatalog::storedValue(setting("ttl/movies"), 2.5), QStringLiteral("9000"));
    EXPECT_EQ(SettingsCatalog::storedValue(setting("images/max-memory-bytes"), 128), QStringLiteral("134217728"));
    EXPECT_DOUBLE_EQ(SettingsCatalog::shownValue(setting("playback/played-share"), QStringLiteral("0.9")), 90.0);
}

TEST_F(SettingsCatalogTest, DownloadSettingsReadInUnitsPeopleUseAndRefuseWhatCannotWork)
{
    const auto format = [](const char *key, const char *stored) {
        return SettingsCatalog::format(setting(key), QString::fromLatin1(stored)).toStdString();
    };
    EXPECT_EQ(setting("downloads/concurrency").defaultValue, QStringLiteral("2"));
    EXPECT_FALSE(problem("downloads/concurrency", "0").empty());
    EXPECT_FALSE(problem("downloads/concurrency", "9").empty());
    EXPECT_EQ(format("downloads/max-bytes-per-second", "0"), "No limit");
    EXPECT_EQ(format("downloads/max-bytes-per-second", "2097152"), "2 MB/s");
    EXPECT_EQ(format("downloads/max-total-bytes", "0"), "No limit");
    EXPECT_EQ(format("downloads/max-total-bytes", "536870912000"), "500 GB");
    EXPECT_FALSE(problem("downloads/max-total-bytes", "-1").empty());
    EXPECT_NE(problem("downloads/folder", "Videos/Marquee").find("“Download folder” must be a full path"),
              std::string::npos)
        << "a relative path would move with the working directory";
    EXPECT_FALSE(problem("downloads/folder", "   ").empty());
    EXPECT_EQ(SettingsCatalog::validate(setting("downloads/folder"), QStringLiteral(" /media/disk//films/ ")).stored,
              QStringLiteral("/media/disk/films"));
    EXPECT_TRUE(setting("downloads/folder").defaultValue.endsWith(QStringLiteral("/Marquee")));
}

TEST_F(SettingsCatalogTest, CacheConfigTakesOnlyValidSettingsAndFallsBackToDefaults)
{
    CacheConfig config;
    config.applyOverrides({{QStringLiteral("ttl/movies"), QStringLiteral("0")},
                           {QStringLiteral("ttl/shows"), QStringLiteral("7200")},
                           {QStringLiteral("ttl/jitter-percent"), QStringLiteral("80")}});
    EXPECT_EQ(config.ttl(ContentKind::Movies), 4h) << "a zero TTL would refresh forever";
    EXPECT_EQ(config.ttl(ContentKind::Shows), 2h);
    EXPECT_DOUBLE_EQ(config.jitter(), 0.10);
    // Applying the rows again after a reset (the row is gone) gives the default back.
    config.applyOverrides({});
    EXPECT_EQ(config.ttl(ContentKind::Shows), 4h);
}

TEST_F(SettingsCatalogTest, TheReadmeDocumentsEverySetting)
{
    QFile readme(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../README.md"));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const SettingDescriptor &entry : SettingsCatalog::all())
        EXPECT_TRUE(text.contains(QLatin1Char('`') + entry.key + QLatin1Char('`'))) << entry.key.toStdString();
}
