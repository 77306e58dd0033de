// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/syncnotetext.h"

#include "core/error.h"
#include "services/libraryrefreshjob.h"

#include <QLocale>
#include <QRegularExpression>

namespace marquee {

namespace {

/// A count as the services write it into a note: English digits with English thousands separators.
qint64 storedNumber(const QString &text)
{
    return QLocale(QLocale::English).toLongLong(text);
}

} // namespace

QString SyncNoteText::display(const QString &storedNote)
{
    QStringList sentences;
    qsizetype at = 0;
    while (at < storedNote.size()) {
        const std::optional<std::pair<QString, qsizetype>> known = sentenceAt(storedNote, at);
        if (!known) {
            sentences << storedNote.mid(at);
            break;
        }
        sentences << known->first;
        at = known->second;
        if (at < storedNote.size() && storedNote.at(at) == QLatin1Char(' '))
            ++at;
    }
    return sentences.join(QLatin1Char(' '));
}

std::optional<std::pair<QString, qsizetype>> SyncNoteText::sentenceAt(const QString &note, qsizetype at)
{
    const QString clockAhead = LibraryRefreshJob::clockAheadNote();
    if (QStringView(note).mid(at).startsWith(clockAhead)) {
        return std::pair(tr("The last refresh's mark was ahead of the server's clock, so every item was listed again "
                            "instead of only the changes."),
                         at + clockAhead.size());
    }
    // ListingPlausibility::massRemovalNote.
    static const QRegularExpression massRemoval(
        QStringLiteral("Removed ([\\d,]+) of the ([\\d,]+) items? in the cache: the server's listing and a second "
                       "look \\((.*?)\\) agree that the server no longer has them\\."));
    const QRegularExpressionMatch removal
        = massRemoval.match(note, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!removal.hasMatch())
        return std::nullopt;
    const QString text = tr("Removed %1 of the %Ln item(s) in the cache: the server's listing and a second look (%2) "
                            "agree that the server no longer has them.",
                            nullptr, int(storedNumber(removal.captured(2))))
                             .arg(QLocale().toString(storedNumber(removal.captured(1))),
                                  secondLookText(removal.captured(3)));
    return std::pair(text, removal.capturedEnd());
}

QString SyncNoteText::secondLookText(const QString &stored)
{
    static const QRegularExpression idList(QStringLiteral("^a separate list of ([\\d,]+) ids$"));
    static const QRegularExpression count(QStringLiteral("^a separate count of ([\\d,]+)$"));
    static const QRegularExpression idListHas(QStringLiteral("^a separate list of ids has ([\\d,]+)$"));
    static const QRegularExpression countSays(QStringLiteral("^a separate count says ([\\d,]+)$"));
    static const QRegularExpression stillHas(QStringLiteral("^the server still has ([\\d,]+) items in “(.*)”$"));
    if (const QRegularExpressionMatch match = idList.match(stored); match.hasMatch())
        return tr("a separate list of %1 ids").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (const QRegularExpressionMatch match = count.match(stored); match.hasMatch())
        return tr("a separate count of %1").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (const QRegularExpressionMatch match = idListHas.match(stored); match.hasMatch())
        return tr("a separate list of ids has %1").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (const QRegularExpressionMatch match = countSays.match(stored); match.hasMatch())
        return tr("a separate count says %1").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (const QRegularExpressionMatch match = stillHas.match(stored); match.hasMatch())
        return tr("the server still has %1 items in “%2”")
                .arg(QLocale().toString(storedNumber(match.captured(1))), match.captured(2));
    if (stored == QLatin1String("the server has no items left in the libraries that went"))
        return tr("the server has no items left in the libraries that went");
    return stored;
}

QString SyncNoteText::errorDetails(const QString &storedError)
{
    // The line is "<kind> (<message>)" (Error::toString()), the kind named in the language of the run that stored it.
    static const QRegularExpression line(QStringLiteral("^[^(]* \\((The server's list of .*)\\)$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = line.match(storedError);
    const QString message = match.hasMatch() ? match.captured(1) : storedError;
    const std::optional<QString> translated = contradictionText(message);
    if (!translated)
        return storedError;
    return match.hasMatch() ? QStringLiteral("%1 (%2)").arg(errorKindName(ErrorKind::Contradictory), *translated)
                            : *translated;
}

std::optional<QString> SyncNoteText::contradictionText(const QString &message)
{
    // ListingPlausibility::contradiction() and massRemovalRefused(), each ending with the same advice.
    static const QString advice = QStringLiteral("\\. Nothing was removed from the cache\\. Marquee tries again at the "
                                                 "next refresh; if this keeps happening, "
                                                 "the server's library may need a scan\\.$");
    static const QRegularExpression contradicted(QStringLiteral("^The server's list of (.*) contradicted itself: (.*)")
                                                 + advice);
    static const QRegularExpression refused(
            QStringLiteral(
                    "^The server's list of (.*) leaves out ([\\d,]+) of the ([\\d,]+) items? in the cache, and a "
                    "second look does not agree \\((.*)\\)")
            + advice);
    const QString nothingRemoved = tr("Nothing was removed from the cache. Marquee tries again at the next refresh; "
                                      "if this keeps happening, the server's library may need a scan.");
    if (const QRegularExpressionMatch match = contradicted.match(message); match.hasMatch()) {
        return QString(tr("The server's list of %1 contradicted itself: %2.")
                               .arg(listingText(match.captured(1)), contradictionReason(match.captured(2)))
                       + QLatin1Char(' ') + nothingRemoved);
    }
    if (const QRegularExpressionMatch match = refused.match(message); match.hasMatch()) {
        return QString(tr("The server's list of %1 leaves out %2 of the %Ln item(s) in the cache, and a second look does not "
                  "agree (%3).",
                  nullptr, int(storedNumber(match.captured(3))))
                       .arg(listingText(match.captured(1)), QLocale().toString(storedNumber(match.captured(2))),
                            secondLookText(match.captured(4)))
                + QLatin1Char(' ') + nothingRemoved);
    }
    return std::nullopt;
}

QString SyncNoteText::listingText(const QString &stored)
{
    static const QRegularExpression series(QStringLiteral("^the seasons and episodes of “(.*)”$"));
    if (stored == QLatin1String("libraries"))
        return tr("libraries");
    if (const QRegularExpressionMatch match = series.match(stored); match.hasMatch())
        return tr("the seasons and episodes of “%1”").arg(match.captured(1));
    return stored; // a library's name, as the server gave it
}

QString SyncNoteText::contradictionReason(const QString &stored)
{
    static const QRegularExpression twice(QStringLiteral("^it listed the same item twice \\((.*)\\)$"));
    static const QRegularExpression fell(
            QStringLiteral("^its count fell from ([\\d,]+) to ([\\d,]+) while it was read$"));
    static const QRegularExpression announced(QStringLiteral("^it announced ([\\d,]+) items? but sent ([\\d,]+)$"));
    static const QRegularExpression counted(
            QStringLiteral("^it sent ([\\d,]+) items? but a separate count says ([\\d,]+)$"));
    const auto number = [](const QRegularExpressionMatch &match, int group) {
        return QLocale().toString(storedNumber(match.captured(group)));
    };
    if (const QRegularExpressionMatch match = twice.match(stored); match.hasMatch())
        return tr("it listed the same item twice (%1)").arg(match.captured(1));
    if (const QRegularExpressionMatch match = fell.match(stored); match.hasMatch())
        return tr("its count fell from %1 to %2 while it was read").arg(number(match, 1), number(match, 2));
    if (const QRegularExpressionMatch match = announced.match(stored); match.hasMatch())
        return tr("it announced %Ln item(s) but sent %1", nullptr, int(storedNumber(match.captured(1))))
                .arg(number(match, 2));
    if (const QRegularExpressionMatch match = counted.match(stored); match.hasMatch())
        return tr("it sent %Ln item(s) but a separate count says %1", nullptr, int(storedNumber(match.captured(1))))
                .arg(number(match, 2));
    return stored;
}

} // namespace marquee
