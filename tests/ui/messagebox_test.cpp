// SPDX-License-Identifier: GPL-3.0-or-later
// Marquee's message boxes: words first, the technical line behind Show Details…, plain text that wraps inside the
// screen instead of running off it.
#include "ui/dialogs/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

TEST(MessageBox, SaysItInWordsKeepsTheRequestInTheDetailsAndFitsTheScreen)
{
    // The sign-out box: a long request address, which used to be the message and pushed the box off screen.
    const Error signedOut{ErrorKind::Unauthorized, QStringLiteral("HTTP 401: the server no longer accepts the sign-in"),
                          QStringLiteral("GET http://media-server.home.arpa:8096/Items?ParentId=4f1c2b0a9e8d7c6b5a4f3e2d1c0b"
                                         "a998&Recursive=true&IncludeItemTypes=Movie&Fields=Etag,DateCreated,SortName,"
                                         "Overview,Genres&StartIndex=0&Limit=500"),
                          401};
    QWidget parent;
    QMessageBox *box = MessageBox::create(&parent, QMessageBox::Warning, QStringLiteral("You were signed out."),
                                          UserMessage::from(signedOut));
    box->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(box));

    EXPECT_EQ(box->text(), QStringLiteral("You were signed out."));
    EXPECT_EQ(box->informativeText(), UserMessage::describe(ErrorKind::Unauthorized));
    EXPECT_FALSE(box->informativeText().contains(QLatin1String("http")));
    EXPECT_FALSE(box->informativeText().contains(QLatin1String("401")));
    EXPECT_EQ(box->detailedText(), signedOut.toString()) << "the request behind Show Details…";

    const QRect screen = box->screen()->availableGeometry();
    EXPECT_LE(box->width(), screen.width()) << "the box runs off the screen";
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->text().isEmpty() || !label->isVisible())
            continue;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        EXPECT_LE(label->sizeHint().width(), label->width() + 1) << "clipped: " << label->text().toStdString();
        if (label->wordWrap())
            EXPECT_LE(label->heightForWidth(label->width()), label->height() + 1) << label->text().toStdString();
    }
    box->close();
}

TEST(MessageBox, AMessageWithoutDetailsHasNoDetailsButton)
{
    QWidget parent;
    QMessageBox *box = MessageBox::create(&parent, QMessageBox::Information, QStringLiteral("You are signed out."),
                                          {QStringLiteral("Sign in from the Server menu to sync again."), {}});
    EXPECT_TRUE(box->detailedText().isEmpty());
    for (QAbstractButton *button : box->buttons())
        EXPECT_NE(box->buttonRole(button), QMessageBox::ActionRole) << button->text().toStdString();
    delete box;
}

} // namespace
