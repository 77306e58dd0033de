// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files in the repository: German is complete (nothing unfinished, empty or left behind by lupdate, the same
// placeholders as the English), and every plural message ("%n item(s)") has its singular and plural in both languages.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms; ///< the translation, or its numerus forms
};

QList<Message> readTs(const QString &language)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/translations/marquee_%1.ts").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message {
                    context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!message.numerus) {
                        message.forms << xml.readElementText();
                        continue;
                    }
                    while (xml.readNextStartElement())
                        message.forms << xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages.size(), 400) << "every message of the sources, after lupdate";
    return messages;
}

/// "%1", "%2", "%n", "%Ln", sorted: what a translation must keep of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

std::string where(const Message &message)
{
    return QString(message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"')).toStdString();
}

} // namespace

TEST(TranslationFilesTest, EveryGermanMessageIsTranslatedWithTheSamePlaceholders)
{
    for (const Message &message : readTs(QStringLiteral("de"))) {
        EXPECT_TRUE(message.type.isEmpty()) << where(message) << " is " << message.type.toStdString();
        ASSERT_FALSE(message.forms.isEmpty()) << where(message);
        for (const QString &form : message.forms) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << where(message) << " has an empty translation";
            EXPECT_EQ(placeholders(form), placeholders(message.source))
                    << where(message) << " → \"" << form.toStdString() << '"';
        }
    }
}

TEST(TranslationFilesTest, EveryPluralHasItsSingularAndPluralInEnglishAndGerman)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        int plurals = 0;
        for (const Message &message : readTs(language)) {
            if (!message.numerus)
                continue;
            ++plurals;
            EXPECT_TRUE(message.type.isEmpty()) << language.toStdString() << ' ' << where(message);
            ASSERT_EQ(message.forms.size(), 2) << language.toStdString() << ' ' << where(message);
            for (const QString &form : message.forms) {
                EXPECT_FALSE(form.trimmed().isEmpty()) << language.toStdString() << ' ' << where(message);
                EXPECT_FALSE(form.contains(QStringLiteral("(s)"))) << language.toStdString() << ' ' << where(message);
            }
            if (language == QLatin1String("en")) // German may say both alike ("1 Titel", "2 Titel"); English never
                EXPECT_NE(message.forms.at(0), message.forms.at(1)) << where(message);
        }
        EXPECT_GE(plurals, 10) << language.toStdString();
    }
}
