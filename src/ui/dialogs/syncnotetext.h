// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace marquee {

/**
 * @brief A refresh run's note (sync_runs.note) in the user's language.
 *
 * The refresh services write their notes in English, and old rows keep the English they were written with, so the
 * stored text is the key: each known sentence ("Removed 40 of the 120 items in the cache: …", the watermark ahead
 * of the server's clock) is told again through tr(), with its numbers in the user's format. A sentence it does not
 * know, and everything after it, is shown as it was stored.
 */
class SyncNoteText
{
    Q_DECLARE_TR_FUNCTIONS(SyncNoteText)

public:
    [[nodiscard]] static QString display(const QString &storedNote);
    /// A run's technical line (sync_runs.error) with a listing's contradiction (ListingPlausibility) in the user's
    /// language; any other line as it was stored.
    [[nodiscard]] static QString errorDetails(const QString &storedError);

private:
    /// The known sentence at @p at of @p note in the user's language, and where the next one starts.
    [[nodiscard]] static std::optional<std::pair<QString, qsizetype>> sentenceAt(const QString &note, qsizetype at);
    /// What a second look saw that agreed with a mass removal ("a separate count of 80"), or that did not agree
    /// with one ("a separate count says 75"), translated when known.
    [[nodiscard]] static QString secondLookText(const QString &stored);
    /// ListingPlausibility's message in the user's language; nothing when @p message is not one.
    [[nodiscard]] static std::optional<QString> contradictionText(const QString &message);
    /// The listing a contradiction names: "libraries", the seasons and episodes of a show, or a library's name.
    [[nodiscard]] static QString listingText(const QString &stored);
    /// How a listing contradicted itself ("it announced 1,200 items but sent 1,150"), translated when known.
    [[nodiscard]] static QString contradictionReason(const QString &stored);
};

} // namespace marquee
