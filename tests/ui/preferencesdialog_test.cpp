// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences: every setting round-trips through the `settings` table, in the units people read.
#include "app/translations.h"
#include "core/settingscatalog.h"
#include "dialogscreenshot.h"
#include "services/imagecache.h"
#include "services/settingsstore.h"
#include "storage/settingsrepository.h"
#include "support/cachefixture.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/theme.h"
#include "ui/widgets/posterdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <gtest/gtest.h>
#include <cmath>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

class PreferencesDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void TearDown() override
    {
        // The theme is application-wide: leave the next test the palette it started with.
        QApplication::setPalette(QPalette());
    }

    QString row(const QString &key)
    {
        return SettingsRepository(fixture.connection()).value(key, QStringLiteral("<none>"));
    }

    QDoubleSpinBox *spin(const QString &key) { return qobject_cast<QDoubleSpinBox *>(dialog.editor(key)); }

    /// A valid value other than the default, in shown units: the minimum, or the maximum when that is the default.
    static double otherValue(const SettingDescriptor &setting)
    {
        const double shownDefault = SettingsCatalog::shownValue(setting, setting.defaultValue);
        return std::abs(shownDefault - setting.minimum) > 1e-9 ? setting.minimum : setting.maximum;
    }

    CacheFixture fixture;
    SettingsStore settings{fixture.connection()};
    PreferencesDialog dialog{settings};
};

} // namespace

TEST_F(PreferencesDialogTest, EverySettingOfTheCatalogHasAnEditorShowingItsValue)
{
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        QWidget *editor = dialog.editor(setting.key);
        ASSERT_NE(editor, nullptr) << setting.key.toStdString();
        EXPECT_EQ(editor->accessibleName(), SettingsCatalog::label(setting));
        if (auto *number = qobject_cast<QDoubleSpinBox *>(editor)) {
            EXPECT_NEAR(number->value(), SettingsCatalog::shownValue(setting, setting.defaultValue), 1e-9);
            EXPECT_DOUBLE_EQ(number->minimum(), setting.minimum) << "no zero TTL, no tiny cache";
        }
    }
    EXPECT_EQ(spin(QStringLiteral("ttl/movies"))->suffix(), QStringLiteral(" hours"));
    EXPECT_EQ(spin(QStringLiteral("images/max-disk-bytes"))->value(), 1024.0) << "1 GB shown in MB";
    EXPECT_EQ(spin(QStringLiteral("playback/played-share"))->value(), 90.0) << "0.9 shown as a percentage";
}

TEST_F(PreferencesDialogTest, EveryChangeIsWrittenToTheSettingsTableAtOnce)
{
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        SCOPED_TRACE(setting.key.toStdString());
        QString expected;
        if (auto *choices = qobject_cast<QComboBox *>(dialog.editor(setting.key))) {
            choices->setFocus();
            // What a user does: an arrow key picks the next choice (the one before, from the last).
            QTest::keyClick(choices, choices->currentIndex() + 1 < choices->count() ? Qt::Key_Down : Qt::Key_Up);
            expected = choices->currentData().toString();
        } else if (auto *path = qobject_cast<QLineEdit *>(dialog.editor(setting.key))) {
            // A folder or an address typed in, as a user does, and Enter.
            expected = setting.unit == SettingUnit::WebAddress
                ? QStringLiteral("http://127.0.0.1:32400")
                : fixture.directory().filePath(QStringLiteral("Films on the big disk"));
            path->setFocus();
            path->selectAll();
            QTest::keyClicks(path, expected);
            QTest::keyClick(path, Qt::Key_Enter);
        } else {
            const double value = otherValue(setting);
            spin(setting.key)->setValue(value);
            expected = SettingsCatalog::storedValue(setting, value);
        }
        EXPECT_NE(expected, setting.defaultValue);
        EXPECT_EQ(row(setting.key), expected) << "the table is the one store";
        EXPECT_EQ(settings.value(setting.key), expected);
    }
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST_F(PreferencesDialogTest, TypingAValueAndPressingEnterSavesItInSeconds)
{
    QDoubleSpinBox *episodes = spin(QStringLiteral("ttl/episodes"));
    episodes->setFocus();
    episodes->selectAll();
    QTest::keyClicks(episodes, QStringLiteral("2.5"));
    EXPECT_EQ(row(QStringLiteral("ttl/episodes")), QStringLiteral("<none>")) << "not one write per keystroke";
    QTest::keyClick(episodes, Qt::Key_Enter);
    EXPECT_EQ(row(QStringLiteral("ttl/episodes")), QStringLiteral("9000"));
}

