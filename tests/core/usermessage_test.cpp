// SPDX-License-Identifier: GPL-3.0-or-later
// The one mapping from Error to what a person reads: words that say what happened and what to do, with the
// address and the HTTP status kept for the details.
#include "core/usermessage.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

const QList<ErrorKind> EveryFailure{ErrorKind::Offline,     ErrorKind::Timeout,       ErrorKind::Unauthorized,
                                    ErrorKind::ServerError, ErrorKind::ClientError,   ErrorKind::BadResponse,
                                    ErrorKind::TooLarge,    ErrorKind::Contradictory, ErrorKind::Cancelled,
                                    ErrorKind::UntrustedCertificate,
                                    ErrorKind::StorageFull, ErrorKind::StorageCorrupt, ErrorKind::Storage};

TEST(UserMessage, EveryFailureIsSaidInWordsWithoutItsAddressOrStatus)
{
    for (const ErrorKind kind : EveryFailure) {
        const Error error{kind, QStringLiteral("HTTP 503 (upstream reset)"),
                          QStringLiteral("GET http://media.local:8096/Items?ParentId=abc"), 503};
        const UserMessage message = UserMessage::from(error);
        SCOPED_TRACE(errorKindName(kind).toStdString());
        ASSERT_FALSE(message.text.isEmpty());
        EXPECT_FALSE(message.text.contains(QStringLiteral("http"))) << message.text.toStdString();
        EXPECT_FALSE(message.text.contains(QStringLiteral("503"))) << message.text.toStdString();
        EXPECT_FALSE(message.text.contains(QStringLiteral("GET"))) << message.text.toStdString();
        EXPECT_TRUE(message.text.endsWith(QLatin1Char('.'))) << "a sentence: " << message.text.toStdString();
        EXPECT_TRUE(message.text.at(0).isUpper());
        if (kind == ErrorKind::Cancelled) {
            EXPECT_EQ(message.text, QStringLiteral("Cancelled by you."));
            EXPECT_TRUE(message.details.isEmpty()) << "the request a user stopped is no news to them";
        } else {
            EXPECT_EQ(message.details, error.toString()) << "the technical line goes to the details";
            // What to do: every message but a cancel says what will happen or what to try.
            EXPECT_TRUE(message.text.contains(QRegularExpression(QStringLiteral("[Tt]ry|[Tt]ries|[Cc]heck|[Ss]ign in|[Ff]ree|[Rr]estart|[Rr]efresh|[Cc]ompare"))))
                << message.text.toStdString();
        }
    }
    EXPECT_TRUE(UserMessage::from(Error{}).isEmpty());
}

TEST(UserMessage, WhatFailedComesFirst)
{
    const Error refused{ErrorKind::Offline, QStringLiteral("Connection refused"), QStringLiteral("GET http://h/x"), 0};
    const UserMessage message = UserMessage::from(QStringLiteral("Movies could not be synced"), refused);
    EXPECT_EQ(message.text, QStringLiteral("Movies could not be synced. ") + UserMessage::describe(ErrorKind::Offline));
    EXPECT_EQ(UserMessage::from(QStringLiteral("Movies could not be synced"), {ErrorKind::Cancelled, {}, {}, 0}).text,
              QStringLiteral("Cancelled by you."));
}

} // namespace
