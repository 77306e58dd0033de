// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/syncnotetext.h"

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
    if (const QRegularExpressionMatch match = idList.match(stored); match.hasMatch())
        return tr("a separate list of %1 ids").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (const QRegularExpressionMatch match = count.match(stored); match.hasMatch())
        return tr("a separate count of %1").arg(QLocale().toString(storedNumber(match.captured(1))));
    if (stored == QLatin1String("the server has no items left in the libraries that went"))
        return tr("the server has no items left in the libraries that went");
    return stored;
}

} // namespace marquee
