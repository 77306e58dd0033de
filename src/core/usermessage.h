// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace marquee {

/**
 * @brief What a person reads about a failure: what happened and what to do, in words.
 *
 * The one mapping from Error to words, used by every message box, the footer, the dialogs, Sync activity and the
 * command line. The address, the HTTP status and the technical text never reach text(): they stay in details, for
 * the log and a Details disclosure.
 */
struct UserMessage
{
    QString text;    ///< "The server cannot be reached. Check that it is running …"
    QString details; ///< the technical line (Error::toString()); empty when there is nothing more to say

    [[nodiscard]] bool isEmpty() const { return text.isEmpty(); }

    /// @p error in words, its technical line in details.
    [[nodiscard]] static UserMessage from(const Error &error);
    /// "<what failed>. <what happened and what to do>", e.g. "Movies could not be synced. The server cannot be …";
    /// a cancel reads the same whatever it stopped.
    [[nodiscard]] static UserMessage from(const QString &whatFailed, const Error &error);
    /// The words for a kind of failure alone: what happened, then what to do. Empty for ErrorKind::None.
    [[nodiscard]] static QString describe(ErrorKind kind);
};

} // namespace marquee
