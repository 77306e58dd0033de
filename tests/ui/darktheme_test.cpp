// SPDX-License-Identifier: GPL-3.0-or-later
// Dark desktops: text that carries its own colour (errors) stays readable on a dark window, and follows a theme
// change made while the dialog is open.
#include "ui/dialogs/signindialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>
#include <cmath>

using namespace marquee;

namespace {

/// WCAG 2's contrast ratio: 1 (none) to 21 (black on white); body text wants at least 4.5.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

/// Shows the dialog's error by asking it to sign in to an address it refuses.
QWidget *showSignInError(SignInDialog &dialog)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(QStringLiteral("ftp://media.example"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("me"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    return dialog.findChild<QWidget *>(QStringLiteral("signInError"));
}

SignInDialog::SignInFunction refuseAll()
{
    return [](const QUrl &, const QString &, const QString &, const QString &) { return QFuture<Result<Session>>(); };
}

class DarkThemeTest : public ::testing::Test
{
protected:
    void TearDown() override { QApplication::setPalette(QPalette()); }
};

} // namespace

TEST_F(DarkThemeTest, TheSignInErrorIsReadableOnLightAndDark)
{
    for (const QPalette &palette : {ThemeController::lightPalette(), ThemeController::darkPalette()}) {
        QApplication::setPalette(palette);
        SignInDialog dialog(refuseAll());
        dialog.show();
        QWidget *error = showSignInError(dialog);
        const QColor text = error->palette().color(QPalette::WindowText);
        const QColor background = dialog.palette().color(QPalette::Window);
        EXPECT_GE(contrast(text, background), 4.5)
            << (ThemeController::isDark(palette) ? "dark" : "light") << ": " << text.name().toStdString() << " on "
            << background.name().toStdString();
    }
}

TEST_F(DarkThemeTest, TheSignInErrorFollowsAThemeChangeWhileOpen)
{
    QApplication::setPalette(ThemeController::lightPalette());
    SignInDialog dialog(refuseAll());
    dialog.show();
    QWidget *error = showSignInError(dialog);
    QApplication::setPalette(ThemeController::darkPalette());
    QApplication::processEvents();
    EXPECT_GE(contrast(error->palette().color(QPalette::WindowText), dialog.palette().color(QPalette::Window)), 4.5);
}