TEST_F(PreferencesDialogTest, TheDownloadFolderIsAFullPathAndNoLimitSaysSo)
{
    const QString key = QStringLiteral("downloads/folder");
    auto *path = qobject_cast<QLineEdit *>(dialog.editor(key));
    ASSERT_NE(path, nullptr);
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(SettingsCatalog::defaultDownloadFolder()));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("setting-downloads-folder-choose")))
        << "a folder can be picked, not only typed";
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("Videos/relative"));
    QTest::keyClick(path, Qt::Key_Enter);
    EXPECT_EQ(row(key), QStringLiteral("<none>")) << "a relative path would move with the working directory";
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(SettingsCatalog::defaultDownloadFolder())) << "the stored one again";

    QDoubleSpinBox *cap = spin(QStringLiteral("downloads/max-bytes-per-second"));
    EXPECT_EQ(cap->text(), QStringLiteral("No limit"));
    cap->setValue(2.5);
    EXPECT_EQ(row(QStringLiteral("downloads/max-bytes-per-second")), QString::number(5LL << 19)) << "2.5 MB/s";
    EXPECT_EQ(spin(QStringLiteral("downloads/max-total-bytes"))->text(), QStringLiteral("No limit"));
}

TEST_F(PreferencesDialogTest, ThePlexTvAddressIsAWebAddress)
{
    const QString key = QString::fromLatin1(SettingsCatalog::PlexTvUrlKey);
    auto *address = qobject_cast<QLineEdit *>(dialog.editor(key));
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->text(), QStringLiteral("https://plex.tv"));
    address->setFocus();
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("plex.tv"));
    QTest::keyClick(address, Qt::Key_Enter);
    EXPECT_EQ(row(key), QStringLiteral("<none>")) << "an address without http:// or https:// is refused";
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("https://plex.tv"))) << dialog.errorText().toStdString();
    EXPECT_EQ(address->text(), QStringLiteral("https://plex.tv")) << "the stored one again";
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("http://127.0.0.1:8400/"));
    QTest::keyClick(address, Qt::Key_Enter);
    EXPECT_EQ(row(key), QStringLiteral("http://127.0.0.1:8400")) << "kept without its trailing slash";
}

TEST_F(PreferencesDialogTest, NoTtlOfZeroAndNoCacheSmallerThanAScreenOfPosters)
{
    QDoubleSpinBox *movies = spin(QStringLiteral("ttl/movies"));
    movies->setValue(0);
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("360")) << "held at the 0.1-hour minimum";
    spin(QStringLiteral("images/max-memory-bytes"))->setValue(1);
    EXPECT_EQ(row(QStringLiteral("images/max-memory-bytes")), QString::number(32LL << 20));
}

TEST_F(PreferencesDialogTest, TheMemoryCacheMinimumHoldsAFullScreenOfPosters)
{
    // The densest screen Marquee supports: 3840 × 2160 device pixels, at scale 1, 1.5 and 2.
    const double minimumBytes =
        SettingsCatalog::find(QStringLiteral("images/max-memory-bytes"))->minimum * 1024 * 1024;
    ImageCache images(ImageCache::Options{fixture.directory().filePath(QStringLiteral("images"))}, fixture.clock());
    QListView grid;
    PosterDelegate delegate(images, &grid);
    const QSize cell = delegate.cellSize(grid.font());
    for (const double scale : {1.0, 1.5, 2.0}) {
        const int columns = int(std::ceil(3840 / (cell.width() * scale)));
        const int rows = int(std::ceil(2160 / (cell.height() * scale)));
        const double posterBytes = std::ceil(delegate.posterWidth() * scale) * std::ceil(delegate.posterWidth() * 1.5 * scale) * 4;
        EXPECT_LE(columns * rows * posterBytes, minimumBytes) << "scale " << scale;
    }
}

TEST_F(PreferencesDialogTest, RestoreDefaultsEmptiesTheTableAndShowsTheDefaults)
{
    spin(QStringLiteral("ttl/movies"))->setValue(2);
    spin(QStringLiteral("refresh/batch-size"))->setValue(100);
    ASSERT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("7200"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")), Qt::LeftButton);
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("<none>"));
    EXPECT_EQ(row(QStringLiteral("refresh/batch-size")), QStringLiteral("<none>"));
    EXPECT_EQ(spin(QStringLiteral("ttl/movies"))->value(), 4.0);
    EXPECT_EQ(spin(QStringLiteral("refresh/batch-size"))->value(), 500.0);
}

TEST_F(PreferencesDialogTest, AChangeMadeElsewhereShowsInTheOpenDialog)
{
    // marquee-cli settings, or View → Theme, while the dialog is open.
    ASSERT_TRUE(settings.set(QStringLiteral("refresh/concurrency"), QStringLiteral("6")).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("ui/theme"), QStringLiteral("dark")).ok());
    EXPECT_EQ(spin(QStringLiteral("refresh/concurrency"))->value(), 6.0);
    EXPECT_EQ(qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("ui/theme")))->currentData().toString(),
              QStringLiteral("dark"));
}

TEST_F(PreferencesDialogTest, ChoosingDarkRecoloursTheAppAndSystemGivesThePlatformPaletteBack)
{
    ThemeController theme(settings);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    auto *choices = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("ui/theme")));
    choices->setFocus();
    QTest::keyClick(choices, Qt::Key_End);
    ASSERT_EQ(choices->currentData().toString(), QStringLiteral("dark"));
    EXPECT_TRUE(ThemeController::isDark(QApplication::palette()));
    QApplication::processEvents(); // widgets take the new palette from the change events Qt posts
    EXPECT_TRUE(ThemeController::isDark(dialog.palette())) << "open windows follow at once";

    QTest::keyClick(choices, Qt::Key_Home);
    EXPECT_EQ(row(QStringLiteral("ui/theme")), QStringLiteral("system"));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
}

TEST_F(PreferencesDialogTest, FitsAnEightHundredBySixHundredScreen)
{
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.height(), 600);
    EXPECT_LE(dialog.width(), 800);
    // Every label's text fits its width: nothing is cut off.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()), label->width() + 1)
            << label->text().toStdString();
    }
}

TEST_F(PreferencesDialogTest, ScreenshotsInLightAndDark)
{
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("preferences-light"));
    ThemeController theme(settings);
    theme.choose(Theme::Dark);
    QApplication::processEvents();
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("preferences-dark"));
    EXPECT_TRUE(ThemeController::isDark(dialog.palette()));
}

TEST(PreferencesDialogGermanTest, SpeaksGermanWithGermanNumbersAndQtsOwnGermanButtons)
{
    // The whole chain: lupdate's .ts, lrelease's .qm in the binary, the loader, and Qt's own catalogue.
    const QStringList loaded = installTranslations(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(loaded.contains(QStringLiteral("marquee_de_DE"))) << loaded.join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(loaded.contains(QStringLiteral("qt_de_DE"))) << "qt6-translations-l10n is missing";
    CacheFixture fixture;
    SettingsStore settings(fixture.connection());
    {
        PreferencesDialog dialog(settings);
        EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QStringList groups;
        for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
            groups << box->title();
        EXPECT_TRUE(groups.contains(QStringLiteral("Aktualisierung der Bibliothek"))) << groups.join(QLatin1Char('|')).toStdString();
        auto *disk = qobject_cast<QDoubleSpinBox *>(dialog.editor(QStringLiteral("images/max-disk-bytes")));
        EXPECT_EQ(disk->text(), QStringLiteral("1.024 MB")) << "a German thousands separator";
        EXPECT_EQ(SettingsCatalog::format(*SettingsCatalog::find(QStringLiteral("ttl/movies")), QStringLiteral("14400")),
                  QStringLiteral("4 Stunden"));
        EXPECT_EQ(SettingsCatalog::format(*SettingsCatalog::find(QStringLiteral("ttl/libraries")), QStringLiteral("3600")),
                  QStringLiteral("1 Stunde"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        EXPECT_EQ(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshotIfAsked(&dialog, QStringLiteral("preferences-de"));
    }
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(PreferencesDialogTest, EveryLineOfHelpFitsInsideTheWindowInEnglishAndGerman)
{
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German)}) {
        installTranslations(locale);
        PreferencesDialog shown{settings};
        shown.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&shown));
        auto *area = shown.findChild<QScrollArea *>();
        ASSERT_NE(area, nullptr);
        const QRect visible = area->viewport()->rect();
        for (const QLabel *label : area->widget()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&shown) || label->text().isEmpty())
                continue;
            const QRect box(label->mapTo(area->viewport(), QPoint(0, 0)), label->size());
            EXPECT_LE(box.right(), visible.right())
                << locale.name().toStdString() << ": \"" << label->text().toStdString() << "\" is cut off on the right";
            if (label->wordWrap())
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << locale.name().toStdString() << ": \"" << label->text().toStdString() << "\" is cut off below";
        }
    }
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}
